import { Resvg } from "@resvg/resvg-js";
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { encodePng, pngSize, pruneRasterCache, rasterize } from "../../src/build/raster.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="20">Title</text></svg>';

const cacheDir = mkdtempSync(join(tmpdir(), "atlas-raster-cache-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The RGBA pixels of a PNG this module wrote: one IDAT, no filters. */
function pixelsOf(png: Uint8Array): Uint8Array {
  const size = pngSize(png);
  if (!size) throw new Error("not a PNG");
  const idat = Buffer.from(png).indexOf("IDAT");
  const length = Buffer.from(png).readUInt32BE(idat - 4);
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const stride = size.width * 4;
  const out = new Uint8Array(stride * size.height);
  for (let y = 0; y < size.height; y++)
    out.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  return out;
}

describe("rasterize", () => {
  it("renders a PNG at twice the SVG's size", async () => {
    expect(pngSize(await rasterize(SVG, 2, cacheDir))).toEqual({ width: 240, height: 80 });
  });

  it("draws the text: some pixels are dark", async () => {
    const pixels = pixelsOf(await rasterize(SVG, 1, cacheDir));
    const dark = pixels.filter((value, i) => i % 4 === 0 && value < 100).length;
    expect(dark).toBeGreaterThan(20);
    const blank = pixelsOf(await rasterize(SVG.replace(/<text.*<\/text>/, ""), 1, cacheDir));
    expect(blank.filter((value, i) => i % 4 === 0 && value < 100).length).toBe(0);
  });

  it("gives the very pixels the rasterizer drew", async () => {
    const drawn = new Resvg(SVG, { fitTo: { mode: "zoom", value: 1 } }).render();
    const png = await encodePng(drawn.pixels, drawn.width, drawn.height);
    expect(Buffer.from(pixelsOf(png)).equals(drawn.pixels)).toBe(true);
  });

  it("writes straight colours where the drawing is translucent", async () => {
    // Half-transparent pure red: premultiplied it is (128, 0, 0, 128); a PNG wants (255, 0, 0, 128).
    const png = await encodePng(new Uint8Array([128, 0, 0, 128, 0, 0, 0, 0]), 2, 1);
    expect([...pixelsOf(png)]).toEqual([255, 0, 0, 128, 0, 0, 0, 0]);
  });

  it("keeps each image in the cache and serves a later build from it", async () => {
    const svg = SVG.replace("Title", "Cached");
    await rasterize(svg, 2, cacheDir);
    const [name] = readdirSync(cacheDir)
      .filter((file) => file.endsWith(".png"))
      .slice(-1);
    // A later build finds the file by the SVG's hash; prove it is read, not drawn again.
    const later = mkdtempSync(join(tmpdir(), "atlas-raster-later-"));
    const marker = await encodePng(new Uint8Array([1, 2, 3, 255]), 1, 1);
    for (const file of readdirSync(cacheDir)) writeFileSync(join(later, file), marker);
    expect(name).toBeDefined();
    expect(Buffer.from(await rasterize(svg, 2, later)).equals(Buffer.from(marker))).toBe(true);
    // A different scale is a different image.
    expect(pngSize(await rasterize(svg, 1, later))).toEqual({ width: 120, height: 40 });
    rmSync(later, { recursive: true, force: true });
  });

  it("prunes images no build has used since a date, and keeps the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-raster-prune-"));
    await rasterize(SVG.replace("Title", "Old"), 1, dir);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), new Date(0), new Date(0));
    const since = new Date();
    await rasterize(SVG.replace("Title", "New"), 1, dir);
    expect(pruneRasterCache(since, dir)).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("pngSize", () => {
  it("reads nothing from bytes that are not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("<svg></svg> and some more bytes"))).toBeNull();
  });
});
