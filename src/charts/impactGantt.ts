import * as Plot from "@observablehq/plot";
import { isoInstant } from "../lib/format.ts";
import { SEVERITIES, type ImpactRow } from "../lib/schemas.ts";
import { utcTicks } from "./axisTicks.ts";
import { createDocument } from "./dom.ts";
import { accessibleGroups, serialize } from "./plotDom.ts";

export interface ImpactInput {
  /** Accessible name of the chart. */
  label: string;
  spans: readonly ImpactRow[];
  /** Display names of service ids. */
  serviceNames: ReadonlyMap<string, string>;
  /** Marked with a rule: when impact began. */
  impactStart: number | null;
}

/** Fallback fills; the page's stylesheet repaints them through `--atlas-sev-*` properties. */
export const SEVERITY_FILL: Record<ImpactRow["severity"], string> = {
  outage: "#8f1d21",
  major: "#d0482b",
  degraded: "#f08c4a",
  advisory: "#f6c58f",
};

/** The row label of a span: the service, and its region unless global. */
export function spanLabel(span: ImpactRow, names: ReadonlyMap<string, string>): string {
  const name = names.get(span.service) ?? span.service;
  return span.region === "global" ? name : `${name} · ${span.region}`;
}

const BAND = 44;

/**
 * Service × time: one row per service and region, a bar per impact span coloured by
 * severity, the impact start marked. Each bar carries `data-service` and `data-severity`.
 */
export function impactGanttSvg(input: ImpactInput): string {
  const spans = [...input.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const rows = spans.map((span) => ({ ...span, label: spanLabel(span, input.serviceNames) }));
  const labels = [...new Set(rows.map((r) => r.label))];
  const start = Math.min(...rows.map((r) => r.start), input.impactStart ?? Infinity);
  const end = Math.max(...rows.map((r) => r.end));
  const pad = (end - start) * 0.03;
  const domain: [number, number] = [start - pad, end + pad];
  const width = 720;
  const document = createDocument();

  const chart = Plot.plot({
    document,
    width,
    height: labels.length * BAND + 34,
    marginTop: 6,
    marginLeft: 4,
    marginRight: 12,
    marginBottom: 28,
    ariaLabel: input.label,
    style: {
      fontSize: "11px",
      fontFamily: "inherit",
      background: "transparent",
      overflow: "visible",
    },
    x: { type: "utc", domain: domain.map((t) => new Date(t)), ticks: [], label: null },
    y: { domain: labels, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.gridX(
        utcTicks(domain, 6).map((t) => new Date(t.time)),
        { stroke: "currentColor", strokeOpacity: 0.12 },
      ),
      Plot.barX(rows, {
        x1: (r) => new Date(r.start),
        x2: (r) => new Date(r.end),
        y: "label",
        fill: (r) => SEVERITY_FILL[r.severity as keyof typeof SEVERITY_FILL],
        insetTop: 24,
        insetBottom: 4,
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
          });
          return g;
        },
      }),
      Plot.text(labels, {
        y: (d) => d,
        frameAnchor: "left",
        textAnchor: "start",
        dy: -9,
        className: "impact-label",
        fill: "currentColor",
        text: (d) => d,
      }),
      ...(input.impactStart !== null
        ? [
            Plot.ruleX([new Date(input.impactStart)], {
              stroke: "currentColor",
              strokeDasharray: "3,3",
            }),
          ]
        : []),
      Plot.axisX(
        utcTicks(domain, 6).map((t) => new Date(t.time)),
        {
          tickFormat: (d: Date) =>
            utcTicks(domain, 6).find((t) => t.time === d.getTime())?.label ?? "",
          label: null,
        },
      ),
    ],
  }) as unknown as SVGSVGElement;
  accessibleGroups(chart);
  chart.setAttribute("class", "impact-svg");
  return serialize(chart);
}

export { SEVERITIES };
