import { isoInstant } from "../lib/format.ts";
import { round, SVG_NS } from "./svg.ts";
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

/** Labels need room: ticks too close to either end of the axis are left out. */
export function visibleTicks<T extends { time: number }>(frame: TimeAxisFrame, ticks: T[]): T[] {
  const [r0, r1] = frame.range;
  return ticks.filter((tick) => {
    const x = xOf(frame, tick.time);
    return x >= r0 + EDGE && x <= r1 - EDGE;
  });
}

const EDGE = 18;

/** One tick: a grid line across the plot, a tick mark and its label. */
export function tickElement(
  document: Document,
  frame: TimeAxisFrame,
  tick: { time: number; label: string },
): Element {
  const g = document.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "chart-tick");
  g.setAttribute("transform", `translate(${round(xOf(frame, tick.time))},0)`);
  const grid = document.createElementNS(SVG_NS, "line");
  grid.setAttribute("class", "chart-grid");
  grid.setAttribute("stroke", "#dedbd3");
  grid.setAttribute("y1", String(frame.top));
  grid.setAttribute("y2", String(frame.bottom));
  const mark = document.createElementNS(SVG_NS, "line");
  mark.setAttribute("stroke", "currentColor");
  mark.setAttribute("y1", String(frame.bottom));
  mark.setAttribute("y2", String(frame.bottom + 5));
  const text = document.createElementNS(SVG_NS, "text");
  text.setAttribute("y", String(frame.bottom + 8));
  text.setAttribute("dy", "0.71em");
  text.setAttribute("text-anchor", "middle");
  text.textContent = tick.label;
  g.append(grid, mark, text);
  return g;
}

/**
 * Draws a UTC time axis with grid lines into a chart, behind its marks. The frame is written
 * on the axis as data attributes so the browser can redraw the ticks in the reader's zone.
 */
export function prependTimeAxis(svg: Element, frame: TimeAxisFrame): void {
  const document = svg.ownerDocument;
  const axis = document.createElementNS(SVG_NS, "g");
  axis.setAttribute("class", "chart-axis");
  axis.setAttribute("aria-hidden", "true");
  axis.setAttribute("data-domain", frame.domain.map(isoInstant).join("/"));
  axis.setAttribute("data-range", frame.range.map(round).join(","));
  axis.setAttribute("data-top", String(frame.top));
  axis.setAttribute("data-bottom", String(frame.bottom));
  axis.setAttribute("data-count", String(frame.count));
  for (const tick of visibleTicks(frame, timeTicks(frame.domain, frame.count, "utc")))
    axis.append(tickElement(document as unknown as Document, frame, tick));
  const style = svg.querySelector("style");
  if (style) style.after(axis);
  else svg.prepend(axis);
}
