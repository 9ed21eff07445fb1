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
  /** Redraws ticks for the view in the zone; shows the gutter labels where marks lie outside. */
  draw(view: View, timeZone: string, before: boolean, after: boolean): void;
}

/**
 * The time axis under the lanes: ticks for the zoom level, in the reader's zone. Lanes, their
 * names and the gutters' labels are placed in shares of the width by the build, so they
 * follow any width by themselves.
 */
export function createAxis(svg: SVGSVGElement): Axis {
  const axis = svg.querySelector<SVGGElement>(".tl-axis") as SVGGElement;
  for (const tick of axis.querySelectorAll(".tl-tick")) tick.remove();
  const zone = axis.querySelector<SVGTextElement>(".tl-zone");
  const gutterLabel = (side: "before" | "after") => {
    const found = axis.querySelector<SVGTextElement>(`.tl-gutter-label[data-side="${side}"]`);
    if (found) return found;
    const before = side === "before";
    const text = svgElement("text", {
      class: "tl-gutter-label",
      "data-side": side,
      x: before ? "0" : "100%",
      y: "18",
      "text-anchor": before ? "start" : "end",
    });
    text.textContent = before ? "earlier" : "later";
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
    draw(view, timeZone, before, after) {
      const count = Math.max(3, Math.floor((view.r1 - view.r0) / TICK_SPACING));
      // Ticks keep clear of the edges and of the gutters' labels.
      const high = view.r1 / TIMELINE.right - (after ? 60 : 20);
      const ticks = zonedTicks([view.t0, view.t1], count, timeZone).filter(
        ({ time }) => view.x(time) > (before ? 70 : 20) && view.x(time) < high,
      );
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
