import { incidentSlugs } from "./incidentView.ts";
import { publishedFiles } from "./dataFiles.ts";
import { SITE_WIDE } from "./urls.ts";

/** `getStaticPaths` entries for `/data/<slug>/<file>`: every file of every published slug. */
export function dataPaths(root: string = process.cwd()) {
  const slugs = [...incidentSlugs({ includeDrafts: import.meta.env.DEV }), SITE_WIDE];
  return slugs.flatMap((slug) =>
    publishedFiles(root, slug).map((file) => ({ params: { slug, file }, props: { file } })),
  );
}
