import * as Plot from "@observablehq/plot";
import { accessibleGroups, serialize } from "./plotDom.ts";
import { prependTimeAxis } from "./timeAxis.ts";

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
 * Finishes a Plot chart drawn over time: the shared, zone-aware time axis, valid and
 * accessible markup, the chart's class, and its serialized SVG.
 */
export function finishTimeChart(
  chart: SVGSVGElement,
  className: string,
  frame: TimeChartFrame,
): string {
  prependTimeAxis(chart, {
    domain: frame.domain,
    range: [frame.marginLeft, frame.width - frame.marginRight],
    top: frame.marginTop,
    bottom: frame.height - frame.marginBottom,
    count: 6,
  });
  accessibleGroups(chart);
  chart.setAttribute("class", className);
  return serialize(chart);
}
