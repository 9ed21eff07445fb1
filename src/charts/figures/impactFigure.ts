import { filesForChart } from "../../lib/dataFiles.ts";
import { formatDuration } from "../../lib/format.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { sourceLine } from "../../lib/sourceLine.ts";
import { variantsOf, type Figure } from "../figure.ts";
import { IMPACT_FRAME, impactGantt, impactRows } from "../impactGantt.ts";
import { SEVERITY_LABEL } from "../palette.ts";
import { sourceCell, timeCell, type FigureContext } from "./context.ts";
import { severityLegend } from "./severityLegend.ts";

/** Service × time: which services were hit, and for how long. */
export function impactFigure(view: IncidentView, context: FigureContext): Figure {
  const rows = impactRows(view.data.impact, view.serviceNames);
  const input = {
    spans: view.data.impact,
    serviceNames: view.serviceNames,
    impactStart: view.metrics.impactStart,
    label: "",
  };
  // Plot draws the chart once; each width has it stretched along the time axis.
  const chart = impactGantt(input);
  const marks = chart.at(IMPACT_FRAME.width);
  return {
    chart: "impact",
    incident: view.slug,
    title: "Which services were hit, and for how long",
    summary: view.summaries.impact,
    source: sourceLine(view.meta),
    label: `Service impact of ${view.meta.title}. ${view.summaries.impact}`,
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
        caption: "Service impact spans",
        columns: ["Service", "From", "To", "Duration", "Severity", "Note", "Source"],
        rows: rows.map((span) => ({
          cells: [
            span.label,
            timeCell(span.start),
            timeCell(span.end),
            formatDuration(span.end - span.start),
            SEVERITY_LABEL[span.severity],
            span.note ?? "",
            sourceCell(span.source, span.archive),
          ],
        })),
      },
    ],
    files: filesForChart(context.corpus, view.slug, "impact"),
  };
}
