/**
 * Build benchmark: builds synthetic corpora of 10, 100 and 1,000 incidents, fresh and again
 * with their images cached, beside Astro's floor for as many pages, and reports build time,
 * ms per page and how time grows; then page weight per page type of the real site, beside
 * the weight of TimelineJS's embed measured in the same run.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../../test/e2e/chromium.ts";
import { serve } from "../../test/e2e/serve.ts";
import { gzipSync } from "node:zlib";
import { astroFloor, type FloorResult } from "./floor.ts";
import { ROOT } from "./paths.ts";
import { syntheticProject } from "./syntheticCorpus.ts";
import { countPages, timedBuild } from "./timedBuild.ts";

export interface BuildTime {
  seconds: number;
  msPerPage: number;
}

export interface BuildResult {
  incidents: number;
  pages: number;
  /** The first build of a fresh copy: every image rasterized. */
  fresh: BuildTime;
  /** The same project built again: images come from the raster cache, as after an edit. */
  rebuild: BuildTime;
  /** A bare Astro project of as many pages, built in the same run, and fresh / floor. */
  floor: FloorResult & { ratio: number };
}

/** Builds one synthetic corpus twice, fresh and again with its images cached, and times both. */
export function benchBuild(incidents: number): BuildResult {
  const dir = syntheticProject(incidents);
  try {
    const what = `${incidents} synthetic incidents`;
    const fresh = timedBuild(dir, what);
    const pages = countPages(join(dir, "dist"));
    const rebuild = timedBuild(dir, what);
    const floor = astroFloor(pages);
    const time = (seconds: number) => ({ seconds, msPerPage: (seconds * 1000) / pages });
    return {
      incidents,
      pages,
      fresh: time(fresh),
      rebuild: time(rebuild),
      floor: { ...floor, ratio: fresh / floor.seconds },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Weight {
  page: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
}

const sizes = (text: Buffer): [number, number] => [text.length, gzipSync(text).length];
const add = (a: [number, number], b: [number, number]): [number, number] => [
  a[0] + b[0],
  a[1] + b[1],
];

/**
 * HTML, CSS and JS (raw and gzip) that built pages load, measured in Chromium as the budget
 * test measures them: every script and stylesheet fetched until the network is idle, plus
 * inline code (not JSON-LD). Code loaded only on interaction is not counted.
 */
export async function pageWeights(
  dist: string,
  pages: Array<[string, string]>,
): Promise<Array<Weight & { type: string }>> {
  const server = serve(dist, 0);
  await new Promise((resolve) => server.once("listening", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: findOrInstallChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const weights: Array<Weight & { type: string }> = [];
    for (const [type, path] of pages) {
      const page = await browser.newPage();
      const loaded: Array<Promise<["js" | "css", Buffer]>> = [];
      page.on("response", (response) => {
        const kind = response.request().resourceType();
        if (kind === "script" || kind === "stylesheet")
          loaded.push(response.body().then((body) => [kind === "script" ? "js" : "css", body]));
      });
      await page.goto(`${origin}/${path}${path ? "/" : ""}`);
      await page.waitForLoadState("networkidle");
      const html = readFileSync(join(dist, path, "index.html"));
      const weight: Weight & { type: string } = {
        type,
        page: path,
        html: sizes(html),
        css: [0, 0],
        js: [0, 0],
      };
      for (const [kind, body] of await Promise.all(loaded))
        weight[kind] = add(weight[kind], sizes(body));
      const text = html.toString("utf8");
      for (const m of text.matchAll(
        /<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g,
      ))
        weight.js = add(weight.js, sizes(Buffer.from(m[1] ?? "")));
      for (const m of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
        weight.css = add(weight.css, sizes(Buffer.from(m[1] ?? "")));
      weights.push(weight);
      await page.close();
    }
    return weights;
  } finally {
    await browser.close();
    server.close();
  }
}

/** TimelineJS's own built JS and CSS, from its npm package, as a reference. */
export function timelineJsWeight(): Weight | null {
  const dir = mkdtempSync(join(tmpdir(), "atlas-timelinejs-"));
  try {
    const tarball = execFileSync("npm", ["pack", "@knight-lab/timelinejs@3.9.11", "--silent"], {
      cwd: dir,
      encoding: "utf8",
    }).trim();
    execFileSync("tar", ["xzf", tarball], { cwd: dir });
    const js = join(dir, "package", "dist", "js", "timeline.js");
    const css = join(dir, "package", "dist", "css", "timeline.css");
    if (!existsSync(js) || !existsSync(css)) return null;
    return {
      page: "TimelineJS 3.9.11 embed",
      html: [0, 0],
      css: sizes(readFileSync(css)),
      js: sizes(readFileSync(js)),
    };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { ROOT };
