import * as Plot from "@observablehq/plot";
import { el, type Element } from "../lib/serialize.ts";
import { timeAxis } from "../geometry/timeAxis.ts";
import { fromPlot } from "./plotDom.ts";

/** The dashed rule marking when impact began, or no mark when that is not known. */
export function impactStartRule(impactStart: number | null): Plot.Markish[] {
  if (impactStart === null) return [];
  return [
    Plot.ruleX([new Date(impactStart)], {
      stroke: "currentColor",
      strokeDasharray: "3,3",
      className: "impact-start",
    }),
  ];
}

export interface TimeChartFrame {
  domain: [number, number];
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

/**
 * Finishes a Plot chart drawn over time: its marks as figure data, behind them the shared,
 * zone-aware time axis, and the chart's class.
 */
export function finishTimeChart(
  chart: globalThis.Element,
  className: string,
  frame: TimeChartFrame,
): Element {
  const svg = fromPlot(chart, { class: className });
  const axis = timeAxis({
    domain: frame.domain,
    range: [frame.marginLeft, frame.width - frame.marginRight],
    top: frame.marginTop,
    bottom: frame.height - frame.marginBottom,
    // About one label per 120 pixels, as many as have room at the width drawn.
    count: Math.max(2, Math.round(frame.width / 120)),
  });
  return el(svg.name, svg.attributes, axis, ...svg.children);
}
