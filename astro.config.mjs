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
    // Pages render while others are written and images are drawn on worker threads; with
    // sixteen pages under way the thread rendering them seldom waits for a write.
    concurrency: 16,
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
  // The Content-Security-Policy is the site's own, one for every page (src/build/csp.ts):
  // scripts only from files, never inlined, so it needs no hash computed per page.
  vite: {
    plugins: [animationStandIn()],
    build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) },
  },
});
