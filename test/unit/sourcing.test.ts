/**
 * The atlas cites original publishers. These checks hold the published corpus to it: copies
 * only where no original exists, and never in the two Azure AD stories the atlas began with.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/build/corpus.ts";
import { isCopy, isNotOriginal } from "../../src/lib/sourceKinds.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const corpus = loadCorpus(ROOT);
const published = [...corpus.frontmatter.entries()].filter(([, m]) => !m.draft).map(([s]) => s);

/** Every data row of an incident with the address it cites. */
function citations(slug: string): Array<{ row: string; url: string }> {
  const data = corpus.incidents.get(slug)!;
  return [
    ...data.events.map((e) => ({ row: `events.csv:${e.line}`, url: e.source })),
    ...data.impact.map((s) => ({ row: `impact.csv:${s.line}`, url: s.source })),
    ...data.updates.map((u) => ({ row: `updates.csv:${u.line}`, url: u.url })),
  ];
}

const secondHand = (url: string) => isCopy(url) || isNotOriginal(url);

describe("sources", () => {
  it("cites a copy, mirror, aggregator or content farm in at most 5% of all data rows", () => {
    const rows = published.flatMap(citations);
    const copies = rows.filter((r) => secondHand(r.url));
    expect(rows.length).toBeGreaterThan(0);
    expect(copies.length / rows.length).toBeLessThanOrEqual(0.05);
  });

  it.each(["2020-09-28-azure-ad", "2021-03-15-azure-ad"])("cites only originals in %s", (slug) => {
    const copies = citations(slug).filter((r) => secondHand(r.url));
    expect(copies).toEqual([]);
    const sources = corpus.frontmatter.get(slug)!.sources.filter((s) => secondHand(s.url));
    expect(sources).toEqual([]);
  });

  it("keeps copies of reports in archive, never in place of the original", () => {
    for (const slug of published)
      for (const source of corpus.frontmatter.get(slug)!.sources)
        if (source.archive) expect(source.url, slug).not.toBe(source.archive);
  });
});

describe("reader-facing text", () => {
  it("never speaks of the research notes behind it", () => {
    const files = execFileSync("git", ["ls-files", "content", "data", "src"], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .split("\n")
      .filter(Boolean);
    const mentions = files.filter((file) =>
      /fact sheet/i.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(mentions).toEqual([]);
  });
});
