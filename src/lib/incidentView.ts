import { loadCorpus, type IncidentData } from "./corpus.ts";
import type { IncidentFrontmatter } from "./frontmatter.ts";
import { deriveMetrics, type IncidentMetrics } from "./metrics.ts";
import type { ProviderRow } from "./schemas.ts";
import { impactSummary, timelineSummary } from "./summaries.ts";

/** Everything an incident page, embed or download needs, derived once from the corpus. */
export interface IncidentView {
  slug: string;
  meta: IncidentFrontmatter;
  data: IncidentData;
  metrics: IncidentMetrics;
  provider: ProviderRow;
  /** Display names of the services this incident touches. */
  serviceNames: Map<string, string>;
  summaries: { timeline: string; impact: string };
}

/** Builds the view of one incident; the slug must exist in the checked corpus. */
export function incidentView(slug: string): IncidentView {
  const corpus = loadCorpus();
  const data = corpus.incidents.get(slug);
  const meta = corpus.frontmatter.get(slug);
  if (!data || !meta) throw new Error(`No incident with the slug "${slug}".`);
  const provider = corpus.providers.get(meta.provider);
  if (!provider) throw new Error(`Unknown provider "${meta.provider}" for "${slug}".`);
  const serviceNames = new Map(
    [...corpus.services.values()]
      .filter((s) => data.impact.some((span) => span.service === s.id))
      .map((s) => [s.id, s.name]),
  );
  const metrics = deriveMetrics(data.events, data.impact);
  return {
    slug,
    meta,
    data,
    metrics,
    provider,
    serviceNames,
    summaries: {
      timeline: timelineSummary(data.events, metrics),
      impact: impactSummary(data.impact, serviceNames),
    },
  };
}

/** Slugs of every incident, newest first, drafts left out unless asked for. */
export function incidentSlugs(options: { includeDrafts: boolean }): string[] {
  const corpus = loadCorpus();
  return [...corpus.frontmatter.entries()]
    .filter(([, meta]) => options.includeDrafts || !meta.draft)
    .map(([slug]) => slug)
    .sort()
    .reverse();
}
