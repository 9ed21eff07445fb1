import * as Plot from "@observablehq/plot";
import type { ConcurrencyStep } from "../lib/concurrency.ts";
import { isoInstant } from "../lib/format.ts";
import { SEVERITIES, type Severity } from "../lib/schemas.ts";
import type { ChartMarks } from "./figure.ts";
import { plotFrame } from "./plotDom.ts";
import { IMPACT_FRAME } from "./impactGantt.ts";
import { SEVERITY_FILL } from "./palette.ts";
import { finishTimeChart, impactStartRule, type TimeChart } from "./timeChart.ts";

export interface ConcurrencyInput {
  /** Accessible name of the chart. */
  label: string;
  steps: readonly ConcurrencyStep[];
  /** The time span to show; the service-impact chart's, so the two line up. */
  domain: [number, number];
  /** Marked with a rule: when impact began. */
  impactStart: number | null;
}

/**
 * Whole numbers of services for the vertical axis, from zero to at least the peak: every
 * one when few, else about four round steps.
 */
export function countTicks(max: number): number[] {
  if (max <= 5) return Array.from({ length: max + 1 }, (_, i) => i);
  const step = [2, 5, 10, 20, 50, 100].find((s) => Math.ceil(max / s) <= 4) ?? Math.ceil(max / 4);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** What one step says when the reader points at it. */
function stepTip(step: ConcurrencyStep): string {
  if (step.total === 0) return "No service impaired";
  const parts = SEVERITIES.filter((s) => step.bySeverity[s] > 0).map(
    (s) => `${step.bySeverity[s]} ${s}`,
  );
  return `${plural(step.total, "service")} impaired: ${parts.join(", ")}`;
}

/**
 * How many services were impaired at once: a step chart whose height is the count of
 * services, stacked by the worst severity each had, worst at the bottom. A lull drops to
 * zero. Each block carries `data-severity`, `data-count` and its times.
 */
export function concurrencyChart(
  input: ConcurrencyInput,
  /** The width Plot draws at; the chart can be had at any other. */
  width: number = IMPACT_FRAME.width,
): TimeChart {
  const { steps, domain } = input;
  const max = Math.max(1, ...steps.map((s) => s.total));
  const ticks = countTicks(max);
  const top = ticks.at(-1) ?? max;
  const blocks = steps.flatMap((step) => {
    let y = 0;
    return SEVERITIES.flatMap((severity: Severity) => {
      const count = step.bySeverity[severity];
      if (count === 0) return [];
      const block = { step, severity, count, y1: y, y2: y + count };
      y += count;
      return [block];
    });
  });
  const first = steps[0];
  const outline = first
    ? [
        { time: first.start, total: 0 },
        ...steps.map((s) => ({ time: s.start, total: s.total })),
        { time: steps.at(-1)?.end ?? first.end, total: 0 },
      ]
    : [];
  const { marginLeft, marginRight } = IMPACT_FRAME;
  const marginTop = 34;
  const marginBottom = 28;
  const height = 230;
  const chart = Plot.plot({
    ...plotFrame({
      width,
      height,
      margin: { top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft },
      label: input.label,
    }),
    x: { type: "utc", domain: domain.map((t) => new Date(t)), axis: null },
    y: { domain: [0, Math.max(top, max)], axis: null },
    marks: [
      Plot.ruleY(ticks, { stroke: "#dedbd3", className: "concurrency-grid" }),
      Plot.rect(blocks, {
        x1: (b) => new Date(b.step.start),
        x2: (b) => new Date(b.step.end),
        y1: "y1",
        y2: "y2",
        fill: (b) => SEVERITY_FILL[b.severity as Severity],
        // Neighbouring blocks of one colour must read as one area, without hairline seams.
        shapeRendering: "crispEdges",
        className: "concurrency-blocks",
        render(index, scales, values, dimensions, context, next) {
          const g = next?.(index, scales, values, dimensions, context) as
            SVGGElement | null | undefined;
          if (!g) return null;
          const rects = g.querySelectorAll("rect");
          index.forEach((i, k) => {
            const block = blocks[i];
            const rect = rects[k];
            if (!block || !rect) return;
            rect.setAttribute("data-severity", block.severity);
            rect.setAttribute("data-count", String(block.count));
            rect.setAttribute("data-start", isoInstant(block.step.start));
            rect.setAttribute("data-end", isoInstant(block.step.end));
            rect.setAttribute("data-tip", stepTip(block.step));
          });
          return g;
        },
      }),
      Plot.line(outline, {
        x: (d) => new Date(d.time),
        y: "total",
        curve: "step-after",
        stroke: "currentColor",
        strokeWidth: 1.25,
        className: "concurrency-outline",
      }),
      Plot.text(ticks, {
        y: (d) => d,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -7,
        text: (d) => (d === top ? plural(d, "service") : String(d)),
        fill: "currentColor",
        className: "concurrency-count",
      }),
      ...impactStartRule(input.impactStart),
    ],
  }) as unknown as SVGSVGElement;
  return finishTimeChart(chart, "concurrency-svg", {
    domain,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
  });
}

/** The chart drawn at one width (by default the width its downloads have). */
export function concurrencyMarks(
  input: ConcurrencyInput,
  width: number = IMPACT_FRAME.width,
): ChartMarks {
  return concurrencyChart(input).at(width);
}
