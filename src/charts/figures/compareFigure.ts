import { alignIncident } from "../../lib/alignment.ts";
import { compareSummary } from "../../lib/compareSummary.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { CORPUS_SOURCE } from "../../lib/sourceLine.ts";
import { compareMarks } from "../compareChart.ts";
import { WIDTH_BANDS } from "../../geometry/bands.ts";
import { variantsOf, type Figure } from "../figure.ts";
import type { FigureContext } from "./context.ts";
import { momentLegend } from "./momentLegend.ts";
import { responseTable } from "./responseTable.ts";

const TITLE = "Incidents side by side, from the moment impact began";

/**
 * Incidents aligned at impact start: every comparable incident has a lane, oldest first;
 * those in `selected` are shown, and the browser shows others as the reader picks them.
 */
export function compareFigure(
  views: readonly IncidentView[],
  selected: readonly string[],
  context: FigureContext,
): Figure {
  const lanes = views.flatMap((view) => {
    const aligned = alignIncident(view.slug, view.data.events, view.metrics);
    return aligned ? [{ aligned, label: view.label }] : [];
  });
  const chosen = views.filter((view) => selected.includes(view.slug));
  const summary = compareSummary(chosen.map((view) => ({ label: view.label, ...view.metrics })));
  const input = { lanes, selected };
  const marks = compareMarks(input);
  return {
    chart: "compare",
    incident: "all",
    title: TITLE,
    summary,
    source: CORPUS_SOURCE,
    label: `${TITLE}. ${summary}`,
    size: marks.size,
    svg: marks.svg,
    // Every lane in the narrowest drawing, for the picker; the lanes shown in the others.
    variants: variantsOf((width) =>
      compareMarks(input, width, { selectedOnly: width > WIDTH_BANDS[0] }),
    ),
    labels: marks.labels ?? [],
    legend: momentLegend({ phases: true }),
    notes: [
      "Events before or after the stretch shown wait at the edges; reviews published afterwards are on each incident's page.",
    ],
    tables: [
      responseTable(
        views,
        context.base,
        "Time to detect, mitigate and resolve of the incidents compared",
        selected,
      ),
    ],
    files: [],
  };
}
