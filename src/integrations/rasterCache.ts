import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { pruneRasterCache, RASTER_CACHE } from "../build/raster.ts";

/**
 * Keeps the cache of rasterized images to what the last build used: an image no chart of
 * this build asked for (an edited chart's old picture) is removed when the build is done.
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
      },
      "astro:build:done": ({ logger }) => {
        const removed = pruneRasterCache(started, join(root, RASTER_CACHE));
        if (removed > 0) logger.info(`Removed ${removed} unused images from the raster cache.`);
      },
    },
  };
}
