import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { charactersOf, parseFont, subsetFont, type ParsedFont } from "./fontSubset.ts";

/**
 * The rasterizer's allocator (mimalloc, inside resvg) returns freed memory to the system 10
 * ms after each image and takes it back for the next, a page fault for every 4 kB of a 3 MB
 * canvas: a third of an image's time. Told before the native module loads (its options are
 * read then), it keeps what it freed for the next image. A value set by the caller is kept.
 */
process.env["MIMALLOC_PURGE_DELAY"] ??= "-1";

/** resvg, loaded only now that its allocator is told how to behave. */
const { Resvg } = createRequire(import.meta.url)(
  "@resvg/resvg-js",
) as typeof import("@resvg/resvg-js");

/**
 * The DejaVu faces the social cards are set in (sans and bold sans for their lines and the
 * timeline, bold serif for the headline), where Debian's fonts-dejavu-core puts them. Each
 * image maps and reads every face it is given, so only those the cards use are given.
 */
const DEJAVU = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"].map((name) =>
  join("/usr/share/fonts/truetype/dejavu", name),
);

/**
 * Fonts for the rasterizer: DejaVu (on every Debian machine the project builds on) for every
 * family the SVG asks for. Given as files, they are read once per image; asking the rasterizer
 * for the system's fonts instead scans every font folder again for each image. Elsewhere the
 * system's fonts are used.
 */
const OPTIONS: ResvgRenderOptions = {
  font: {
    ...(DEJAVU.every((file) => existsSync(file))
      ? { loadSystemFonts: false, fontFiles: DEJAVU }
      : { loadSystemFonts: true }),
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

/**
 * The rasterizer's worker: draws an SVG into RGBA pixels and hands them back. Given as source
 * text, so it runs the same from the project and from the build's bundled output.
 */
const WORKER = `
const { parentPort, threadId, workerData } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Resvg } = require(workerData.resvg);
// Images are wanted only by the end of the build: the pages' thread, which the whole build
// waits on, keeps the processor whenever it needs it, and images take what is left. Linux
// gives each thread its own priority, by its id in /proc; elsewhere nothing changes.
try {
  const tid = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  if (tid > 0) require("node:os").setPriority(tid, 19);
} catch {}
let options = workerData.options;
parentPort.on("message", ({ id, svg, scale, fonts }) => {
  try {
    if (fonts) {
      // Faces cut down to every character drawn so far, written once for all the images
      // they cover, in this worker's own files.
      const fontFiles = fonts.faces.map((bytes, i) => {
        const file = join(workerData.fontDir, threadId + "-" + fonts.version + "-" + i + ".ttf");
        writeFileSync(file, bytes);
        return file;
      });
      options = { ...workerData.options, font: { ...workerData.options.font, fontFiles } };
    }
    const image = new Resvg(svg, { ...options, fitTo: { mode: "zoom", value: scale } }).render();
    const png = new Uint8Array(image.asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Drawn {
  id: number;
  png: Uint8Array<ArrayBuffer>;
  error?: string;
}

/** Worker threads drawing images while the main thread goes on rendering pages. */
interface Rasterizer {
  pool: Slot[];
  pending: Map<number, { resolve: (d: Drawn) => void; reject: (e: Error) => void }>;
  nextId: number;
  /** Images being made, by cache file: asked for twice, made once. */
  inFlight: Map<string, Promise<Uint8Array<ArrayBuffer>>>;
  /** The faces as last cut down, for every character the images so far have shown. */
  cut: FontCut | null;
}

/** A worker thread and what it has: how many images it is drawing, which faces it holds. */
interface Slot {
  worker: Worker;
  busy: number;
  /** The version of the cut faces this worker has been given (0: none). */
  fonts: number;
}

/** Faces cut down to a set of characters; a new version whenever the set grows. */
interface FontCut {
  version: number;
  chars: Set<number>;
  faces: Uint8Array[];
}

const SHARED: unique symbol = Symbol.for("outage-atlas.rasterizer");

/**
 * One rasterizer per build process, kept on `globalThis`: the integration that starts the
 * social cards before the pages are bundled (loaded with the config) and the pages (from
 * the build's bundle, another copy of this module) share its workers and its images.
 */
const shared: Rasterizer = ((globalThis as { [SHARED]?: Rasterizer })[SHARED] ??= {
  pool: [],
  pending: new Map(),
  nextId: 0,
  inFlight: new Map(),
  cut: null,
});
const { pool, pending, inFlight } = shared;

/** The DejaVu faces read once, to be cut down for each image; null when they are not used. */
let faces: ParsedFont[] | null | undefined;

function dejaVuFaces(): ParsedFont[] | null {
  if (faces !== undefined) return faces;
  try {
    faces =
      OPTIONS.font?.loadSystemFonts === false
        ? DEJAVU.map((file) => parseFont(readFileSync(file)))
        : null;
  } catch {
    faces = null; // Not faces this module can cut down: the images get the whole files.
  }
  return faces;
}

/**
 * Characters the faces are cut down to from the start: printable ASCII, Latin-1, and the
 * dashes, quotes, ellipsis and middle dot titles use, so that most images need no new cut.
 */
const COMMON_CHARACTERS: readonly number[] = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...Array.from({ length: 0x2027 - 0x2010 }, (_, i) => 0x2010 + i),
  0x2032,
  0x2033,
  0x2122,
  0x2192,
  0x2212,
];

/**
 * The faces an image needs, cut down to the text of every image so far: the same cut serves
 * image after image, made anew only when an image shows a character outside it (a face cut
 * to more characters draws exactly what one cut to fewer draws). None (the whole files) if
 * the faces cannot be cut down.
 */
function facesFor(svg: string): FontCut | undefined {
  const parsed = dejaVuFaces();
  if (!parsed) return undefined;
  const chars = charactersOf(svg);
  const cut = shared.cut;
  if (cut && [...chars].every((c) => cut.chars.has(c))) return cut;
  const all = new Set([...(cut?.chars ?? COMMON_CHARACTERS), ...chars]);
  shared.cut = {
    version: (cut?.version ?? 0) + 1,
    chars: all,
    faces: parsed.map((face) => subsetFont(face, all)),
  };
  return shared.cut;
}

function workers(): Slot[] {
  if (pool.length > 0) return pool;
  const resvg = createRequire(import.meta.url).resolve("@resvg/resvg-js");
  const fontDir = mkdtempSync(join(tmpdir(), "outage-atlas-fonts-"));
  process.once("exit", () => rmSync(fontDir, { recursive: true, force: true }));
  for (let i = 0; i < Math.max(1, availableParallelism()); i++) {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { resvg, options: OPTIONS, fontDir },
    });
    // Idle workers never keep a finished build from exiting.
    worker.unref();
    const slot: Slot = { worker, busy: 0, fonts: 0 };
    worker.on("message", (drawn: Drawn) => {
      slot.busy--;
      const waiting = pending.get(drawn.id);
      pending.delete(drawn.id);
      if (drawn.error) waiting?.reject(new Error(drawn.error));
      else waiting?.resolve(drawn);
    });
    pool.push(slot);
  }
  return pool;
}

/**
 * Draws an SVG into a PNG on the least busy worker thread: nothing of it on the main thread
 * but choosing the faces. A worker is sent the cut faces only when it does not hold them yet.
 */
function draw(svg: string, scale: number): Promise<Drawn> {
  const slot = workers().reduce((a, b) => (b.busy < a.busy ? b : a));
  const id = shared.nextId++;
  slot.busy++;
  const cut = facesFor(svg);
  const fonts =
    cut && cut.version !== slot.fonts
      ? { version: cut.version, faces: cut.faces.map((bytes) => bytes.slice()) }
      : undefined;
  if (cut) slot.fonts = cut.version;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    slot.worker.postMessage(
      { id, svg, scale, fonts },
      (fonts?.faces ?? []).map((bytes) => bytes.buffer as ArrayBuffer),
    );
  });
}

/** What the cache key covers besides the SVG: the rasterizer's version and options. */
const RASTERIZER = (() => {
  const version = (
    JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-js/package.json"), "utf8"),
    ) as { version: string }
  ).version;
  return `resvg-js ${version} ${JSON.stringify(OPTIONS)} png-2`;
})();

/** Where rasterized images are kept between builds; never published. */
export const RASTER_CACHE = join(".cache", "png");

/**
 * The SVG document as a PNG at `scale` times its size (2 for sharp screens). The same SVG
 * at the same scale is rasterized once: later builds read it from `cacheDir`, keyed by a
 * hash of the SVG, the scale and the rasterizer, so an unchanged chart costs nothing.
 */
export function rasterize(
  svg: string,
  scale = 2,
  cacheDir: string = join(process.cwd(), RASTER_CACHE),
): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash("sha256").update(`${RASTERIZER}\n${scale}\n${svg}`).digest("hex");
  const file = join(cacheDir, `${key}.png`);
  let result = inFlight.get(file);
  if (result) return result;
  result = (async () => {
    try {
      const cached = readFileSync(file);
      const now = new Date();
      utimesSync(file, now, now); // used by this build: kept by `pruneRasterCache`
      return new Uint8Array(
        cached.buffer,
        cached.byteOffset,
        cached.byteLength,
      ) as Uint8Array<ArrayBuffer>;
    } catch {
      // Not rasterized yet.
    }
    checkFonts();
    const { png } = await draw(svg, scale);
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    const now = new Date();
    utimesSync(file, now, now); // the file system's clock may lag; this is the build's
    return png;
  })();
  // Only images still being made are held: a finished one is read from the cache when asked
  // for again, so a thousand drawn images do not stay in memory for the rest of the build.
  inFlight.set(file, result);
  void result.finally(() => inFlight.delete(file)).catch(() => undefined);
  return result;
}

/**
 * Starts rasterizing in the background: each SVG is made on the main thread one at a time,
 * between the pages' work, and drawn on worker threads. A route that later asks for the same
 * image gets it at once, or waits for it; any failure is reported there.
 */
export async function rasterizeAhead(
  svgs: Array<() => string | Promise<string>>,
  scale: number,
  cacheDir?: string,
): Promise<void> {
  for (const svgOf of svgs) {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      rasterize(await svgOf(), scale, cacheDir).catch(() => undefined);
    } catch {
      // Reported by the route that asks for this image.
    }
  }
}

/** Removes cached images no build has used since `since`: the cache holds one site's worth. */
export function pruneRasterCache(
  since: Date,
  cacheDir: string = join(process.cwd(), RASTER_CACHE),
): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const path = join(cacheDir, name);
    if (statSync(path).mtimeMs < since.getTime()) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** The width and height a PNG declares in its header, or null if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
