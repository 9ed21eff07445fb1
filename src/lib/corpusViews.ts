import { alignIncident } from "./alignment.ts";
import { corpusFigures } from "./corpusFigures.ts";
import { incidentSlugs, incidentView, type IncidentView } from "./incidentView.ts";
import { overviewSummary, responseTimesSummary } from "./summaries.ts";

/** The two Azure AD outages the site was made for: the comparison a reader sees first. */
export const DEFAULT_COMPARISON = ["2020-09-28-azure-ad", "2021-03-15-azure-ad"];

/** Every published incident's view, newest first (drafts too on the dev server). */
export function publishedViews(includeDrafts: boolean): IncidentView[] {
  return incidentSlugs({ includeDrafts }).map((slug) => incidentView(slug));
}

/** Whether an incident can be laid on the comparison clock: it needs an impact start. */
export function comparable(view: IncidentView): boolean {
  return alignIncident(view.slug, view.data.events, view.metrics) !== null;
}

/**
 * The incidents compared when the reader has picked none: the two Azure AD outages, or,
 * in a corpus without them, the two most recent incidents that can be compared.
 */
export function defaultComparison(views: readonly IncidentView[]): string[] {
  const usable = views.filter(comparable);
  const named = DEFAULT_COMPARISON.filter((slug) => usable.some((v) => v.slug === slug));
  if (named.length === DEFAULT_COMPARISON.length) return named;
  return usable
    .map((v) => v.slug)
    .sort()
    .slice(-2);
}

/** The key figures and summary sentences of the cross-incident charts. */
export function corpusSummaries(views: readonly IncidentView[]) {
  const figures = corpusFigures(views.map((v) => v.metrics));
  const years = views.map((v) => new Date(v.anchor).getUTCFullYear());
  const longest = [...views]
    .filter((v) => v.metrics.timeToResolve !== null)
    .sort((a, b) => (b.metrics.timeToResolve?.ms ?? 0) - (a.metrics.timeToResolve?.ms ?? 0))[0];
  return {
    figures,
    overview: overviewSummary(
      figures,
      years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
      longest?.metrics.timeToResolve
        ? { label: longest.label, duration: longest.metrics.timeToResolve }
        : null,
    ),
    responseTimes: responseTimesSummary(views.map((v) => v.metrics)),
  };
}
