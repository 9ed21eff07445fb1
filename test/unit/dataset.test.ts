import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readRelease } from "../../src/build/release.ts";
import { checkCorpusAt as checkCorpus, loadCorpus } from "../../src/build/corpus.ts";
import type { Corpus } from "../../src/lib/corpus.ts";
import { tableCsv, tableJson } from "../../src/lib/dataset/files.ts";
import { DATASET_TABLES } from "../../src/lib/dataset/names.ts";
import { dataPackage } from "../../src/lib/dataset/package.ts";
import { datasetTables } from "../../src/lib/dataset/tables.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const HOME = "https://atlas.example/";

const published = (corpus: Corpus) =>
  [...corpus.frontmatter.entries()]
    .filter(([, meta]) => !meta.draft)
    .map(([slug]) => slug)
    .sort();

/** The dataset of a corpus written to a folder as the site publishes it. */
function writeDataset(corpus: Corpus) {
  const slugs = published(corpus);
  const tables = datasetTables({ corpus, slugs, pageUrl: (s) => `${HOME}incidents/${s}/` });
  const descriptor = dataPackage(tables, readRelease(ROOT), `${HOME}data/`);
  const dir = mkdtempSync(join(tmpdir(), "atlas-dataset-"));
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(descriptor));
  for (const table of tables) writeFileSync(join(dir, `${table.name}.csv`), tableCsv(table));
  return { dir, tables, descriptor, slugs };
}

describe("the open dataset of the atlas", () => {
  const corpus = loadCorpus(ROOT);
  const { dir, tables, descriptor, slugs } = writeDataset(corpus);

  it("is a valid tabular data package, every resource a CSV table with its schema", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.resources.map((r) => r.name)).toEqual([...DATASET_TABLES]);
    for (const resource of descriptor.resources) {
      expect(resource).toMatchObject({
        profile: "tabular-data-resource",
        path: `${resource.name}.csv`,
      });
    }
  });

  it("reads every resource against its schema, foreign keys included", async () => {
    const pkg = await Package.load(join(dir, "datapackage.json"), { basePath: dir });
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, relations: true });
      const table = tables.find((t) => t.name === resource.name);
      expect(rows.length, resource.name).toBe(table?.rows.length);
    }
  });

  it("would catch a row whose service is missing from the services table", async () => {
    const broken = writeDataset(corpus).dir;
    const services = join(broken, "services.csv");
    const [header, first, ...rest] = readFileSync(services, "utf8").split("\r\n");
    expect(first).toBeTruthy();
    writeFileSync(services, [header, ...rest].join("\r\n"));
    const pkg = await Package.load(join(broken, "datapackage.json"), { basePath: broken });
    const impact = pkg.getResource("impact");
    const dependencies = pkg.getResource("dependencies");
    const reads = [impact, dependencies].map((r) => r.read({ relations: true }).then(() => "read"));
    const results = await Promise.allSettled(reads);
    expect(results.some((r) => r.status === "rejected")).toBe(true);
  });

  it("holds exactly the rows of the published incidents' files", () => {
    const count = (table: string) => tables.find((t) => t.name === table)?.rows.length;
    const sum = (pick: (slug: string) => number) => slugs.reduce((n, s) => n + pick(s), 0);
    const files = (slug: string) => corpus.incidents.get(slug)!;
    expect(count("incidents")).toBe(slugs.length);
    expect(count("events")).toBe(sum((s) => files(s).events.length));
    expect(count("impact")).toBe(sum((s) => files(s).impact.length));
    expect(count("updates")).toBe(sum((s) => files(s).updates.length));
    expect(count("providers")).toBe(corpus.providers.size);
    expect(count("services")).toBe(corpus.services.size);
    expect(count("dependencies")).toBe(corpus.dependencies.length);
  });

  it("writes every date and time in UTC to the second, with Z", () => {
    for (const table of tables) {
      const times = table.schema.fields.filter((f) => f.type === "datetime").map((f) => f.name);
      for (const row of tableJson(table))
        for (const name of times) {
          const value = row[name];
          if (value !== null) expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        }
    }
  });

  it("gives each incident the key figures its page shows, in minutes", () => {
    const incidents = tables.find((t) => t.name === "incidents")!;
    const azure = incidents.rows.find((r) => r["slug"] === "2021-03-15-azure-ad");
    expect(azure).toMatchObject({
      impact_start: "2021-03-15T19:00:00Z",
      time_to_mitigate_minutes: 125,
      time_to_resolve_minutes: 877,
      time_to_detect_minutes: null,
      url: `${HOME}incidents/2021-03-15-azure-ad/`,
    });
  });

  it("dates the package by its release in CITATION.cff, never by the build's clock", () => {
    const cff = parse(readFileSync(join(ROOT, "CITATION.cff"), "utf8")) as Record<string, unknown>;
    for (const key of ["cff-version", "message", "title", "authors", "version", "date-released"])
      expect(cff[key], key).toBeTruthy();
    expect(descriptor.version).toBe(cff["version"]);
    expect(descriptor.created).toBe(`${String(cff["date-released"])}T00:00:00Z`);
    expect(descriptor.licenses[0]?.name).toBe("CC-BY-4.0");
  });

  it("says on the updates table that quoted texts remain their publishers'", () => {
    const updates = descriptor.resources.find((r) => r.name === "updates");
    expect(updates?.description).toMatch(/remain theirs/);
  });
});

describe("the open dataset of a corpus with a draft and a formula in its text", () => {
  const root = fixtureCorpus();
  const mdx = join(root, "content", "incidents", "2020-01-01-synthetic.mdx");
  writeFileSync(mdx, readFileSync(mdx, "utf8").replace(/^title: .*$/m, 'title: "=HYPERLINK(1)"'));
  const events = join(root, "data", "incidents", "2020-01-01-synthetic", "events.csv");
  writeFileSync(events, readFileSync(events, "utf8").replace("Rollback runs", '"-1+2, & <b>"'));
  const { corpus } = checkCorpus(root);

  it("neutralises formulas in the CSV and keeps the JSON exact", () => {
    const tables = datasetTables({ corpus, slugs: published(corpus), pageUrl: (s) => s });
    const incidents = tables.find((t) => t.name === "incidents")!;
    expect(tableCsv(incidents)).toContain(`"'=HYPERLINK(1)"`);
    expect(tableJson(incidents)[0]?.["title"]).toBe("=HYPERLINK(1)");
    const rows = tableJson(tables.find((t) => t.name === "events")!);
    expect(rows.map((r) => r["title"])).toContain("-1+2, & <b>");
  });

  it("leaves drafts out", () => {
    writeFileSync(
      mdx,
      readFileSync(mdx, "utf8").replace(/^cause: (.*)$/m, "cause: $1\ndraft: true"),
    );
    const withDraft = checkCorpus(root).corpus;
    const tables = datasetTables({
      corpus: withDraft,
      slugs: published(withDraft),
      pageUrl: (s) => s,
    });
    for (const name of ["incidents", "events", "impact", "updates"])
      expect(tables.find((t) => t.name === name)?.rows, name).toEqual([]);
  });
});
