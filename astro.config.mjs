// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { corpusCheck } from "./src/integrations/corpusCheck.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";
import { rasterCache } from "./src/integrations/rasterCache.ts";
import { animationStandIn } from "./src/integrations/animationStandIn.ts";

// SITE_URL and BASE_PATH let the built files live on any host and in any sub-folder.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  build: {
    // Stylesheets as files: cached across pages, and allowed by a strict style-src policy.
    inlineStylesheets: "never",
    // Pages render while others are written and images are drawn on worker threads.
    concurrency: 4,
  },
  // Kept inside the project (not node_modules) so copies of the project never share a cache.
  cacheDir: "./.cache/astro",
  integrations: [
    corpusCheck(),
    mdx(),
    // Tools and frames are for people who are sent there, not for search engines.
    sitemap({ filter: (page) => !/\/(gallery|embed|search)\//.test(page) }),
    searchIndex(),
    rasterCache(),
  ],
  devToolbar: { enabled: false },
  // Stylesheets and scripts are hash-checked; no style attribute is needed anywhere.
  security: { csp: true },
  vite: { plugins: [animationStandIn()] },
});
