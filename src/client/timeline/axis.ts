import { TIMELINE } from "../../geometry/timelineLayout.ts";
import { zoneLabel } from "../../lib/zone.ts";
import { zonedTicks } from "../../lib/zonedTicks.ts";
import type { View } from "./scale.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Room each tick label needs, in pixels. */
const TICK_SPACING = 55;

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

export interface Axis {
  /**
   * Fits the axis, lane rules and labels to a new width. When `compact` (a phone), lane
   * labels move above their lanes so the plot can use the full width.
   */
  resize(width: number, range: [number, number], compact: boolean): void;
  /** Redraws ticks for the view in the zone; shows the gutter labels where marks lie outside. */
  draw(view: View, timeZone: string, before: boolean, after: boolean): void;
}

/** The time axis under the lanes: ticks for the zoom level, in the reader's zone. */
export function createAxis(svg: SVGSVGElement): Axis {
  const axis = svg.querySelector<SVGGElement>(".tl-axis") as SVGGElement;
  const rule = axis.querySelector<SVGLineElement>(":scope > line");
  for (const tick of axis.querySelectorAll(".tl-tick")) tick.remove();
  const zone = axis.querySelector<SVGTextElement>(".tl-zone");
  const gutterLabel = (side: "before" | "after") => {
    const found = axis.querySelector<SVGTextElement>(`.tl-gutter-label[data-side="${side}"]`);
    if (found) return found;
    const text = svgElement("text", {
      class: "tl-gutter-label",
      "data-side": side,
      y: "18",
      "text-anchor": "middle",
    });
    text.textContent = side === "before" ? "earlier" : "later";
    axis.append(text);
    return text;
  };
  const earlier = gutterLabel("before");
  const later = gutterLabel("after");
  const pool: SVGGElement[] = [];

  const tick = (i: number): SVGGElement => {
    let g = pool[i];
    if (!g) {
      g = svgElement("g", { class: "tl-tick" });
      g.append(
        svgElement("line", { y2: "5" }),
        svgElement("text", { y: "18", "text-anchor": "middle" }),
      );
      axis.append(g);
      pool.push(g);
    }
    return g;
  };

  return {
    resize(width, range, compact) {
      const left = range[0] - TIMELINE.gutter;
      rule?.setAttribute("x1", String(range[0]));
      rule?.setAttribute("x2", String(range[1]));
      earlier.setAttribute("x", String(left + TIMELINE.gutter / 2));
      later.setAttribute("x", String(width - TIMELINE.marginRight - TIMELINE.gutter / 2));
      for (const lane of svg.querySelectorAll<SVGGElement>(".tl-lane")) {
        const [line, text] = [lane.querySelector("line"), lane.querySelector("text")];
        const y = Number(line?.getAttribute("y1"));
        line?.setAttribute("x1", String(left));
        line?.setAttribute("x2", String(width - TIMELINE.marginRight));
        text?.setAttribute("x", String(compact ? left : left - 8));
        text?.setAttribute("y", String(compact ? y - 11 : y));
        text?.setAttribute("text-anchor", compact ? "start" : "end");
      }
      // On a phone the strip keeps its meaning through the legend.
      const stripLabel = svg.querySelector(".tl-severities text");
      if (compact) stripLabel?.setAttribute("display", "none");
      else stripLabel?.removeAttribute("display");
      zone?.setAttribute("x", String(compact ? left : left - 8));
      zone?.setAttribute("y", compact ? "34" : "18");
      zone?.setAttribute("text-anchor", compact ? "start" : "end");
    },
    draw(view, timeZone, before, after) {
      const count = Math.max(3, Math.floor((view.r1 - view.r0) / TICK_SPACING));
      const ticks = zonedTicks([view.t0, view.t1], count, timeZone);
      ticks.forEach(({ time, label }, i) => {
        const g = tick(i);
        g.setAttribute("transform", `translate(${view.x(time).toFixed(1)},0)`);
        g.style.display = "";
        const text = g.lastChild as SVGTextElement;
        if (text.textContent !== label) text.textContent = label;
      });
      for (let i = ticks.length; i < pool.length; i++)
        (pool[i] as SVGGElement).style.display = "none";
      const name = timeZone === "UTC" ? "Time (UTC)" : zoneLabel([view.t0, view.t1], timeZone);
      const label = name.includes("→") || name.startsWith("Time") ? name : `Time (${name})`;
      if (zone && zone.textContent !== label) zone.textContent = label;
      earlier.style.display = before ? "" : "none";
      later.style.display = after ? "" : "none";
    },
  };
}
