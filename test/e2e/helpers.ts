import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { join } from "node:path";
import { loadCorpus } from "../../src/lib/corpus.ts";

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
