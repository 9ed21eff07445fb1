/**
 * Astro's floor: a bare project with nothing but `astro`, `site`, `trailingSlash: "always"`
 * and one `src/pages/[n].astro` route of a heading and a paragraph, built for a given number
 * of pages with the same Node and Astro as the site. What any site of that many pages costs.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths.ts";
import { countPages, timedBuild } from "./timedBuild.ts";

export interface FloorResult {
  pages: number;
  seconds: number;
}

/** Builds the bare project for `pages` pages and times it. */
export function astroFloor(pages: number): FloorResult {
  const dir = mkdtempSync(join(tmpdir(), `atlas-floor-${pages}-`));
  try {
    writeFileSync(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
    writeFileSync(
      join(dir, "astro.config.mjs"),
      'import { defineConfig } from "astro/config";\n\nexport default defineConfig({ site: "http://localhost:4321", trailingSlash: "always" });\n',
    );
    mkdirSync(join(dir, "src", "pages"), { recursive: true });
    writeFileSync(
      join(dir, "src", "pages", "[n].astro"),
      `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---

<h1>Page {n}</h1>
<p>A paragraph of text on page {n}.</p>
`,
    );
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    const seconds = timedBuild(dir, `the bare Astro project of ${pages} pages`);
    return { pages: countPages(join(dir, "dist")), seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
