// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { corpusCheck } from "./src/integrations/corpusCheck.ts";
import { animationStandIn } from "./src/integrations/animationStandIn.ts";

// SITE_URL and BASE_PATH let the built files live on any host and in any sub-folder.
export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  integrations: [corpusCheck(), mdx()],
  devToolbar: { enabled: false },
  vite: { plugins: [animationStandIn()] },
});
