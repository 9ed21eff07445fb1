import {
  compareAxis,
  compareScale,
  COMPARE,
  impactPlacement,
  momentPlacement,
} from "../geometry/compareLayout.ts";
import { toSvgElement } from "./toDom.ts";

const numbers = (value: string | null) => (value ?? "").split(",").map(Number);

/**
 * Shows the lanes of the selected incidents, stacked in their drawing order, hides the rest,
 * and places every mark on one clock that fits the selection, with the geometry the build
 * laid the chart out with: a mark's `data-offset` (ms after impact start) becomes a position.
 */
export function layoutCompare(svg: SVGSVGElement, selected: readonly string[]): void {
  const lanes = [...svg.querySelectorAll(".cmp-lane")];
  const visible = lanes.filter((lane) => selected.includes(lane.getAttribute("data-slug") ?? ""));
  for (const lane of lanes) {
    if (visible.includes(lane)) lane.removeAttribute("display");
    else lane.setAttribute("display", "none");
  }
  const scale = compareScale(
    visible.map((lane) => ({
      focus: numbers(lane.getAttribute("data-focus")) as [number, number],
      offsets: [...lane.querySelectorAll(".cmp-moment")].map((m) =>
        Number(m.getAttribute("data-offset")),
      ),
    })),
    // Each drawing keeps the width the build drew it for (one per band of widths).
    svg.viewBox.baseVal.width || COMPARE.width,
  );
  visible.forEach((lane, i) => {
    lane.setAttribute("transform", `translate(0,${scale.laneTop(i)})`);
    lane.querySelector(".cmp-track")?.setAttribute("x2", String(scale.width - COMPARE.marginRight));
    const impact = lane.querySelector(".cmp-impact");
    if (impact) {
      const place = impactPlacement(
        scale,
        Number(impact.getAttribute("data-offset")),
        Number(impact.getAttribute("data-offset-end")),
      );
      impact.setAttribute("x", String(place.x));
      impact.setAttribute("width", String(place.width));
    }
    for (const moment of lane.querySelectorAll(".cmp-moment")) {
      const place = momentPlacement(
        scale,
        Number(moment.getAttribute("data-offset")),
        Number(moment.getAttribute("data-offset-end")),
      );
      moment.setAttribute("transform", place.transform);
      const range = moment.querySelector(".cmp-range");
      if (!range) continue;
      if (place.range.inside) range.removeAttribute("display");
      else range.setAttribute("display", "none");
      range.setAttribute("x", String(place.range.x));
      range.setAttribute("width", String(place.range.width));
    }
  });
  svg.setAttribute("viewBox", `0 0 ${scale.width} ${scale.height}`);
  svg.setAttribute("data-domain", scale.domain.map(Math.round).join(","));
  svg.querySelector(".cmp-axis")?.replaceChildren(...compareAxis(scale).map(toSvgElement));
}
