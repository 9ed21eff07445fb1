import { Resvg } from "@resvg/resvg-js";
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { pngSize, pruneRasterCache, rasterize } from "../../src/build/raster.ts";

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="20">Title</text></svg>';

const cacheDir = mkdtempSync(join(tmpdir(), "atlas-raster-cache-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The RGBA pixels of an 8-bit RGBA PNG: its IDAT chunks inflated and each row unfiltered. */
function pixelsOf(png: Uint8Array): Uint8Array {
  const size = pngSize(png);
  if (!size) throw new Error("not a PNG");
  const bytes = Buffer.from(png);
  const parts: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("latin1", at + 4, at + 8) === "IDAT")
      parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = size.width * 4;
  const out = new Uint8Array(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (out[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (out[(y - 1) * stride + x - 4] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
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

  it("writes straight colours where the drawing is translucent", async () => {
    const translucent =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"><rect width="1" height="1" fill="#ff0000" fill-opacity="0.5"/></svg>';
    const pixels = pixelsOf(await rasterize(translucent, 1, cacheDir));
    expect([...pixels.subarray(0, 4)].map((v) => Math.round(v / 8) * 8)).toEqual([256, 0, 0, 128]);
  });

  it("keeps each image in the cache and serves a later build from it", async () => {
    const svg = SVG.replace("Title", "Cached");
    await rasterize(svg, 2, cacheDir);
    const [name] = readdirSync(cacheDir)
      .filter((file) => file.endsWith(".png"))
      .slice(-1);
    // A later build finds the file by the SVG's hash; prove it is read, not drawn again.
    const later = mkdtempSync(join(tmpdir(), "atlas-raster-later-"));
    const marker = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
      .render()
      .asPng();
    for (const file of readdirSync(cacheDir)) writeFileSync(join(later, file), marker);
    expect(name).toBeDefined();
    expect(Buffer.from(await rasterize(svg, 2, later)).equals(Buffer.from(marker))).toBe(true);
    // A different scale is a different image.
    expect(pngSize(await rasterize(svg, 1, later))).toEqual({ width: 120, height: 40 });
    rmSync(later, { recursive: true, force: true });
  });

  it("draws image after image exactly as with the whole faces, a new character included", async () => {
    const faces = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"].map((name) =>
      join("/usr/share/fonts/truetype/dejavu", name),
    );
    const whole = (svg: string) =>
      pixelsOf(
        new Resvg(svg, {
          font: {
            loadSystemFonts: false,
            fontFiles: faces,
            defaultFontFamily: "DejaVu Sans",
            sansSerifFamily: "DejaVu Sans",
            serifFamily: "DejaVu Serif",
          },
        })
          .render()
          .asPng(),
      );
    // Titles in order: the first within the characters the faces are first cut to, the next
    // with letters outside them (Cyrillic, Greek), then the first kind again.
    const titles = ["Sign-in fails · 2 h", "Сбой входа Ωμέγα", "Résumé — “quoted”"];
    for (const title of titles) {
      const svg = SVG.replace("Title", title).replace('width="120"', 'width="320"');
      const drawn = pixelsOf(await rasterize(svg, 1, cacheDir));
      expect(Buffer.from(drawn).equals(Buffer.from(whole(svg))), title).toBe(true);
      expect(drawn.filter((value, i) => i % 4 === 0 && value < 100).length).toBeGreaterThan(40);
    }
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
