import { filesForChart } from "../../lib/dataFiles.ts";
import { formatDuration } from "../../lib/format.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { SEVERITIES } from "../../lib/schemas.ts";
import { sourceLine } from "../../lib/sourceLine.ts";
import { concurrencyChart } from "../concurrencyChart.ts";
import { variantsOf, type Figure } from "../figure.ts";
import { IMPACT_FRAME, impactDomain } from "../impactGantt.ts";
import { SEVERITY_LABEL } from "../palette.ts";
import { timeCell, type FigureContext } from "./context.ts";
import { severityLegend } from "./severityLegend.ts";

/** How many services were impaired at once, stacked by their worst severity. */
export function concurrencyFigure(view: IncidentView, context: FigureContext): Figure {
  const steps = view.concurrency;
  const input = {
    label: "",
    steps,
    domain: impactDomain(view.data.impact, view.metrics.impactStart),
    impactStart: view.metrics.impactStart,
  };
  // Plot draws the chart once; each width has it stretched along the time axis.
  const chart = concurrencyChart(input);
  const marks = chart.at(IMPACT_FRAME.width);
  return {
    chart: "concurrency",
    incident: view.slug,
    title: "How many services were down at once",
    summary: view.summaries.concurrency,
    source: sourceLine(view.meta),
    label: `Services impaired at once during ${view.meta.title}. ${view.summaries.concurrency}`,
    size: marks.size,
    svg: marks.svg,
    variants: variantsOf((width) => chart.at(width)),
    labels: marks.labels ?? [],
    legend: severityLegend({
      impactRule: view.metrics.impactStart !== null,
      shown: view.data.impact.map((span) => span.severity),
    }),
    notes: [],
    tables: [
      {
        caption: "Services impaired at once, with each service counted at its worst severity",
        columns: [
          "From",
          "To",
          "For",
          "Services impaired",
          ...SEVERITIES.map((s) => SEVERITY_LABEL[s]),
        ],
        rows: steps.map((step) => ({
          cells: [
            timeCell(step.start),
            timeCell(step.end),
            formatDuration(step.end - step.start),
            String(step.total),
            ...SEVERITIES.map((s) => String(step.bySeverity[s])),
          ],
        })),
      },
    ],
    files: filesForChart(context.corpus, view.slug, "concurrency"),
  };
}
