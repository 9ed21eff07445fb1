import * as Plot from "@observablehq/plot";
import { isoInstant } from "../lib/format.ts";
import { SEVERITIES, type ImpactRow } from "../lib/schemas.ts";
import type { ChartMarks } from "./figure.ts";
import { plotFrame } from "./plotDom.ts";
import { SEVERITY_FILL, SEVERITY_LABEL } from "./palette.ts";
import { finishTimeChart, impactStartRule, type TimeChart } from "./timeChart.ts";

export { SEVERITY_FILL };

export interface ImpactInput {
  /** Accessible name of the chart. */
  label: string;
  spans: readonly ImpactRow[];
  /** Display names of service ids. */
  serviceNames: ReadonlyMap<string, string>;
  /** Marked with a rule: when impact began. */
  impactStart: number | null;
}

/** The row label of a span: the service, and its region unless global. */
export function spanLabel(span: ImpactRow, names: ReadonlyMap<string, string>): string {
  const name = names.get(span.service) ?? span.service;
  return span.region === "global" ? name : `${name} · ${span.region}`;
}

/** Geometry shared with the concurrency chart, so the two line up one above the other. */
export const IMPACT_FRAME = { width: 720, marginLeft: 4, marginRight: 12 } as const;

/** The time span both service charts show: every span and the impact start, with a margin. */
export function impactDomain(spans: readonly ImpactRow[], impactStart: number | null) {
  const start = Math.min(...spans.map((r) => r.start), impactStart ?? Infinity);
  const end = Math.max(...spans.map((r) => r.end));
  const pad = (end - start) * 0.03;
  return [start - pad, end + pad] as [number, number];
}

const rank = (severity: ImpactRow["severity"]) => SEVERITIES.indexOf(severity);

/**
 * Rows in reading order: services by when they were first hit, the worst first among equals;
 * under each service its global row, then its regions in the order they were hit.
 */
export function impactRows(spans: readonly ImpactRow[], names: ReadonlyMap<string, string>) {
  const first = new Map<string, { start: number; worst: number }>();
  for (const span of spans) {
    for (const key of [span.service, `${span.service}\u0000${span.region}`]) {
      const seen = first.get(key);
      first.set(key, {
        start: Math.min(seen?.start ?? Infinity, span.start),
        worst: Math.min(seen?.worst ?? Infinity, rank(span.severity)),
      });
    }
  }
  const service = (s: ImpactRow) => first.get(s.service) ?? { start: 0, worst: 0 };
  const region = (s: ImpactRow) =>
    first.get(`${s.service}\u0000${s.region}`) ?? { start: 0, worst: 0 };
  const sorted = [...spans].sort(
    (a, b) =>
      service(a).start - service(b).start ||
      service(a).worst - service(b).worst ||
      a.service.localeCompare(b.service) ||
      Number(b.region === "global") - Number(a.region === "global") ||
      region(a).start - region(b).start ||
      a.region.localeCompare(b.region) ||
      a.start - b.start,
  );
  return sorted.map((span) => ({ ...span, label: spanLabel(span, names) }));
}

const BAND = 44;

/**
 * Service × time: one row per service and region, a bar per impact span coloured by
 * severity over a faint track (so a gap between spans reads as a gap), the impact start
 * marked. Each bar carries `data-service`, `data-severity` and its times.
 */
export function impactGantt(
  input: ImpactInput,
  /** The width Plot draws at; the chart can be had at any other. */
  width: number = IMPACT_FRAME.width,
): TimeChart {
  const rows = impactRows(input.spans, input.serviceNames);
  const labels = [...new Set(rows.map((r) => r.label))];
  const domain = impactDomain(input.spans, input.impactStart);
  const { marginLeft, marginRight } = IMPACT_FRAME;
  const marginTop = 6;
  const marginBottom = 28;
  const height = labels.length * BAND + marginTop + marginBottom;
  const bar = { y: (r: { label: string }) => r.label, insetTop: 24, insetBottom: 4 } as const;
  const chart = Plot.plot({
    ...plotFrame({
      width,
      height,
      margin: { top: marginTop, right: marginRight, bottom: marginBottom, left: marginLeft },
      label: input.label,
    }),
    x: { type: "utc", domain: domain.map((t) => new Date(t)), axis: null },
    y: { domain: labels, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(
        labels.map((label) => ({ label })),
        {
          ...bar,
          x1: () => new Date(domain[0]),
          x2: () => new Date(domain[1]),
          fill: "#ece9e2",
          className: "impact-track",
        },
      ),
      Plot.barX(rows, {
        ...bar,
        x1: (r) => new Date(r.start),
        x2: (r) => new Date(r.end),
        fill: (r: (typeof rows)[number]) => SEVERITY_FILL[r.severity],
        className: "impact-bars",
        render(index, scales, values, dimensions, context, next) {
          const g = next?.(index, scales, values, dimensions, context) as
            SVGGElement | null | undefined;
          if (!g) return null;
          const rects = g.querySelectorAll("rect");
          index.forEach((i, k) => {
            const row = rows[i];
            const rect = rects[k];
            if (!row || !rect) return;
            rect.setAttribute("data-service", row.service);
            rect.setAttribute("data-severity", row.severity);
            rect.setAttribute("data-region", row.region);
            rect.setAttribute("data-start", isoInstant(row.start));
            rect.setAttribute("data-end", isoInstant(row.end));
            rect.setAttribute("data-tip", `${row.label}: ${SEVERITY_LABEL[row.severity]}`);
          });
          return g;
        },
      }),
      // The rule under the labels: their halo keeps each name whole where the line crosses it.
      ...impactStartRule(input.impactStart),
      Plot.text(labels, {
        y: (d) => d,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -9,
        className: "impact-label",
        fill: "currentColor",
        text: (d) => d,
      }),
    ],
  }) as unknown as SVGSVGElement;
  return finishTimeChart(chart, "impact-svg", {
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
export function impactGanttMarks(
  input: ImpactInput,
  width: number = IMPACT_FRAME.width,
): ChartMarks {
  return impactGantt(input).at(width);
}
