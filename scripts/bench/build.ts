/**
 * Build benchmark: builds synthetic corpora of 10, 100 and 1,000 incidents and reports build
 * time, ms per page and how time grows; then page weight per page type of the real site,
 * beside the weight of TimelineJS's embed measured in the same run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { syntheticProject } from "./syntheticCorpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");

export interface BuildResult {
  incidents: number;
  pages: number;
  seconds: number;
  msPerPage: number;
}

function countPages(dir: string): number {
  let pages = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages += name === "pagefind" ? 0 : countPages(path);
    else if (name.endsWith(".html")) pages += 1;
  }
  return pages;
}

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key),
    ),
  );
}

/** Builds one synthetic corpus and times it. */
export function benchBuild(incidents: number): BuildResult {
  const dir = syntheticProject(incidents);
  try {
    const started = performance.now();
    const result = spawnSync("npx", ["astro", "build"], {
      cwd: dir,
      encoding: "utf8",
      env: cleanEnv(),
      maxBuffer: 1 << 28,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0)
      throw new Error(
        `Build of ${incidents} synthetic incidents failed:\n${String(result.error ?? "")}\n${result.stderr}`,
      );
    const pages = countPages(join(dir, "dist"));
    return { incidents, pages, seconds, msPerPage: (seconds * 1000) / pages };
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

/** HTML, CSS and JS (raw and gzip) that one built page loads. */
export function pageWeight(dist: string, path: string): Weight {
  const htmlBuffer = readFileSync(join(dist, path, "index.html"));
  const html = htmlBuffer.toString("utf8");
  let css: [number, number] = [0, 0];
  let js: [number, number] = [0, 0];
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
    css = add(css, sizes(readFileSync(join(dist, m[1] ?? ""))));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    css = add(css, sizes(Buffer.from(m[1] ?? "")));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if ((m[1] ?? "").includes("ld+json")) continue;
    const src = /src="([^"]+)"/.exec(m[1] ?? "")?.[1];
    js = add(js, sizes(src ? readFileSync(join(dist, src)) : Buffer.from(m[2] ?? "")));
  }
  return { page: path, html: sizes(htmlBuffer), css, js };
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
