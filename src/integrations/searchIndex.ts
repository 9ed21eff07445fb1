import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Indexes the built pages with Pagefind after every build, so search works from plain files
 * on any static host. Only incident articles (marked `data-pagefind-body`) are indexed, so only their pages are read.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "outage-atlas:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const path = fileURLToPath(dir);
        // Only incident pages carry an indexed body; embeds and other pages need not be read.
        const added = await index.addDirectory({ path, glob: "incidents/**/*.html" });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join("; ")}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await pagefind.close();
      },
    },
  };
}
