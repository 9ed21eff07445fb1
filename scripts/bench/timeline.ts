/**
 * `npm run bench` (timeline part): how the interactive timeline copes with 10,000 events.
 *
 * Draws a SYNTHETIC incident of 10,000 events (seeded, invented for this benchmark only) with
 * the site's own chart function, puts it in place of the timeline of a built incident page,
 * and drives it in headless Chromium: wheel zoom in and out, drag pans, brushing. Prints the
 * frame times seen meanwhile, the marks actually drawn (level of detail), and the gzipped
 * size of the JavaScript and CSS the incident page ships. Builds the site first if dist/ is
 * missing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { timelinePageSvg } from "../../test/helpers/drawnCharts.ts";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../../test/e2e/chromium.ts";
import { serve } from "../../test/e2e/serve.ts";
import { syntheticIncident, withTimeline } from "../../test/helpers/syntheticTimeline.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const PAGE = "/incidents/2020-09-28-azure-ad/";
const EVENTS = 10_000;

function ensureBuilt(): void {
  if (existsSync(join(ROOT, "dist", "index.html"))) return;
  const build = spawnSync("npx", ["astro", "build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Gzipped bytes of the scripts and styles written into the page itself. */
function inlineSizes(html: string): { js: number; css: number } {
  const sizes = { js: 0, css: 0 };
  for (const [, body] of html.matchAll(
    /<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g,
  ))
    sizes.js += gzipSync(body ?? "").length;
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    sizes.css += gzipSync(body ?? "").length;
  return sizes;
}

/** One refresh of a 60 Hz display, the pace headless Chromium draws at. */
const REFRESH = 1000 / 60;

interface FrameStats {
  frames: number;
  /** Frame time: the refreshes a frame took, times 16.7 ms. */
  median: number;
  p95: number;
  worst: number;
  /** Frames that took two refreshes or more (dropped frames). */
  over16: number;
  /** Frames that took three refreshes or more. */
  over33: number;
  /** The raw time between frames at the 95th percentile, clock jitter included. */
  rawP95: number;
}

/** Runs `act` while recording the time between animation frames. */
async function frames(page: Page, act: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const deltas = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  // Frames come on the display's refreshes; the clock that stamps them jitters by a tenth of
  // a millisecond or two either way (16.6, 16.8 on an idle page), so a frame's time is counted
  // in the refreshes it took: one refresh is 16.7 ms, a dropped frame 33.3 ms.
  const refreshes = deltas.map((d) => Math.max(1, Math.round(d / REFRESH)));
  const sorted = [...refreshes].sort((a, b) => a - b);
  const raw = [...deltas].sort((a, b) => a - b);
  const rank = (q: number) => Math.min(sorted.length - 1, Math.floor(q * sorted.length));
  const at = (q: number) => (sorted[rank(q)] ?? 0) * REFRESH;
  return {
    frames: deltas.length,
    median: at(0.5),
    p95: at(0.95),
    worst: (sorted.at(-1) ?? 0) * REFRESH,
    over16: refreshes.filter((r) => r >= 2).length,
    over33: refreshes.filter((r) => r >= 3).length,
    rawP95: raw[rank(0.95)] ?? 0,
  };
}

const drawn = (page: Page) =>
  page.evaluate(() => ({
    marks: [...document.querySelectorAll<SVGGElement>(".tl-event, .tl-update")].filter(
      (el) => el.style.display !== "none",
    ).length,
    clusters: [...document.querySelectorAll<SVGGElement>(".tl-cluster")].filter(
      (el) => el.style.display !== "none",
    ).length,
  }));

type Phase = [string, FrameStats];

/** Loads `html` as the incident page and drives its timeline; returns what it measured. */
async function drive(page: Page, url: string, html: string, onLoaded = () => {}) {
  await page.unrouteAll();
  await page.route(url, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.addInitScript(() => {
    // When the timeline becomes interactive, as a time since navigation.
    new MutationObserver((_, observer) => {
      if (!document.querySelector("svg.timeline-svg[data-enhanced]")) return;
      (window as unknown as { __enhancedAt: number }).__enhancedAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-enhanced"] });
  });
  await page.goto(url);
  const svg = page.locator("svg.timeline-svg[data-enhanced]");
  await svg.waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  onLoaded();
  const load = await page.evaluate(() => ({
    parsed: performance.getEntriesByType("navigation")[0]?.toJSON().domInteractive as number,
    enhanced: (window as unknown as { __enhancedAt: number }).__enhancedAt,
  }));
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error("The timeline is not on screen.");
  const centre = { x: box.x + box.width * 0.6, y: box.y + box.height / 2 };
  const opening = await drawn(page);
  for (let i = 0; i < 7; i++) await page.getByRole("button", { name: "Zoom out" }).click();
  await page.waitForTimeout(500);
  const whole = await drawn(page);

  const phases: Phase[] = [];
  await page.mouse.move(centre.x, centre.y);
  phases.push([
    "wheel zoom in, all → minutes",
    await frames(page, async () => {
      for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -120);
    }),
  ]);
  const deep = await drawn(page);
  phases.push([
    "wheel zoom out, minutes → all",
    await frames(page, async () => {
      for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 120);
    }),
  ]);
  phases.push([
    "drag pan, everything in view",
    await frames(page, async () => {
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(centre.x - i * 4, centre.y);
      await page.mouse.up();
    }),
  ]);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
  phases.push([
    "drag pan, zoomed in",
    await frames(page, async () => {
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(centre.x + i * 4, centre.y);
      await page.mouse.up();
    }),
  ]);
  const strip = await page.locator(".tl-overview__svg .selection").boundingBox();
  if (strip) {
    phases.push([
      "brush: drag the overview window",
      await frames(page, async () => {
        const y = strip.y + strip.height / 2;
        await page.mouse.move(strip.x + strip.width / 2, y);
        await page.mouse.down();
        for (let i = 0; i < 60; i++) await page.mouse.move(strip.x + strip.width / 2 + i * 2, y);
        await page.mouse.up();
      }),
    ]);
  }
  return { load, opening, whole, deep, phases };
}

async function main(): Promise<void> {
  const incident = syntheticIncident(EVENTS);
  const started = performance.now();
  const svg = timelinePageSvg({
    label: `Synthetic benchmark timeline of ${EVENTS.toLocaleString("en")} invented events`,
    ...incident,
    anchors: true,
  });
  const buildMs = performance.now() - started;

  ensureBuilt();
  const real = readFileSync(join(ROOT, "dist", PAGE, "index.html"), "utf8");
  const synthetic = withTimeline(real, svg);

  const server = serve(join(ROOT, "dist"), 0);
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PAGE}`;
  const browser = await chromium.launch({
    executablePath: findOrInstallChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const shipped = { js: 0, css: 0 };
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      const bytes = gzipSync(await response.body()).length;
      shipped[type === "script" ? "js" : "css"] += bytes;
    });
    let onLoad = { js: 0, css: 0 };
    const small = await drive(page, url, real, () => (onLoad = { ...shipped }));
    page.removeAllListeners("response");
    const large = await drive(page, url, synthetic);
    const inline = inlineSizes(real);

    const ms = (n: number) => n.toFixed(1).padStart(6);
    const marks = (d: { marks: number; clusters: number }) =>
      `${d.marks} marks + ${d.clusters} clusters`;
    console.log(
      `Timeline benchmark: ${EVENTS.toLocaleString("en")} synthetic events + 200 synthetic status posts`,
    );
    console.log(
      `  build-time SVG: ${buildMs.toFixed(0)} ms, ${(svg.length / 1e6).toFixed(1)} MB of HTML`,
    );
    console.log(
      `  page parsed at ${large.load.parsed.toFixed(0)} ms, timeline interactive at ${large.load.enhanced.toFixed(0)} ms` +
        ` (the real ${PAGE} page: ${small.load.parsed.toFixed(0)} and ${small.load.enhanced.toFixed(0)} ms)`,
    );
    console.log(
      `  drawn of ${EVENTS + 200}: opening view ${marks(large.opening)}; everything ${marks(large.whole)}; zoomed in ${marks(large.deep)}`,
    );
    console.log(
      "\n  frame time, headless Chromium (ms)   frames  median     p95   worst  >16.7  >33.3  raw p95   real page: p95  worst",
    );
    large.phases.forEach(([name, s], i) => {
      const base = small.phases[i]?.[1];
      console.log(
        `  ${name.padEnd(34)} ${String(s.frames).padStart(6)} ${ms(s.median)}  ${ms(s.p95)}  ${ms(s.worst)}  ${String(s.over16).padStart(5)}  ${String(s.over33).padStart(5)}  ${ms(s.rawP95)}` +
          (base ? `          ${ms(base.p95)} ${ms(base.worst)}` : ""),
      );
    });
    console.log(
      "  (frame time counts the 60 Hz refreshes each frame took, 16.7 ms each; raw p95 is the time" +
        " between frames as stamped, jitter of the clock included)",
    );
    console.log(
      `\n  the incident page loads (gzip): JavaScript ${((onLoad.js + inline.js) / 1024).toFixed(1)} KB` +
        ` (budget 25 KB), CSS ${((onLoad.css + inline.css) / 1024).toFixed(1)} KB;` +
        ` on interaction it loads ${((shipped.js - onLoad.js) / 1024).toFixed(1)} KB more JavaScript (tooltips, zoom)`,
    );
    if (errors.length > 0) {
      console.error(`\nScript errors during the benchmark:\n${errors.join("\n")}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
