import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadCorpus } from "../build/corpus.ts";
import { pruneRasterCache, RASTER_CACHE, rasterizeAhead } from "../build/raster.ts";
import { timelinePreview } from "../charts/figures/timelineFigure.ts";
import { socialCardOf } from "../charts/render/socialCard.ts";
import { freshView, incidentSlugs } from "../lib/incidentView.ts";

/**
 * Starts drawing the social cards as the build starts, on worker threads, while the pages
 * are bundled; their route later finds each card drawn or being drawn (the rasterizer is
 * shared, src/build/raster.ts). A card made here is the one the route makes: the same card
 * function on the same checked corpus, given the drawing the timeline figure keeps for it
 * (its preview), made alone. Any failure is left to the route.
 */
function startSocialCards(root: string): void {
  try {
    const corpus = loadCorpus(root);
    const slugs = incidentSlugs(corpus, { includeDrafts: false });
    void rasterizeAhead(
      slugs.map((slug) => () => {
        const view = freshView(corpus, slug);
        return socialCardOf(view, timelinePreview(view));
      }),
      1,
      join(root, RASTER_CACHE),
    );
  } catch {
    // The og route reports it.
  }
}

/**
 * Keeps the cache of rasterized images to what the last build used: an image no chart of
 * this build asked for (an edited chart's old picture) is removed when the build is done.
 * Also starts the social cards early (above).
 */
export function rasterCache(): AstroIntegration {
  let started = new Date();
  let root = process.cwd();
  return {
    name: "outage-atlas:raster-cache",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:start": () => {
        started = new Date();
        startSocialCards(root);
      },
      "astro:build:done": ({ logger }) => {
        const removed = pruneRasterCache(started, join(root, RASTER_CACHE));
        if (removed > 0) logger.info(`Removed ${removed} unused images from the raster cache.`);
      },
    },
  };
}
