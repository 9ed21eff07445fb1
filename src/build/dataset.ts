import { datasetTables } from "../lib/dataset/tables.ts";
import { dataPackage } from "../lib/dataset/package.ts";
import type { DatasetTable } from "../lib/dataset/tableSchema.ts";
import { incidentSlugs } from "../lib/incidentView.ts";
import { loadCorpus } from "./corpus.ts";
import { absoluteUrl } from "../lib/urls.ts";
import { readRelease } from "./release.ts";

/** The open dataset of the site: its tables and package descriptor, built once per build. */
export interface SiteDataset {
  tables: DatasetTable[];
  descriptor: ReturnType<typeof dataPackage>;
}

let built: { key: unknown; dataset: SiteDataset } | undefined;

/** The dataset of the published incidents, for pages under `/data/`. */
export function siteDataset(site: URL | undefined, base: string): SiteDataset {
  const root = process.cwd();
  const corpus = loadCorpus(root);
  // The corpus object changes when an editor saves; the dev server then rebuilds the tables.
  if (built?.key === corpus) return built.dataset;
  const url = (path: string) => absoluteUrl(site, base, path);
  const tables = datasetTables({
    corpus,
    slugs: [...incidentSlugs(corpus, { includeDrafts: false })].sort(),
    pageUrl: (slug) => url(`incidents/${slug}/`),
  });
  const dataset = { tables, descriptor: dataPackage(tables, readRelease(root), url("data/")) };
  built = { key: corpus, dataset };
  return dataset;
}
