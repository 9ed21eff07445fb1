import { DAY, HOUR } from "../lib/time.ts";
import type { Phase, Precision } from "../lib/schemas.ts";

/** Geometry shared by the build-time timeline and the browser code that re-lays it out. */
export const TIMELINE = {
  width: 640,
  laneHeight: 30,
  /** Height of the strip showing the worst service impact in effect, above the lanes. */
  stripHeight: 22,
  marginTop: 8,
  marginBottom: 28,
  marginLeft: 116,
  marginRight: 12,
  gutter: 40,
} as const;

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
