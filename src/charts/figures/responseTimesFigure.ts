import type { IncidentView } from "../../lib/incidentView.ts";
import { CORPUS_SOURCE } from "../../lib/sourceLine.ts";
import { variantsOf, type Figure } from "../figure.ts";
import { responseTimesMarks } from "../responseTimesChart.ts";
import type { FigureContext } from "./context.ts";
import { momentLegend } from "./momentLegend.ts";
import { responseTable } from "./responseTable.ts";

const TITLE = "Time to detect, mitigate and resolve, every incident";

/** Every incident's response on one logarithmic scale, newest first. */
export function responseTimesFigure(
  views: readonly IncidentView[],
  summary: string,
  context: FigureContext,
): Figure {
  const input = {
    label: "",
    incidents: views.map((view) => ({ slug: view.slug, label: view.label, ...view.metrics })),
  };
  const marks = responseTimesMarks(input);
  return {
    chart: "response-times",
    incident: "all",
    title: TITLE,
    summary,
    source: CORPUS_SOURCE,
    label: `${TITLE}. ${summary}`,
    size: marks.size,
    svg: marks.svg,
    variants: variantsOf((width) => responseTimesMarks(input, width), { widest: 560 }),
    labels: marks.labels ?? [],
    legend: momentLegend({ phases: false }),
    notes: [
      "Counted from each incident's impact start to the moments its provider's reports give. The scale is logarithmic: each step to the right is a longer stretch of time.",
    ],
    tables: [
      responseTable(views, context.base, "Time to detect, mitigate and resolve of every incident"),
    ],
    files: [],
  };
}
