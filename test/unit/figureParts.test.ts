import { describe, expect, it } from "vitest";
import { figureParts, partsFromSlots } from "../../src/lib/figureParts.ts";

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

describe("partsFromSlots", () => {
  it("reads a figure still being rendered the same way as a finished one", () => {
    const parts = partsFromSlots({
      title: "Which services were hit",
      summary: "Two services impaired & one recovered.",
      source: "Someone; Another",
      legendHtml:
        '<ul><li><span data-severity="outage"></span>Outage</li><li><span class="tl-key tl-key--point"></span>Known to the minute</li></ul>',
      bodyHtml:
        '<svg role="img" aria-label="Chart" viewBox="0 0 720 120" width="720" height="120"><rect/></svg>',
    });
    expect(parts).toEqual(figureParts(FIGURE));
  });
});
