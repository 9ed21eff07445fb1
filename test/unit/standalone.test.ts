import { Resvg } from "@resvg/resvg-js";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { checkCorpusAt } from "../../src/build/corpus.ts";
import { timelineFigure } from "../../src/charts/figures/timelineFigure.ts";
import { standaloneDocument, standaloneSvg } from "../../src/charts/render/standalone.ts";
import { viewOf } from "../../src/lib/incidentView.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";
import { expectSnapshot } from "../helpers/snapshot.ts";

const { corpus } = checkCorpusAt(fixtureCorpus());
const view = viewOf(corpus, "2020-01-01-synthetic");
const figure = timelineFigure(view, { base: "/", corpus });
const standalone = standaloneSvg(
  figure,
  "Outage Atlas · https://example.org/incidents/2020-01-01-synthetic/",
);
const file = standaloneDocument(standalone);

describe("the standalone SVG of a timeline", () => {
  it("matches the reviewed snapshot", () => {
    expectSnapshot(
      standaloneDocument(standalone, { pretty: true }),
      "standalone-timeline-synthetic.svg",
    );
  });

  it("is a well-formed SVG document a rasterizer draws at the size it declares", () => {
    expect(XMLValidator.validate(file)).toBe(true);
    const image = new Resvg(file).render();
    expect([image.width, image.height]).toEqual([standalone.width, standalone.height]);
  });

  it("says what it shows and where it comes from, as text", () => {
    expect(file).toContain("<title>Timeline</title>");
    expect(file).toMatch(/>Source: [^<]+<\/text>/);
    expect(file).toContain(
      ">Outage Atlas · https://example.org/incidents/2020-01-01-synthetic/</text>",
    );
  });

  it("names every event of the chart", () => {
    for (const event of view.data.events) {
      expect(file).toContain(`data-event-id="${event.id}"`);
      const title = event.title
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;");
      expect(file).toContain(`: ${title}</title>`);
    }
  });

  it("draws its legend keys with their colours", () => {
    expect(file).toContain('fill="#a3231b" fill-opacity="0.15"');
    expect(file).toContain(">Impact period</text>");
  });
});
