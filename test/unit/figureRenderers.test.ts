import { Resvg } from "@resvg/resvg-js";
import { XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartBodyHtml } from "../../src/charts/render/chartSvg.ts";
import { socialCardSvg } from "../../src/charts/render/socialCard.ts";
import { standaloneDocument, standaloneSvg } from "../../src/charts/render/standalone.ts";
import { toXml } from "../../src/lib/serialize.ts";
import { sampleFigure } from "../helpers/sampleFigure.ts";

const figure = sampleFigure();

describe("the page's rendering of a figure", () => {
  const { document } = parseHTML(
    `<!doctype html><html><body>${chartBodyHtml(figure)}</body></html>`,
  );

  it("draws the marks in an SVG image named for screen readers, stretched by its viewBox", () => {
    const svg = document.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Chart: Ends & recovers");
    expect(svg.getAttribute("viewBox")).toBe("0 0 400 100");
    expect(svg.querySelector('[data-event-id="one"]')?.getAttribute("data-title")).toBe(
      "Ends & recovers",
    );
  });

  it("places labels in a layer of their own, in percentages of the drawing, unscaled", () => {
    const layer = document.querySelector("svg.chart__labels")!;
    expect(layer.hasAttribute("viewBox")).toBe(false);
    const label = layer.querySelector("[data-annotation]")!;
    expect(label.textContent).toBe("Ends & recovers");
    expect([label.getAttribute("x"), label.getAttribute("y")]).toEqual(["10%", "30%"]);
    expect(label.getAttribute("text-anchor")).toBe("middle");
    expect(label.hasAttribute("style")).toBe(false);
  });
});

describe("the standalone image of a figure", () => {
  const standalone = standaloneSvg(figure, "Outage Atlas · https://example.org/");
  const file = standaloneDocument(standalone);

  it("is well-formed XML with the title, the labels, the legend and the source drawn in", () => {
    expect(XMLValidator.validate(file)).toBe(true);
    expect(file).toContain("<title>Timeline: Ends &amp; recovers</title>");
    expect(file).toContain('data-annotation="one"');
    expect(file).toContain(">Source: Publisher: Ends &amp; recovers</text>");
    expect(file).toContain(">Note: Ends &amp; recovers</text>");
    expect(file).toContain(">Times in UTC</text>");
  });

  it("holds no script, foreign object or event attribute", () => {
    expect(file).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
  });

  it("rasterizes at the size it declares", () => {
    const image = new Resvg(file).render();
    expect([image.width, image.height]).toEqual([standalone.width, standalone.height]);
  });
});

describe("the social card", () => {
  it("is a 1200 × 630 image with the headline and the timeline's labels", () => {
    const card = toXml(
      socialCardSvg({
        title: "Ends & recovers",
        kicker: "Example · 1 Jan 2020",
        figures: "Time to resolve 1 h",
        timeline: figure,
      }),
    );
    expect(XMLValidator.validate(card)).toBe(true);
    const image = new Resvg(card).render();
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(card).toContain(">Ends &amp; recovers</text>");
  });
});
