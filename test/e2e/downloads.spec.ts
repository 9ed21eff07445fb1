import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../src/lib/csv.ts";
import { csvCellText } from "../../src/lib/csvWrite.ts";
import { DATA_FILES, sourcePath, type DataFileName } from "../../src/lib/dataFiles.ts";
import { pngSize } from "../../src/build/raster.ts";
import { oembedProblems } from "../helpers/oembed.ts";
import {
  chartsOnIncidentPages,
  chartsOnSitePages,
  corpus,
  DIST,
  ROOT,
  siteOrigin,
} from "./helpers.ts";

/** Every published data file under a slug: its slug, name and format. */
function publishedData(): Array<{ slug: string; file: DataFileName; format: string }> {
  const dir = join(DIST, "data");
  // The folder also holds the open dataset's corpus-wide files, beside the slugs' folders.
  const slugs = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return slugs
    .map((entry) => entry.name)
    .flatMap((slug) =>
      readdirSync(join(dir, slug)).map((name) => {
        const [file = "", format = ""] = name.split(".");
        return { slug, file: file as DataFileName, format };
      }),
    );
}

test("every chart of every incident page has an embed page and a valid oEmbed 1.0 description", async ({
  request,
}) => {
  const charts = chartsOnIncidentPages();
  expect(charts.length).toBeGreaterThanOrEqual(2 * 18);
  for (const { slug, chart } of charts) {
    const embed = await request.get(`/embed/${slug}/${chart}/`);
    expect(embed.ok(), `${slug}/${chart}`).toBe(true);
    expect(await embed.text()).toContain(`data-chart="${chart}" data-incident="${slug}"`);
    const response = await request.get(`/oembed/${slug}/${chart}.json`);
    expect(response.ok(), `${slug}/${chart}`).toBe(true);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembedProblems(oembed), `${slug}/${chart}`).toEqual([]);
    expect(oembed["provider_name"]).toBe("Outage Atlas");
    expect(oembed["html"]).toContain(`<iframe src="${siteOrigin()}/embed/${slug}/${chart}/"`);
    expect(oembed["html"]).toContain(`<script src="${siteOrigin()}/embed.js" async></script>`);
    expect(oembed["thumbnail_url"]).toBe(`${siteOrigin()}/og/${slug}.png`);
  }
});

test("every chart's SVG stands alone: well-formed, titled, sourced, every event named, no script", async ({
  page,
}) => {
  for (const { slug, chart } of [...chartsOnIncidentPages(), ...chartsOnSitePages()]) {
    const svg = `/download/${slug}/${chart}.svg`;
    // Opened on its own, as a reader's browser opens a downloaded file: no page, no CSP.
    const response = await page.goto(svg);
    expect(response?.headers()["content-type"], svg).toBe("image/svg+xml");
    const decoded = await page.evaluate(() => {
      const root = document.documentElement;
      return {
        root: root.localName,
        error: document.querySelector("parsererror")?.textContent ?? null,
        title: root.querySelector(":scope > title")?.textContent ?? "",
        texts: [...root.querySelectorAll("text")].map((t) => t.textContent ?? ""),
        titles: [...root.querySelectorAll("[data-event-id] > title")].map(
          (t) => t.textContent ?? "",
        ),
        unsafe: root.querySelectorAll("script, foreignObject").length,
        handlers: [...root.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
      };
    });
    expect(decoded.error, svg).toBeNull();
    expect(decoded.root, svg).toBe("svg");
    expect(decoded.title, svg).not.toBe("");
    expect(
      decoded.texts.some((t) => t.startsWith("Source: ")),
      svg,
    ).toBe(true);
    expect(decoded.unsafe, svg).toBe(0);
    expect(decoded.handlers, svg).toEqual([]);
    if (chart === "timeline") {
      const events = corpus().incidents.get(slug)!.events;
      for (const event of events)
        expect(
          decoded.titles.some((t) => t.endsWith(`: ${event.title}`)),
          `${svg} ${event.id}`,
        ).toBe(true);
    }
  }
});

test("the PNG button draws the chart's SVG at twice its size", async ({ page }) => {
  const slug = "2021-03-15-azure-ad";
  await page.goto(`/incidents/${slug}/`);
  const figure = page.locator('figure[data-chart="impact"]');
  await figure.getByText("Download", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", { name: "PNG image" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${slug}-impact.png`);
  const header = pngSize(readFileSync((await download.path())!));
  const svg = readFileSync(join(DIST, "download", slug, "impact.svg"), "utf8");
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  expect(header).toEqual({ width: width * 2, height: height * 2 });
});

test("every published CSV holds exactly the data rows of its source file, in the contract's columns", async ({
  request,
}) => {
  const csvs = publishedData().filter((d) => d.format === "csv");
  expect(csvs.map((d) => d.file)).toContain("updates");
  for (const { slug, file } of csvs) {
    const response = await request.get(`/data/${slug}/${file}.csv`);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const { columns } = DATA_FILES[file];
    const published = readCsv(file, await response.text(), columns);
    const path = sourcePath(slug, file);
    const source = readCsv(path, readFileSync(join(ROOT, path), "utf8"), columns);
    expect(published.problems, path).toEqual([]);
    expect(published.header).toEqual(Object.keys(DATA_FILES[file].schema.shape));
    const values = (table: typeof source, cell: (text: string) => string) =>
      table.records.map((record) =>
        published.header.map((column) => cell(record.values[column] ?? "")),
      );
    // A cell a spreadsheet would run as a formula is written with a leading quote mark.
    expect(
      values(published, (text) => text),
      path,
    ).toEqual(values(source, csvCellText));
  }
});

test("every published JSON holds one typed row per data row, times in UTC", async ({ request }) => {
  for (const { slug, file } of publishedData().filter((d) => d.format === "json")) {
    const rows = (await (await request.get(`/data/${slug}/${file}.json`)).json()) as Array<
      Record<string, unknown>
    >;
    const path = sourcePath(slug, file);
    const source = readCsv(path, readFileSync(join(ROOT, path), "utf8"), DATA_FILES[file].columns);
    expect(rows, path).toHaveLength(source.records.length);
    for (const row of rows) {
      for (const column of ["time", "start", "end"]) {
        const value = row[column];
        if (value !== undefined && value !== null)
          expect(value, path).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
      }
    }
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the download links under a chart are plain links that download the files", async ({
    page,
  }) => {
    const slug = "2021-03-15-azure-ad";
    await page.goto(`/incidents/${slug}/`);
    const figure = page.locator('figure[data-chart="timeline"]');
    await figure.getByText("Download", { exact: true }).click();
    const names: string[] = [];
    await expect(figure.getByRole("button", { name: "PNG image" })).toBeHidden();
    for (const name of ["SVG image", "events.csv", "events.json", "updates.csv"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        figure.getByRole("link", { name, exact: true }).click(),
      ]);
      names.push(download.suggestedFilename());
      const body = readFileSync((await download.path())!);
      expect(body.length, name).toBeGreaterThan(100);
    }
    expect(names).toEqual([
      `${slug}-timeline.svg`,
      `${slug}-events.csv`,
      `${slug}-events.json`,
      `${slug}-updates.csv`,
    ]);
  });
});
