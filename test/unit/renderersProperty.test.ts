/**
 * Any text an editor writes reaches every output literally: sent through each renderer
 * in-process (figure model → page chart and labels, embed snippet, standalone SVG, social
 * card, CSV, JSON, oEmbed, RSS), with no build per sample.
 */
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { impactFigure } from "../../src/charts/figures/impactFigure.ts";
import { timelineFigure } from "../../src/charts/figures/timelineFigure.ts";
import { chartBodyHtml } from "../../src/charts/render/chartSvg.ts";
import { socialCardSvg } from "../../src/charts/render/socialCard.ts";
import { standaloneDocument, standaloneSvg } from "../../src/charts/render/standalone.ts";
import { checkCorpus } from "../../src/lib/corpus.ts";
import { readCsv } from "../../src/lib/csv.ts";
import { csvCellText } from "../../src/lib/csvWrite.ts";
import { dataCsv, dataJson } from "../../src/lib/dataExport.ts";
import { COLUMNS } from "../../src/lib/schemas.ts";
import { embedSnippet } from "../../src/lib/embedSnippet.ts";
import { viewOf } from "../../src/lib/incidentView.ts";
import { oembedRich } from "../../src/lib/oembed.ts";
import { rssDocument } from "../../src/lib/rss.ts";
import { toXml } from "../../src/lib/serialize.ts";
import { memoryTree } from "../helpers/memoryTree.ts";

const SLUG = "2020-01-01-synthetic";
const SOURCE = "https://example.com/synthetic-post-mortem";

/** Characters XML can hold: what any output format can carry literally. */
const XML_SAFE = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Text that tries every way of breaking out: markup, entities, CDATA ends, formulas, astral. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "&",
        "&amp;",
        "<",
        ">",
        '"',
        "'",
        "]]>",
        "</svg>",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "=1+1",
        "+",
        "-",
        "@",
        "\t",
        "\n",
        "\r\n",
        "𝒳",
        "😀",
        " ",
      ),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(""))
  .filter((text) => XML_SAFE.test(text) && text.trim().length > 0 && [...text].length <= 100);

const csv = (rows: string[][]) => Papa.unparse(rows, { newline: "\n" }) + "\n";
const yaml = (text: string) => JSON.stringify(text);

/** A one-incident project with `text` in every free-text field, checked in memory. */
function corpusWith(text: string) {
  const files = {
    "data/providers.csv": csv([
      ["id", "name", "url"],
      ["example", "Example Cloud", "https://example.com/"],
    ]),
    "data/services.csv": csv([
      ["id", "name", "provider", "category"],
      ["sign-in", text, "example", "identity"],
    ]),
    [`data/incidents/${SLUG}/events.csv`]: csv([
      [
        "id",
        "time",
        "end",
        "precision",
        "phase",
        "title",
        "detail",
        "milestone",
        "label",
        "source",
      ],
      [
        "begins",
        "2020-01-01T10:05Z",
        "",
        "minute",
        "impact",
        text,
        text,
        "impact-start",
        "",
        SOURCE,
      ],
      [
        "ends",
        "2020-01-01T11:05Z",
        "",
        "minute",
        "resolved",
        "Ends & recovers",
        "",
        "resolved",
        "",
        SOURCE,
      ],
    ]),
    [`data/incidents/${SLUG}/impact.csv`]: csv([
      ["service", "region", "start", "end", "severity", "note", "source"],
      ["sign-in", "global", "2020-01-01T10:05Z", "2020-01-01T11:05Z", "outage", text, SOURCE],
    ]),
    [`content/incidents/${SLUG}.mdx`]: `---\ntitle: ${yaml(text)}\ndek: ${yaml(text)}\nprovider: example\ncause: software\nsources:\n  - title: ${yaml(text)}\n    url: "${SOURCE}"\n    publisher: ${yaml(text)}\n    date: 2020-01-02\n---\n\nSynthetic.\n`,
  };
  const { corpus, problems } = checkCorpus(memoryTree(files));
  expect(problems).toEqual([]);
  return { corpus, files };
}

const xml = new XMLParser({
  htmlEntities: true,
  ignoreAttributes: false,
  processEntities: true,
  trimValues: false,
  parseTagValue: false,
});

/** Every element and attribute name in a parsed XML document. */
function namesIn(node: unknown): string[] {
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => [
    key.replace(/^@_/, ""),
    ...(Array.isArray(value) ? value.flatMap(namesIn) : namesIn(value)),
  ]);
}
const unsafe = /^(script|foreignObject|on.*)$/i;

describe("any text, through every renderer", () => {
  it("arrives literally in every output", () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const { corpus, files } = corpusWith(text);
        const view = viewOf(corpus, SLUG);
        const event = view.data.events.find((e) => e.id === "begins")!;
        const title = event.title; // as the data holds it: trimmed
        const context = { base: "/", corpus };
        const timeline = timelineFigure(view, context);
        const impact = impactFigure(view, context);

        // Page and embed: the chart's SVG and labels.
        const { document } = parseHTML(
          `<!doctype html><html><body>${chartBodyHtml(timeline)}</body></html>`,
        );
        const mark = document.querySelector('[data-event-id="begins"]')!;
        expect(mark.getAttribute("data-title")).toBe(title);
        expect(mark.querySelector("title")?.textContent).toContain(`: ${title}`);
        expect(mark.querySelector("desc")?.textContent).toBe(event.detail);
        expect(document.querySelector('[data-event-id="ends"] title')?.textContent).toContain(
          ": Ends & recovers",
        );
        const page = parseHTML(`<!doctype html><html><body>${chartBodyHtml(impact)}</body></html>`);
        expect(page.document.querySelectorAll("script, img").length).toBe(0);

        // Standalone SVG and social card: well-formed XML holding the text.
        for (const figure of [timeline, impact]) {
          const file = standaloneDocument(standaloneSvg(figure, "Outage Atlas"));
          expect(XMLValidator.validate(file)).toBe(true);
          expect(namesIn(xml.parse(file)).filter((name) => unsafe.test(name))).toEqual([]);
        }
        const svg = xml.parse(standaloneDocument(standaloneSvg(timeline, "Outage Atlas")));
        expect(JSON.stringify(svg)).toContain(JSON.stringify(`: ${title}`).slice(1, -1));
        const card = toXml(
          socialCardSvg({ title: view.meta.title, kicker: "Example", figures: "", timeline }),
        );
        expect(XMLValidator.validate(card)).toBe(true);

        // CSV: every value as written, a formula with papaparse's leading quote.
        const exported = readCsv(
          "events.csv",
          dataCsv(SLUG, "events", files[`data/incidents/${SLUG}/events.csv`]!),
          COLUMNS.events,
        );
        const source = readCsv(
          "events.csv",
          files[`data/incidents/${SLUG}/events.csv`]!,
          COLUMNS.events,
        );
        expect(exported.records.map((r) => r.values["title"])).toEqual(
          source.records.map((r) => csvCellText(r.values["title"] ?? "")),
        );

        // JSON: the exact text.
        const json = JSON.parse(JSON.stringify(dataJson(corpus, SLUG, "events"))) as Array<
          Record<string, string>
        >;
        expect(json[0]?.["title"]).toBe(title);
        expect(json[0]?.["detail"]).toBe(event.detail);

        // oEmbed: a snippet whose iframe title is the text.
        const snippet = embedSnippet({
          src: "https://example.org/embed/x/timeline/",
          title: view.meta.title,
          height: 400,
          script: "https://example.org/embed.js",
        });
        const oembed = JSON.parse(
          JSON.stringify(
            oembedRich({
              html: snippet,
              width: 600,
              height: 400,
              title: view.meta.title,
              providerUrl: "https://example.org/",
              thumbnail: null,
            }),
          ),
        ) as { html: string; title: string };
        expect(oembed.title).toBe(view.meta.title);
        const frame = parseHTML(`<!doctype html><html><body>${oembed.html}</body></html>`).document;
        expect(frame.querySelector("iframe")?.getAttribute("title")).toBe(view.meta.title);
        expect(frame.querySelectorAll("script").length).toBe(1);

        // RSS: the item's title is exactly the incident's.
        const feed = rssDocument({
          title: "Outage Atlas",
          description: "x",
          link: "https://example.org/",
          items: [
            {
              title: view.meta.title,
              description: view.meta.dek,
              link: "https://example.org/x/",
              pubDate: new Date(0),
              categories: [],
            },
          ],
        });
        expect(XMLValidator.validate(feed)).toBe(true);
        const item = (
          xml.parse(feed) as { rss: { channel: { item: { title: string; description: string } } } }
        ).rss.channel.item;
        expect(item.title).toBe(view.meta.title);
        expect(item.description).toBe(view.meta.dek);
      }),
      { numRuns: 100 },
    );
  });
});
