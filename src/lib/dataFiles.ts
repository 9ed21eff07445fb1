import type { Corpus } from "./corpus.ts";
import {
  COLUMNS,
  dependencyRow,
  eventRow,
  impactRow,
  providerRow,
  serviceRow,
  updateRow,
} from "./schemas.ts";
import { SITE_WIDE } from "./urls.ts";

/**
 * The CSV files of `data/` that the site republishes at `/data/<slug>/<file>.csv` and `.json`:
 * an incident's own files under its slug, the shared registries under `all`.
 */
export const DATA_FILES = {
  events: { scope: "incident", schema: eventRow, columns: COLUMNS.events },
  impact: { scope: "incident", schema: impactRow, columns: COLUMNS.impact },
  updates: { scope: "incident", schema: updateRow, columns: COLUMNS.updates },
  providers: { scope: "site", schema: providerRow, columns: COLUMNS.providers },
  services: { scope: "site", schema: serviceRow, columns: COLUMNS.services },
  dependencies: { scope: "site", schema: dependencyRow, columns: COLUMNS.dependencies },
} as const;

export type DataFileName = keyof typeof DATA_FILES;

/**
 * The files behind each chart, by its `data-chart` name. A chart not listed here offers
 * every file of its incident, so a new chart has honest downloads from the start.
 */
export const CHART_FILES: Readonly<Record<string, readonly DataFileName[]>> = {
  timeline: ["events", "updates"],
  impact: ["impact"],
};

const NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** Where a data file lives in the project, e.g. `data/incidents/<slug>/events.csv`. */
export function sourcePath(slug: string, file: DataFileName): string {
  return DATA_FILES[file].scope === "site"
    ? `data/${file}.csv`
    : `data/incidents/${slug}/${file}.csv`;
}

/** The columns of a file in the order the data contract lists them. */
export function contractColumns(file: DataFileName): string[] {
  return Object.keys(DATA_FILES[file].schema.shape);
}

/** The files published under `slug` (an incident, or `all`): those that exist. */
export function publishedFiles(corpus: Pick<Corpus, "files">, slug: string): DataFileName[] {
  const scope = slug === SITE_WIDE ? "site" : "incident";
  return NAMES.filter(
    (file) => DATA_FILES[file].scope === scope && corpus.files.has(sourcePath(slug, file)),
  );
}

/** A data file offered under a chart: where it is published and what it is called. */
export interface ChartDataFile {
  /** The slug it is published under: the incident's, or `all` for shared files. */
  slug: string;
  file: DataFileName;
}

/** The data files to offer under one chart of `slug`, those that exist. */
export function filesForChart(
  corpus: Pick<Corpus, "files">,
  slug: string,
  chart: string,
): ChartDataFile[] {
  const own = publishedFiles(corpus, slug);
  const site = publishedFiles(corpus, SITE_WIDE);
  const declared = CHART_FILES[chart];
  if (!declared) return own.map((file) => ({ slug, file }));
  return declared.flatMap((file) => {
    if (own.includes(file)) return [{ slug, file }];
    if (site.includes(file)) return [{ slug: SITE_WIDE, file }];
    return [];
  });
}
