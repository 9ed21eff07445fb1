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

/** Slugs of every published incident, newest first. */
export function publishedSlugs(): string[] {
  return incidentSlugs(siteCorpus(), { includeDrafts: INCLUDE_DRAFTS });
}

/** The view of one incident of the site. */
export function incidentView(slug: string): IncidentView {
  return viewOf(siteCorpus(), slug);
}

/** Every published incident's view, newest first. */
export function publishedViews(): IncidentView[] {
  return publishedSlugs().map(incidentView);
}
