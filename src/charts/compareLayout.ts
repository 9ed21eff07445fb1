import { alignedDomain } from "../lib/alignment.ts";
import { round, SVG_NS } from "./svg.ts";

/**
 * Geometry of the comparison chart. The build lays the chart out for the default selection
 * with `layoutCompare`; the browser calls the same function when the reader picks other
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
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

function numbers(value: string | null): number[] {
  return (value ?? "").split(",").map(Number);
}

function make(parent: Element, name: string, attributes: Record<string, string | number>) {
  const el = parent.ownerDocument.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  parent.append(el);
  return el;
}

/**
 * Shows the lanes of the selected incidents, stacked in their drawing order, hides the rest,
 * and places every mark on one clock that fits the selection: its `data-offset` (ms after
 * impact start) becomes a position. Marks beyond the clock wait in the side gutters.
 */
export function layoutCompare(svg: Element, selected: readonly string[]): void {
  const { width, band, marginTop, marginBottom, marginLeft, marginRight, gutter, markY } = COMPARE;
  const lanes = [...svg.querySelectorAll(".cmp-lane")];
  const visible = lanes.filter((lane) => selected.includes(lane.getAttribute("data-slug") ?? ""));
  for (const lane of lanes) {
    if (visible.includes(lane)) lane.removeAttribute("display");
    else lane.setAttribute("display", "none");
  }
  const domain = alignedDomain(
    visible.map((lane) => numbers(lane.getAttribute("data-focus")) as [number, number]),
  );
  const [d0, d1] = domain;
  const r0 = marginLeft + gutter;
  const r1 = width - marginRight - gutter;
  const x = (t: number) => r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
  const clamp = (t: number) => x(Math.min(d1, Math.max(d0, t)));
  const place = (t: number) =>
    t < d0 ? marginLeft + gutter / 2 : t > d1 ? width - marginRight - gutter / 2 : x(t);
  const offsets = visible.flatMap((lane) =>
    [...lane.querySelectorAll(".cmp-moment")].map((m) => Number(m.getAttribute("data-offset"))),
  );
  const outside = { before: offsets.some((t) => t < d0), after: offsets.some((t) => t > d1) };

  visible.forEach((lane, i) => {
    lane.setAttribute("transform", `translate(0,${marginTop + i * band})`);
    const track = lane.querySelector(".cmp-track");
    track?.setAttribute("x1", String(marginLeft));
    track?.setAttribute("x2", String(width - marginRight));
    const impact = lane.querySelector(".cmp-impact");
    if (impact) {
      const [a = 0, b = 0] = [
        Number(impact.getAttribute("data-offset")),
        Number(impact.getAttribute("data-offset-end")),
      ];
      impact.setAttribute("x", String(round(clamp(a))));
      impact.setAttribute("width", String(round(Math.max(1, clamp(b) - clamp(a)))));
    }
    for (const moment of lane.querySelectorAll(".cmp-moment")) {
      const offset = Number(moment.getAttribute("data-offset"));
      const end = Number(moment.getAttribute("data-offset-end"));
      const cx = place(offset);
      moment.setAttribute("transform", `translate(${round(cx)},${markY})`);
      const range = moment.querySelector(".cmp-range");
      if (range) {
        const inside = offset >= d0 && offset <= d1;
        if (inside) range.removeAttribute("display");
        else range.setAttribute("display", "none");
        range.setAttribute("x", String(round(clamp(offset) - cx)));
        range.setAttribute("width", String(round(Math.max(2, clamp(end) - clamp(offset)))));
      }
    }
  });

  // Gutter labels get a line of their own under the ticks, so they never collide.
  const gutterLine = outside.before || outside.after ? 30 : 0;
  const height = marginTop + Math.max(visible.length, 1) * band + marginBottom + gutterLine;
  const bottom = height - marginBottom - gutterLine;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("data-domain", domain.map(Math.round).join(","));
  const axis = svg.querySelector(".cmp-axis");
  if (!axis) return;
  axis.replaceChildren();
  for (const t of offsetTicks(domain, 5)) {
    const g = make(axis, "g", {
      class: t === 0 ? "cmp-tick cmp-tick--zero" : "cmp-tick",
      transform: `translate(${round(x(t))},0)`,
    });
    make(g, "line", { y1: marginTop, y2: bottom, stroke: t === 0 ? "currentColor" : "#dedbd3" });
    make(g, "text", { y: bottom + 8, dy: "0.71em", "text-anchor": "middle" }).textContent =
      t === 0 ? "start" : offsetLabel(t);
  }
  for (const side of ["before", "after"] as const) {
    if (!outside[side]) continue;
    make(axis, "text", {
      class: "cmp-gutter",
      x: side === "before" ? marginLeft : width - marginRight,
      y: bottom + 38,
      dy: "0.71em",
      "text-anchor": side === "before" ? "start" : "end",
    }).textContent =
      side === "before" ? "← earlier events at the edge" : "later events at the edge →";
  }
}
