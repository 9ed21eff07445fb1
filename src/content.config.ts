import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { incidentFrontmatter } from "./lib/frontmatter.ts";

/** Incident narratives; their data lives in `data/incidents/<slug>/`. */
const incidents = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/incidents" }),
  schema: incidentFrontmatter,
});

export const collections = { incidents };
