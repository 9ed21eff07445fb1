import type { IncidentFrontmatter } from "./frontmatter.ts";
import { COPY_NOTE, isCopy } from "./sourceKinds.ts";

/**
 * The source line of an incident's charts: its first three publishers, each marked when
 * only a copy of its document could be cited.
 */
export function sourceLine(meta: IncidentFrontmatter): string {
  const names = meta.sources.map((s) =>
    isCopy(s.url) ? `${s.publisher} (${COPY_NOTE})` : s.publisher,
  );
  return [...new Set(names)].slice(0, 3).join("; ");
}

/**
 * The source line of a blast radius: who states its dependencies, by the publisher named in
 * the front matter where the incident lists that document, else by its host.
 */
export function dependencySourceLine(meta: IncidentFrontmatter, urls: readonly string[]): string {
  const names = urls.map(
    (url) =>
      meta.sources.find((s) => s.url === url)?.publisher ??
      new URL(url).hostname.replace(/^www\./, ""),
  );
  return [...new Set(names)].join("; ");
}

/** The source line of a chart drawn from every incident. */
export const CORPUS_SOURCE =
  "Outage Atlas data, from the post-mortems and reporting cited on each incident's page";
