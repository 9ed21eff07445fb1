import { alignedDomain } from "../lib/alignment.ts";
import { el, type Element } from "../lib/serialize.ts";
import { DAY, HOUR, MINUTE } from "../lib/time.ts";
import { round } from "./svg.ts";

/**
 * Geometry of the comparison chart. The build lays the chart out for the default selection
 * with these functions; the browser calls the same ones when the reader picks other
 * incidents, so both always agree.
 */
export const COMPARE = {
  width: 720,
  band: 60,
  marginTop: 4,
  marginBottom: 30,
  marginLeft: 4,
  marginRight: 12,
  gutter: 40,
  /** Within a lane: the label's middle, and the middle of the marks. */
  labelY: 10,
  markY: 38,
} as const;

const STEPS = [
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
];

/** A time after impact start as an axis label: "0", "+45 min", "+6 h", "+2 days", "−1 h". */
export function offsetLabel(ms: number): string {
  if (ms === 0) return "0";
  const sign = ms < 0 ? "−" : "+";
  const abs = Math.abs(ms);
  if (abs % DAY === 0) return `${sign}${abs / DAY} day${abs === DAY ? "" : "s"}`;
  if (abs % HOUR === 0) return `${sign}${abs / HOUR} h`;
  return `${sign}${Math.round(abs / MINUTE)} min`;
}

/** Round offsets for ticks: the smallest step giving at most `count` of them over the domain. */
export function offsetTicks(domain: [number, number], count: number): number[] {
  const span = domain[1] - domain[0];
  const step = STEPS.find((s) => span / s <= count) ?? Math.ceil(span / count / DAY) * DAY;
  const first = Math.ceil(domain[0] / step) * step || 0; // never −0
  const ticks: number[] = [];
  for (let t = first; t <= domain[1]; t += step) ticks.push(t);
  return ticks;
}

/** What the layout needs of a lane: its focus window and its moments' offsets, in ms. */
export interface CompareLaneExtent {
  focus: readonly [number, number];
  offsets: readonly number[];
}

/** The clock that fits the lanes shown: positions of offsets, and the chart's height. */
export interface CompareScale {
  domain: [number, number];
  /** Position of an offset inside the clock. */
  x: (t: number) => number;
  /** Position of an offset, held to the clock's edges. */
  clamp: (t: number) => number;
  /** Where a moment's mark goes: on the clock, or waiting in a side gutter. */
  place: (t: number) => number;
  outside: { before: boolean; after: boolean };
  /** Top of the i-th visible lane. */
  laneTop: (i: number) => number;
  height: number;
  /** Bottom of the lanes, where the axis labels start. */
  bottom: number;
  /** The drawing's width. */
  width: number;
}

/** The clock for the lanes shown. Marks beyond it wait in the side gutters. */
export function compareScale(
  visible: readonly CompareLaneExtent[],
  width: number = COMPARE.width,
): CompareScale {
  const { band, marginTop, marginBottom, marginLeft, marginRight, gutter } = COMPARE;
  const domain = alignedDomain(visible.map((lane) => lane.focus));
  const [d0, d1] = domain;
  const r0 = marginLeft + gutter;
  const r1 = width - marginRight - gutter;
  const x = (t: number) => r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
  const offsets = visible.flatMap((lane) => lane.offsets);
  const outside = { before: offsets.some((t) => t < d0), after: offsets.some((t) => t > d1) };
  // Gutter labels get a line of their own under the ticks, so they never collide.
  const gutterLine = outside.before || outside.after ? 30 : 0;
  const height = marginTop + Math.max(visible.length, 1) * band + marginBottom + gutterLine;
  return {
    domain,
    x,
    clamp: (t) => x(Math.min(d1, Math.max(d0, t))),
    place: (t) =>
      t < d0 ? marginLeft + gutter / 2 : t > d1 ? width - marginRight - gutter / 2 : x(t),
    outside,
    laneTop: (i) => marginTop + i * band,
    height,
    bottom: height - marginBottom - gutterLine,
    width,
  };
}

/** Where a moment's mark and its range go: the range is hidden when the mark is in a gutter. */
export function momentPlacement(scale: CompareScale, offset: number, end: number) {
  const cx = scale.place(offset);
  const inside = offset >= scale.domain[0] && offset <= scale.domain[1];
  return {
    transform: `translate(${round(cx)},${COMPARE.markY})`,
    range: {
      inside,
      x: round(scale.clamp(offset) - cx),
      width: round(Math.max(2, scale.clamp(end) - scale.clamp(offset))),
    },
  };
}

/** Where a lane's impact band goes. */
export function impactPlacement(scale: CompareScale, start: number, end: number) {
  return {
    x: round(scale.clamp(start)),
    width: round(Math.max(1, scale.clamp(end) - scale.clamp(start))),
  };
}

/** The axis of the clock: a tick line and label per round offset, and the gutter notes. */
export function compareAxis(scale: CompareScale): Element[] {
  const { marginTop, marginLeft, marginRight } = COMPARE;
  const { width } = scale;
  const ticks = offsetTicks(scale.domain, Math.max(2, Math.round(width / 140))).map((t) =>
    el(
      "g",
      {
        class: t === 0 ? "cmp-tick cmp-tick--zero" : "cmp-tick",
        transform: `translate(${round(scale.x(t))},0)`,
      },
      el("line", {
        y1: marginTop,
        y2: scale.bottom,
        stroke: t === 0 ? "currentColor" : "#dedbd3",
      }),
      el(
        "text",
        { y: scale.bottom + 8, dy: "0.71em", "text-anchor": "middle" },
        t === 0 ? "start" : offsetLabel(t),
      ),
    ),
  );
  const gutters = (["before", "after"] as const)
    .filter((side) => scale.outside[side])
    .map((side) =>
      el(
        "text",
        {
          class: "cmp-gutter",
          x: side === "before" ? marginLeft : width - marginRight,
          y: scale.bottom + 38,
          dy: "0.71em",
          "text-anchor": side === "before" ? "start" : "end",
        },
        side === "before"
          ? width < 480
            ? "← earlier"
            : "← earlier events at the edge"
          : width < 480
            ? "later →"
            : "later events at the edge →",
      ),
    );
  return [...ticks, ...gutters];
}
