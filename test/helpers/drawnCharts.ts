/**
 * The chart functions as a page draws them, as HTML strings to query, and their reviewed
 * snapshots. A snapshot is the chart's SVG with its labels drawn in, one element a line.
 */
import { blastRadiusMarks, type BlastRadiusInput } from "../../src/charts/blastRadiusChart.ts";
import { compareMarks, type CompareInput } from "../../src/charts/compareChart.ts";
import { concurrencyMarks, type ConcurrencyInput } from "../../src/charts/concurrencyChart.ts";
import type { ChartMarks } from "../../src/charts/figure.ts";
import { impactGanttMarks, type ImpactInput } from "../../src/charts/impactGantt.ts";
import { overviewMarks, type OverviewInput } from "../../src/charts/overviewChart.ts";
import { chartSvg } from "../../src/charts/render/chartSvg.ts";
import { labelText } from "../../src/charts/render/standalone.ts";
import {
  responseTimesMarks,
  type ResponseTimesInput,
} from "../../src/charts/responseTimesChart.ts";
import { timelineMarks, type TimelineInput } from "../../src/charts/timeline.ts";
import { el, toHtml, toXml } from "../../src/lib/serialize.ts";
import { SVG_NS } from "../../src/geometry/svg.ts";
import { expectSnapshot } from "./snapshot.ts";

const drawn = new Map<string, { marks: ChartMarks; label: string }>();

function root(marks: ChartMarks, label: string, labels: boolean) {
  const { width, height } = marks.size;
  return el(
    "svg",
    {
      xmlns: SVG_NS,
      viewBox: `0 0 ${width} ${height}`,
      ...marks.svg.attributes,
      role: "img",
      "aria-label": label,
    },
    marks.svg.children,
    labels &&
      (marks.labels ?? []).length > 0 &&
      el("g", { class: "labels" }, (marks.labels ?? []).map(labelText)),
  );
}

/** A chart's SVG as the page draws it. */
export function pageSvg(marks: ChartMarks, label = ""): string {
  const html = toHtml(root(marks, label, false));
  drawn.set(html, { marks, label });
  return html;
}

/** Compares a chart drawn by {@link pageSvg} with its reviewed snapshot `test/output/<name>.svg`. */
export function expectChartSnapshot(html: string, name: string): void {
  const chart = drawn.get(html);
  if (!chart) throw new Error("expectChartSnapshot: draw the chart with pageSvg first.");
  expectSnapshot(toXml(root(chart.marks, chart.label, true), { pretty: true }), `${name}.svg`);
}

type Labelled<T> = T & { label?: string };
const labelled =
  <T>(draw: (input: T) => ChartMarks) =>
  (input: Labelled<T>) =>
    pageSvg(draw(input), input.label ?? "");

export const timelineSvg = labelled<TimelineInput>(timelineMarks);

/**
 * A timeline as the incident page draws it: the drawing laid out for any width (no viewBox,
 * its annotations in one layout per band of widths), through the page's own renderer.
 */
export function timelinePageSvg(input: Labelled<TimelineInput>): string {
  const page = timelineMarks(input);
  const fluid = { svg: page.svg, height: page.size.height };
  return toHtml(chartSvg({ label: input.label ?? "", size: page.size, svg: page.svg, fluid }));
}
export const impactGanttSvg = labelled<ImpactInput>(impactGanttMarks);
export const concurrencySvg = labelled<ConcurrencyInput>(concurrencyMarks);
export const blastRadiusSvg = labelled<BlastRadiusInput>(blastRadiusMarks);
export const overviewSvg = labelled<OverviewInput>(overviewMarks);
export const responseTimesSvg = labelled<ResponseTimesInput>(responseTimesMarks);
export const compareSvg = labelled<CompareInput>(compareMarks);
