import { join } from "node:path";
import { checkCorpusAt as checkCorpus } from "../../src/build/corpus.ts";
import { viewOf, type IncidentView } from "../../src/lib/incidentView.ts";
import { createDocument } from "../../src/charts/dom.ts";

/** The synthetic corpus behind the chart snapshots (see test/fixtures/charts/README.md). */
export const CHART_FIXTURES = join(import.meta.dirname, "..", "fixtures", "charts");

export const chartCorpus = checkCorpus(CHART_FIXTURES);

export const OVERLAP = "2020-03-02-synthetic-overlap";
export const SINGLE = "2020-08-15-synthetic-single";
export const DAY_PRECISION = "2021-05-10-synthetic-day-precision";
export const MULTI_DAY = "2022-01-03-synthetic-multi-day";

/** The view of one synthetic incident, as a page would build it. */
export function chartView(slug: string): IncidentView {
  return viewOf(chartCorpus.corpus, slug);
}

/** Every synthetic incident's view, oldest first. */
export function allChartViews(): IncidentView[] {
  return [OVERLAP, SINGLE, DAY_PRECISION, MULTI_DAY].map(chartView);
}

/** Parses SVG markup into an element to query (tests only: the site never reads markup back). */
export function parseSvg(svg: string): Element {
  const document = createDocument();
  const div = document.createElement("div");
  div.innerHTML = svg;
  return div.firstElementChild!;
}
