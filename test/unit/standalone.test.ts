import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { escapeXml, standaloneSvg, wrapText } from "../../src/charts/standalone.ts";
import { timelineSvg } from "../../src/charts/timeline.ts";
import { checkCorpus } from "../../src/lib/corpus.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const { corpus } = checkCorpus(fixtureCorpus());
const incident = corpus.incidents.get("2020-01-01-synthetic")!;
const metrics = deriveMetrics(incident.events, incident.impact);
const chart = timelineSvg({
  label: "Timeline of the synthetic incident",
  events: incident.events,
  updates: incident.updates,
  impact: [metrics.impactStart!, metrics.impactEnd!],
});
const svg = standaloneSvg({
  title: "Timeline of a synthetic incident",
  summary: "Impact began 1 Jan 2020, 10:05 UTC and lasted 7 h; 7 events (synthetic data).",
  source: "Source: Synthetic post-mortem & status page",
  credit: "Outage Atlas · https://example.org/incidents/2020-01-01-synthetic/",
  chart,
  legend: [
    { label: "Impact period", key: "tl-key--impact" },
    { label: "Time known to the minute", key: "tl-key--point" },
    { label: "Something new", key: "unknown-key" },
  ],
});

describe("standaloneSvg", () => {
  it("matches the reviewed snapshot", async () => {
    await expect(svg).toMatchFileSnapshot("../output/standalone-timeline-synthetic.svg");
  });

  it("is a well-formed SVG document a rasterizer accepts", () => {
    const size = new Resvg(svg).render();
    expect([size.width, size.height]).toEqual([
      Number(/width="(\d+)"/.exec(svg)?.[1]),
      Number(/height="(\d+)"/.exec(svg)?.[1]),
    ]);
  });

  it("says what it shows and where it comes from, as text", () => {
    expect(svg).toContain("<title>Timeline of a synthetic incident</title>");
    expect(svg).toContain(">Source: Synthetic post-mortem &amp; status page</text>");
    expect(svg).toContain(
      ">Outage Atlas · https://example.org/incidents/2020-01-01-synthetic/</text>",
    );
  });

  it("keeps every event of the chart", () => {
    expect(svg.match(/data-event-id="/g)).toHaveLength(incident.events.length);
  });

  it("draws known legend keys with their colours and lists unknown ones by label", () => {
    expect(svg).toContain('fill="#a3231b" fill-opacity="0.15"');
    expect(svg).toContain(">Something new</text>");
  });
});

describe("wrapText", () => {
  it("breaks text between words to fit a width", () => {
    expect(wrapText("one two three four five six", 60, 10, 0.5)).toEqual([
      "one two",
      "three four",
      "five six",
    ]);
  });
});

describe("standaloneSvg with user text in the chart's attributes", () => {
  it("escapes what HTML serialisation leaves raw, so the file is XML a rasterizer reads", () => {
    // As the server-side DOM serialises it: only the quote escaped inside an attribute.
    const file = standaloneSvg({
      title: "T",
      summary: "S",
      source: "Source: x",
      credit: "c",
      chart:
        '<svg width="100" height="40" viewBox="0 0 100 40"><g aria-label="Workers & Queues <beta> &quot;x&quot; &#38;"><text>Workers &amp; Queues</text></g></svg>',
    });
    expect(file).toContain('aria-label="Workers &amp; Queues &lt;beta&gt; &quot;x&quot; &#38;"');
    expect(() => new Resvg(file).render()).not.toThrow();
  });
});

describe("escapeXml", () => {
  it("escapes what XML text and attributes cannot hold", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });
});
