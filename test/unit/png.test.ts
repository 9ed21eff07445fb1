import { describe, expect, it } from "vitest";
import { pngSize, svgToPng } from "../../src/lib/png.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="20">Title</text></svg>';

describe("svgToPng", () => {
  it("renders a PNG at twice the SVG's size", () => {
    expect(pngSize(svgToPng(SVG))).toEqual({ width: 240, height: 80 });
  });

  it("draws the text: some pixels are dark", () => {
    const png = svgToPng(SVG, 1);
    // An image of white paper only compresses to a handful of bytes; text makes it larger.
    const blank = svgToPng(SVG.replace(/<text.*<\/text>/, ""), 1);
    expect(png.length).toBeGreaterThan(blank.length + 100);
  });
});

describe("pngSize", () => {
  it("reads nothing from bytes that are not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("<svg></svg> and some more bytes"))).toBeNull();
  });
});
