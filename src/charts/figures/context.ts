import type { Corpus } from "../../lib/corpus.ts";
import { COPY_NOTE, isCopy } from "../../lib/sourceKinds.ts";
import type { TableCell } from "../figure.ts";

/** What figures need beyond an incident's data. */
export interface FigureContext {
  /** The site's base path, for links in tables and marks, e.g. `/` or `/atlas/`. */
  base: string;
  /** Which data files exist, to offer beside each chart. */
  corpus: Pick<Corpus, "files">;
}

/** The host of a source URL, as a short link text: `azure.status.microsoft`. */
export const host = (url: string) => new URL(url).hostname.replace(/^www\./, "");

/**
 * A table cell linking to a source by its host, with its archived copy beside it; a source
 * that is itself a copy, with no original found, says so.
 */
export function sourceCell(url: string, archive?: string): TableCell {
  if (archive) return { text: host(url), href: url, archive };
  return isCopy(url)
    ? { text: host(url), href: url, note: COPY_NOTE }
    : { text: host(url), href: url };
}

/** A table cell showing a time in the reader's zone. */
export const timeCell = (ms: number, precision?: "minute" | "hour" | "day"): TableCell => ({
  text: "",
  time: precision ? { ms, precision } : { ms },
});

/** An incident page's path under the base path. */
export const incidentHref = (base: string, slug: string) => `${base}incidents/${slug}/`;
