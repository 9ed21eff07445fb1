import { loadCorpus, UNKNOWN_PROVIDER, type IncidentData } from "./corpus.ts";
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
  /** Charts (and `key-figures`) the editor placed in the narrative with an MDX component. */
  placedInText: Set<string>;
}

/** MDX tags that place a chart, and the chart each one places. */
const PLACING_TAGS: Record<string, string> = {
  Timeline: "timeline",
  ImpactChart: "impact",
  KeyFigures: "key-figures",
};

/** Builds the view of one incident; the slug must exist in the checked corpus under `root`. */
export function incidentView(slug: string, root?: string): IncidentView {
  const corpus = loadCorpus(root);
  const data = corpus.incidents.get(slug);
  const meta = corpus.frontmatter.get(slug);
  if (!data || !meta) throw new Error(`No incident with the slug "${slug}".`);
  const provider =
    meta.provider === UNKNOWN_PROVIDER
      ? { id: UNKNOWN_PROVIDER, name: "Provider not yet established", url: "", line: 0 }
      : corpus.providers.get(meta.provider);
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
    placedInText: new Set(
      [...(corpus.texts.get(slug) ?? "").matchAll(/<([A-Z][A-Za-z]*)\b/g)]
        .map((match) => PLACING_TAGS[match[1] ?? ""])
        .filter((name): name is string => name !== undefined),
    ),
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
