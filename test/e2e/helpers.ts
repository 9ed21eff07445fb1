import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { loadCorpus } from "../../src/build/corpus.ts";

export const ROOT = join(import.meta.dirname, "..", "..");

/** The real corpus, as the build saw it. */
export const corpus = () => loadCorpus(ROOT);

/** Collects uncaught errors and console errors while a page is used. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Runs axe on the page and expects no violations, listing any it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

export const DIST = join(ROOT, "dist");

/** Every chart on every built incident page, as the page shows it: its slug and chart name. */
export function chartsOnIncidentPages(): Array<{ slug: string; chart: string }> {
  const dir = join(DIST, "incidents");
  return readdirSync(dir).flatMap((slug) => {
    const html = readFileSync(join(dir, slug, "index.html"), "utf8");
    const { document } = parseHTML(html);
    return [...document.querySelectorAll("figure[data-chart]")].map((figure) => ({
      slug,
      chart: figure.getAttribute("data-chart") ?? "",
    }));
  });
}

/** Every site-wide chart (home, compare), as `all/<chart>`. */
export function chartsOnSitePages(): Array<{ slug: string; chart: string }> {
  return ["index.html", "compare/index.html"].flatMap((page) => {
    const { document } = parseHTML(readFileSync(join(DIST, page), "utf8"));
    return [...document.querySelectorAll('figure[data-chart][data-incident="all"]')].map(
      (figure) => ({
        slug: "all",
        chart: figure.getAttribute("data-chart") ?? "",
      }),
    );
  });
}

/** The origin the built site believes it lives at (astro.config.mjs `site`). */
export function siteOrigin(): string {
  const oembed = readdirSync(join(DIST, "oembed"))[0] ?? "";
  const file = readdirSync(join(DIST, "oembed", oembed))[0] ?? "";
  const json = JSON.parse(readFileSync(join(DIST, "oembed", oembed, file), "utf8")) as {
    provider_url: string;
  };
  return new URL(json.provider_url).origin;
}
