import { blastRadius, citedSources, type BlastRadius } from "./blastRadius.ts";
import { impairedOverTime, type ConcurrencyStep } from "./concurrency.ts";
import { UNKNOWN_PROVIDER, type Corpus, type IncidentData } from "./corpus.ts";
import { formatUtc } from "./format.ts";
import type { IncidentFrontmatter } from "./frontmatter.ts";
import { deriveMetrics, type IncidentMetrics } from "./metrics.ts";
import type { ProviderRow } from "./schemas.ts";
import {
  blastRadiusSummary,
  concurrencySummary,
  impactSummary,
  timelineSummary,
} from "./summaries.ts";

/** Everything an incident page, embed or download needs, derived once from the corpus. */
export interface IncidentView {
  slug: string;
  meta: IncidentFrontmatter;
  data: IncidentData;
  metrics: IncidentMetrics;
  provider: ProviderRow;
  /** A short name for lists and lanes: "Microsoft, 28 Sep 2020". */
  label: string;
  /** When the incident sits on a calendar: impact start, else the date in its slug. */
  anchor: number;
  /** Display names of the services this incident touches or its blast radius names. */
  serviceNames: Map<string, string>;
  /** How many services were impaired over time. */
  concurrency: ConcurrencyStep[];
  /** The services that failed because another did, as this incident's sources document. */
  blast: BlastRadius;
  summaries: { timeline: string; impact: string; concurrency: string; blastRadius: string };
  /** Charts (and `key-figures`) the editor placed in the narrative with an MDX component. */
  placedInText: Set<string>;
}

/** MDX tags that place a chart, and the chart each one places. */
const PLACING_TAGS: Record<string, string> = {
  Timeline: "timeline",
  ImpactChart: "impact",
  KeyFigures: "key-figures",
  BlastRadius: "blast-radius",
};

const views = new WeakMap<Corpus, Map<string, IncidentView>>();

/**
 * The view of one incident of a checked corpus; the slug must exist in it. Built once per
 * corpus: the page, its embeds and its downloads share it, and an edited corpus (a new
 * object) gets new views.
 */
export function viewOf(corpus: Corpus, slug: string): IncidentView {
  let byCorpus = views.get(corpus);
  if (!byCorpus) {
    byCorpus = new Map();
    views.set(corpus, byCorpus);
  }
  let view = byCorpus.get(slug);
  if (!view) {
    view = buildView(corpus, slug);
    byCorpus.set(slug, view);
  }
  return view;
}

/**
 * The view of one incident, built anew and kept nowhere: for work done once before the
 * pages render (the social cards started early), which must not hold every view twice.
 */
export function freshView(corpus: Corpus, slug: string): IncidentView {
  return buildView(corpus, slug);
}

function buildView(corpus: Corpus, slug: string): IncidentView {
  const data = corpus.incidents.get(slug);
  const meta = corpus.frontmatter.get(slug);
  if (!data || !meta) throw new Error(`No incident with the slug "${slug}".`);
  const provider =
    meta.provider === UNKNOWN_PROVIDER
      ? { id: UNKNOWN_PROVIDER, name: "Provider not yet established", url: "", line: 0 }
      : corpus.providers.get(meta.provider);
  if (!provider) throw new Error(`Unknown provider "${meta.provider}" for "${slug}".`);
  const metrics = deriveMetrics(data.events, data.impact);
  const blast = blastRadius({
    impact: data.impact,
    dependencies: corpus.dependencies,
    cited: citedSources(meta, data),
  });
  const touched = new Set([
    ...data.impact.map((span) => span.service),
    ...blast.nodes.map((n) => n.service),
  ]);
  const serviceNames = new Map(
    [...corpus.services.values()].filter((s) => touched.has(s.id)).map((s) => [s.id, s.name]),
  );
  const concurrency = impairedOverTime(data.impact);
  const anchor = metrics.impactStart ?? Date.parse(`${slug.slice(0, 10)}T00:00Z`);
  return {
    slug,
    meta,
    data,
    metrics,
    provider,
    label: `${provider.name}, ${formatUtc(anchor, "day")}`,
    anchor,
    serviceNames,
    concurrency,
    blast,
    placedInText: new Set(
      [...(corpus.texts.get(slug) ?? "").matchAll(/<([A-Z][A-Za-z]*)\b/g)]
        .map((match) => PLACING_TAGS[match[1] ?? ""])
        .filter((name): name is string => name !== undefined),
    ),
    summaries: {
      timeline: timelineSummary(data.events, metrics),
      impact: impactSummary(data.impact, serviceNames),
      concurrency: concurrencySummary(concurrency),
      blastRadius: blastRadiusSummary(blast, serviceNames),
    },
  };
}

/** Slugs of a corpus's incidents, newest first, drafts left out unless asked for. */
export function incidentSlugs(corpus: Corpus, options: { includeDrafts: boolean }): string[] {
  return [...corpus.frontmatter.entries()]
    .filter(([, meta]) => options.includeDrafts || !meta.draft)
    .map(([slug]) => slug)
    .sort()
    .reverse();
}
