import { isoInstant } from "../lib/format.ts";
import { el, type Element } from "../lib/serialize.ts";
import { round } from "./svg.ts";
import { timeTicks } from "./timeTicks.ts";

/** Where a time axis goes in a chart, in the chart's own units. */
export interface TimeAxisFrame {
  domain: [number, number];
  /** Horizontal pixel range the domain maps to. */
  range: [number, number];
  /** Top and bottom of the plotting area: grid lines span it, labels sit below it. */
  top: number;
  bottom: number;
  /** Roughly how many ticks. */
  count: number;
}

/** Horizontal position of time `t` in the frame. */
export function xOf(frame: TimeAxisFrame, t: number): number {
  const [d0, d1] = frame.domain;
  const [r0, r1] = frame.range;
  return r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
}

const EDGE = 18;
/** The least room between two labelled ticks, in the chart's units ("16 Mar", "21:00", "2016"). */
const SPACING = 50;

/**
 * Labels need room: ticks too close to either end of the axis are left out, and so is every
 * tick too close to the last one kept (at a narrow width, every other year).
 */
export function visibleTicks<T extends { time: number }>(frame: TimeAxisFrame, ticks: T[]): T[] {
  const [r0, r1] = frame.range;
  let last = -Infinity;
  return ticks.filter((tick) => {
    const x = xOf(frame, tick.time);
    if (x < r0 + EDGE || x > r1 - EDGE || x - last < SPACING) return false;
    last = x;
    return true;
  });
}

/** One tick: a grid line across the plot, a tick mark and its label. */
export function tickElement(frame: TimeAxisFrame, tick: { time: number; label: string }): Element {
  return el(
    "g",
    { class: "chart-tick", transform: `translate(${round(xOf(frame, tick.time))},0)` },
    el("line", { class: "chart-grid", stroke: "#dedbd3", y1: frame.top, y2: frame.bottom }),
    el("line", { stroke: "currentColor", y1: frame.bottom, y2: frame.bottom + 5 }),
    el("text", { y: frame.bottom + 8, dy: "0.71em", "text-anchor": "middle" }, tick.label),
  );
}

/**
 * A UTC time axis with grid lines, drawn behind a chart's marks. The frame is written on the
 * axis as data attributes so the browser can redraw the ticks in the reader's zone.
 */
export function timeAxis(frame: TimeAxisFrame): Element {
  return el(
    "g",
    {
      class: "chart-axis",
      "aria-hidden": "true",
      "data-domain": frame.domain.map(isoInstant).join("/"),
      "data-range": frame.range.map(round).join(","),
      "data-top": frame.top,
      "data-bottom": frame.bottom,
      "data-count": frame.count,
    },
    visibleTicks(frame, timeTicks(frame.domain, frame.count, "utc")).map((tick) =>
      tickElement(frame, tick),
    ),
  );
}
