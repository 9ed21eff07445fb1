import { publishedFiles } from "../lib/dataFiles.ts";
import { SITE_WIDE } from "../lib/urls.ts";
import { publishedSlugs, siteCorpus } from "./site.ts";

/** `getStaticPaths` entries for `/data/<slug>/<file>`: every file of every published slug. */
export function dataPaths() {
  const corpus = siteCorpus();
  return [...publishedSlugs(), SITE_WIDE].flatMap((slug) =>
    publishedFiles(corpus, slug).map((file) => ({ params: { slug, file }, props: { file } })),
  );
}
