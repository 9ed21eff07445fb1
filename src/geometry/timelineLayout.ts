import { WIDTH_BANDS } from "./bands.ts";
import { DAY, HOUR } from "../lib/time.ts";
import type { Phase, Precision } from "../lib/schemas.ts";

/**
 * Geometry shared by the build-time timeline and the browser code that re-lays it out.
 * Horizontal places are shares of the drawing's width (so the page can draw the timeline at
 * any width without scaling its text); vertical ones are CSS pixels. Lane names sit above
 * their lanes, so the plot takes the whole width at every size.
 */
export const TIMELINE = {
  /** The width the downloads and the social card draw the timeline at. */
  width: 640,
  /** A lane: its name above, its rule and marks below. */
  laneHeight: 36,
  /** Where a lane's rule sits within it. */
  laneRule: 25,
  /** The strip showing the worst service impact in effect, with its name above. */
  stripHeight: 36,
  marginTop: 2,
  /** The axis: ticks, their labels, and the zone's name under them. */
  marginBottom: 44,
  /** The plot runs from `left` to `right` of the width; the gutters hold far-off marks. */
  left: 0.075,
  right: 0.925,
  gutter: 0.065,
  /** Annotation rows above the drawing, in CSS pixels. */
  noteRow: 17,
  noteGap: 5,
} as const;

/** Where marks outside the window sit: the middle of the gutter on their side. */
export const gutterX = (r0: number, r1: number, side: "before" | "after"): number =>
  side === "before"
    ? r0 * (1 - TIMELINE.gutter / 2 / TIMELINE.left)
    : r1 * (1 + TIMELINE.gutter / 2 / TIMELINE.right);

/** The page's timeline lays out its annotations and ticks anew in each band of widths. */
export const TIMELINE_BANDS = WIDTH_BANDS;

/** How exactly a time is known, in words. */
export const PRECISION_LABELS: Record<Precision, string> = {
  minute: "known to the minute",
  hour: "known only to the hour",
  day: "known only to the day",
};

/** How far either side of the stated time an event may lie, given its precision. */
export function uncertainty(time: number, precision: Precision): [number, number] {
  if (precision === "day") return [time, time + DAY];
  if (precision === "hour") return [time - HOUR / 2, time + HOUR / 2];
  return [time, time];
}

/** Fallback colours, for the SVG on its own; the page's stylesheet themes them. */
export const PHASE_FILL: Record<Phase, string> = {
  trigger: "#6b4c9a",
  impact: "#a3231b",
  detection: "#b26b00",
  communication: "#1f6f8b",
  mitigation: "#2e7d32",
  recovery: "#4f8a3a",
  resolved: "#1b1b1b",
  aftermath: "#6d6d6d",
};

/** The lane labels of the timeline, in drawing order. */
export const LANE_LABELS: Record<Phase | "updates" | "severity", string> = {
  severity: "Service impact",
  trigger: "Trigger",
  impact: "Impact",
  detection: "Detection",
  communication: "Communication",
  mitigation: "Mitigation",
  recovery: "Recovery",
  resolved: "Resolved",
  aftermath: "Aftermath",
  updates: "Status posts",
};

/**
 * The window the timeline opens on: the impact period with a margin, widened to take in
 * events close to it. Events far outside (a post-mortem published days later) sit in the
 * side gutters until the reader zooms out.
 */
export function focusDomain(times: number[], impact: [number, number] | null): [number, number] {
  const sorted = [...times].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted.at(-1) ?? min + HOUR;
  if (!impact) return pad(min, max);
  const [start, end] = impact;
  const span = Math.max(end - start, HOUR);
  const reach = span * 0.5;
  const near = sorted.filter((t) => t >= start - reach && t <= end + reach);
  return pad(Math.min(start, ...near), Math.max(end, ...near));
}

function pad(min: number, max: number): [number, number] {
  const half = (Math.max(max - min, HOUR) / 2) * 1.08;
  const middle = (min + max) / 2;
  return [middle - half, middle + half];
}
