import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { pngSize } from "../../src/build/raster.ts";
import { readCsv } from "../../src/lib/csv.ts";
import { csvCellText } from "../../src/lib/csvWrite.ts";
import { COLUMNS } from "../../src/lib/schemas.ts";
import { PAYLOAD_SLUG as SLUG, PAYLOAD_TITLE, PAYLOADS, payloadBuild } from "../helpers/builds.ts";

let dist = "";
beforeAll(() => {
  dist = join(payloadBuild(), "dist");
}, 300_000);
const read = (path: string) => readFileSync(join(dist, path), "utf8");
const html = (path: string) => parseHTML(read(path)).document;
const xml = new XMLParser({
  ignoreAttributes: false,
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => name === "item",
});

/** Script a page would run: any element or attribute a payload could have become. */
function injected(document: Document): string[] {
  const found = [...document.querySelectorAll('script:not([type="application/ld+json"])')]
    .filter((script) => (script.textContent ?? "").includes("__xss"))
    .map(() => "script");
  for (const element of document.querySelectorAll("*"))
    for (const { name } of element.attributes)
      if (/^on/i.test(name)) found.push(`${element.localName}[${name}]`);
  return found;
}

describe("a title or detail with &, <, ]]> or a formula", () => {
  it("builds, and the incident page shows every payload as text and runs none", () => {
    const document = html(`incidents/${SLUG}/index.html`);
    expect(document.querySelector("h1")?.textContent).toBe(PAYLOAD_TITLE);
    const titles = [...document.querySelectorAll('figure[data-chart="timeline"] tbody strong')].map(
      (el) => el.textContent,
    );
    for (const payload of PAYLOADS) expect(titles).toContain(payload);
    const marks = [...document.querySelectorAll("[data-event-id]")].map((el) =>
      el.getAttribute("data-title"),
    );
    for (const payload of PAYLOADS) expect(marks).toContain(payload);
    expect(injected(document)).toEqual([]);
    // Structured data holds the title as data: parsed back, exactly the title.
    const jsonLd = document.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
    expect(jsonLd).not.toContain("</script");
    expect((JSON.parse(jsonLd) as { headline: string }).headline).toBe(PAYLOAD_TITLE);
  });

  it("shows them as text in the embed page too", () => {
    const document = html(`embed/${SLUG}/timeline/index.html`);
    expect(document.querySelector(".embed__kicker")?.textContent).toBe(PAYLOAD_TITLE);
    expect(injected(document)).toEqual([]);
  });

  it("keeps the standalone SVG well-formed, naming every event literally", () => {
    const file = read(`download/${SLUG}/timeline.svg`);
    expect(XMLValidator.validate(file)).toBe(true);
    const svg = JSON.stringify(xml.parse(file));
    for (const payload of PAYLOADS)
      expect(svg).toContain(JSON.stringify(`: ${payload}`).slice(1, -1));
    expect(file).not.toMatch(/<script|<foreignObject/i);
  });

  it("draws the social card", () => {
    expect(pngSize(readFileSync(join(dist, `og/${SLUG}.png`)))).toEqual({
      width: 1200,
      height: 630,
    });
  });

  it("writes CSV cells as the editor wrote them, a formula with a leading quote mark", () => {
    const table = readCsv("events.csv", read(`data/${SLUG}/events.csv`), COLUMNS.events);
    const titles = table.records.map((record) => record.values["title"]);
    for (const payload of PAYLOADS) expect(titles).toContain(csvCellText(payload));
    expect(titles).toContain("'=1+1");
  });

  it("keeps the exact text in JSON", () => {
    const rows = JSON.parse(read(`data/${SLUG}/events.json`)) as Array<Record<string, string>>;
    for (const payload of PAYLOADS) expect(rows.map((row) => row["title"])).toContain(payload);
  });

  it("names the story exactly in oEmbed, and its snippet runs nothing but embed.js", () => {
    const oembed = JSON.parse(read(`oembed/${SLUG}/timeline.json`)) as {
      title: string;
      html: string;
    };
    expect(oembed.title).toBe(`Timeline · ${PAYLOAD_TITLE}`);
    const { document } = parseHTML(`<!doctype html><html><body>${oembed.html}</body></html>`);
    expect(document.querySelector("iframe")?.getAttribute("title")).toBe(
      `Timeline · ${PAYLOAD_TITLE}`,
    );
    expect([...document.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([
      expect.stringMatching(/\/embed\.js$/),
    ]);
  });

  it("lists every published incident in the RSS feed, each title exactly the incident's", () => {
    const feed = read("rss.xml");
    expect(XMLValidator.validate(feed)).toBe(true);
    const items = (
      xml.parse(feed) as { rss: { channel: { item: Array<{ title: string; link: string }> } } }
    ).rss.channel.item;
    const published = readFileSync(join(dist, "..", "content", "incidents", `${SLUG}.mdx`), "utf8");
    expect(published).toContain("title:");
    const pages = [...read("sitemap-0.xml").matchAll(/\/incidents\/([^/]+)\//g)].map((m) => m[1]);
    expect(items.map((item) => /\/incidents\/([^/]+)\//.exec(item.link)?.[1]).sort()).toEqual(
      [...new Set(pages)].sort(),
    );
    expect(items.find((item) => item.link.includes(SLUG))?.title).toBe(PAYLOAD_TITLE);
    for (const item of items) {
      const slug = /\/incidents\/([^/]+)\//.exec(item.link)?.[1] ?? "";
      expect(item.title).toBe(
        html(`incidents/${slug}/index.html`).querySelector("h1")?.textContent,
      );
    }
  });
});
