import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * Fonts for the rasterizer: the system's, with DejaVu (on every Debian machine the project
 * builds on) standing in for the families the SVG asks for but the machine lacks.
 */
const OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: true,
    defaultFontFamily: "DejaVu Sans",
    sansSerifFamily: "DejaVu Sans",
    serifFamily: "DejaVu Serif",
  },
};

let fontsChecked = false;

/** Fails loudly when no font can draw text: a PNG without its title must not ship. */
function checkFonts(): void {
  if (fontsChecked) return;
  const probe = new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="16" font-size="16">Hg</text></svg>',
    OPTIONS,
  );
  if (!probe.innerBBox()) {
    throw new Error(
      "No font could draw text into the PNG downloads. Install a sans-serif font, e.g. `apt-get install fonts-dejavu-core`.",
    );
  }
  fontsChecked = true;
}

/** Rasterizes an SVG document to PNG at `scale` times its size (2 for sharp screens). */
export function svgToPng(svg: string, scale = 2): Uint8Array<ArrayBuffer> {
  checkFonts();
  const image = new Resvg(svg, { ...OPTIONS, fitTo: { mode: "zoom", value: scale } }).render();
  return new Uint8Array(image.asPng());
}

/** The width and height a PNG declares in its header, or null if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
