import { describe, expect, it } from "vitest";
import { figureContent, figureParts } from "../../src/lib/figureParts.ts";

const FIGURE = `<figure class="chart" data-chart="impact" data-incident="x">
  <figcaption><h2 class="chart__title">Which services were hit</h2>
  <p class="chart__summary">Two services
    impaired &amp; one recovered.</p></figcaption>
  <div class="chart__body"><svg role="img" aria-label="Chart" viewBox="0 0 720 120" width="720" height="120"><rect/></svg></div>
  <div class="chart__legend"><ul><li><span data-severity="outage"></span>Outage</li><li><span class="tl-key tl-key--point"></span>Known to the minute</li></ul></div>
  <p class="chart__source">Source: Someone; Another</p>
</figure>`;

describe("figureParts", () => {
  const parts = figureParts(FIGURE);

  it("reads the title, summary and source line as text", () => {
    expect(parts.title).toBe("Which services were hit");
    expect(parts.summary).toBe("Two services impaired & one recovered.");
    expect(parts.source).toBe("Source: Someone; Another");
  });

  it("takes the chart's SVG and its drawing size", () => {
    expect(parts.svg).toMatch(/^<svg role="img"/);
    expect(parts.size).toEqual({ width: 720, height: 120 });
  });

  it("names each legend key by what it stands for, or by its most specific class", () => {
    expect(parts.legendItems).toEqual([
      { label: "Outage", key: "severity:outage" },
      { label: "Known to the minute", key: "tl-key--point" },
    ]);
  });

  it("refuses HTML without a chart", () => {
    expect(() => figureParts("<figure data-chart></figure>")).toThrow(/no figure/);
  });
});

describe("figureContent", () => {
  it("reads a figure still being rendered as the finished figure reads", () => {
    const content = figureContent({
      title: "Which services were hit",
      summary: "Two services impaired & one recovered.",
      source: "Someone; Another",
      legendHtml:
        '<ul><li><span data-severity="outage"></span>Outage</li><li><span class="tl-key tl-key--point"></span>Known &amp; to the minute</li></ul>',
      bodyHtml:
        '<svg role="img" aria-label="Chart" viewBox="0 0 720 120" width="720" height="120"><rect/></svg>',
    });
    const finished = figureParts(FIGURE.replace("Known to", "Known &amp; to"));
    expect(content).toEqual({
      title: finished.title,
      summary: finished.summary,
      source: finished.source,
      legend: finished.legend,
      size: finished.size,
    });
    expect(content.legend).toBe("OutageKnown & to the minute");
  });

  it("takes the size from the viewBox when the SVG has no width and height", () => {
    const content = figureContent({
      title: "t",
      summary: "s",
      source: "x",
      legendHtml: "",
      bodyHtml:
        '<div><svg role="img" viewBox="0 0 300 90"><svg width="10" height="10"></svg></svg></div>',
    });
    expect(content.size).toEqual({ width: 300, height: 90 });
  });
});

describe("figureParts on a chart with nested SVG", () => {
  it("keeps the whole chart, nested SVG and all, as it was written", () => {
    const svg =
      '<svg role="img" aria-label="Chart" width="200" height="50"><svg x="1"><rect/></svg><svg/><text>a &lt; b</text></svg>';
    const parts = figureParts(
      `<figure data-chart="x"><h2 class="chart__title">T</h2><div class="chart__body">${svg}</div><p class="chart__source">Source: S</p></figure>`,
    );
    expect(parts.svg).toBe(svg);
    expect(parts.source).toBe("Source: S");
    expect(parts.size).toEqual({ width: 200, height: 50 });
  });
});
