/**
 * The site's corpus as the build and the dev server see it: read once from the project
 * folder, drafts shown only by the dev server.
 */
import { incidentSlugs, viewOf, type IncidentView } from "../lib/incidentView.ts";
import type { Corpus } from "../lib/corpus.ts";
import { loadCorpus } from "./corpus.ts";

/** Drafts are shown by the dev server and left out of the build. */
export const INCLUDE_DRAFTS = import.meta.env.DEV;

/** The project's checked corpus. */
export function siteCorpus(): Corpus {
  return loadCorpus();
}

const slugsOf = new WeakMap<Corpus, string[]>();

/** Slugs of every published incident, newest first; listed once per corpus. */
export function publishedSlugs(): string[] {
  const corpus = siteCorpus();
  let slugs = slugsOf.get(corpus);
  if (!slugs) {
    slugs = incidentSlugs(corpus, { includeDrafts: INCLUDE_DRAFTS });
    slugsOf.set(corpus, slugs);
  }
  return slugs;
}

/** The view of one incident of the site. */
export function incidentView(slug: string): IncidentView {
  return viewOf(siteCorpus(), slug);
}

/** Every published incident's view, newest first. */
export function publishedViews(): IncidentView[] {
  return publishedSlugs().map(incidentView);
}
