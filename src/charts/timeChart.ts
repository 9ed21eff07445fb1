import * as Plot from "@observablehq/plot";
import { el } from "../lib/serialize.ts";
import { timeAxis } from "../geometry/timeAxis.ts";
import type { ChartMarks } from "./figure.ts";
import { fittable, fromPlotExact } from "./plotDom.ts";

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

/** A chart over time that Plot drew once, to be had at any width. */
export interface TimeChart {
  at(width: number): ChartMarks;
}

/**
 * Finishes a Plot chart drawn over time: its marks as figure data, behind them the shared,
 * zone-aware time axis, and the chart's class. Plot draws the chart once, at `frame.width`;
 * at any other width its marks are stretched along the time axis (`roundCoordinates`), which
 * places them where Plot would at that width, and the axis is drawn anew with as many ticks
 * as have room there.
 */
export function finishTimeChart(
  chart: globalThis.Element,
  className: string,
  frame: TimeChartFrame,
): TimeChart {
  const drawn = fittable(fromPlotExact(chart, { class: className }));
  const { marginLeft, marginRight } = frame;
  return {
    at(width) {
      const range: [number, number] = [marginLeft, width - marginRight];
      const svg = drawn(
        width === frame.width
          ? undefined
          : { from: [marginLeft, frame.width - marginRight], to: range },
      );
      const axis = timeAxis({
        domain: frame.domain,
        range,
        top: frame.marginTop,
        bottom: frame.height - frame.marginBottom,
        // About one label per 120 pixels, as many as have room at the width drawn.
        count: Math.max(2, Math.round(width / 120)),
      });
      return {
        svg: el(svg.name, { ...svg.attributes, width }, axis, ...svg.children),
        size: { width, height: frame.height },
      };
    },
  };
}
