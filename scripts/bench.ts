/**
 * `npm run bench [-- --json] [-- --sizes 10,100,1000]`: the numbers that keep the site fast.
 * Builds synthetic corpora (never published) and prints build time, ms per page and growth,
 * page weight per page type beside TimelineJS, and the timeline frame-time benchmark.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchBuild, pageWeights, ROOT, timelineJsWeight } from "./bench/build.ts";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    sizes: { type: "string", default: "10,100,1000" },
  },
});
const counts = (values.sizes ?? "10,100,1000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const log = (text: string) => {
  if (!values.json) console.log(text);
};

log("Building synthetic corpora (synthetic data, in a temporary folder)…");
log("  fresh: an empty image cache, every PNG rasterized; rebuild: the same project again,");
log("  images read from the raster cache as after an edit (the deploy workflow keeps it).");
log("  floor: a bare Astro project of as many trivial pages, built in the same run.");
log(
  `  ${"incidents".padStart(9)} ${"pages".padStart(6)} ${"fresh s".padStart(9)} ${"ms/page".padStart(8)} ${"rebuild s".padStart(10)} ${"ms/page".padStart(8)} ${"floor s".padStart(8)} ${"× floor".padStart(8)}`,
);
const builds = counts.map((count) => {
  const result = benchBuild(count);
  log(
    `  ${String(count).padStart(9)} ${String(result.pages).padStart(6)} ${result.fresh.seconds.toFixed(1).padStart(9)} ${result.fresh.msPerPage.toFixed(1).padStart(8)} ${result.rebuild.seconds.toFixed(1).padStart(10)} ${result.rebuild.msPerPage.toFixed(1).padStart(8)} ${result.floor.seconds.toFixed(1).padStart(8)} ${result.floor.ratio.toFixed(1).padStart(8)}`,
  );
  return result;
});
const t100 = builds.find((b) => b.incidents === 100);
const t1000 = builds.find((b) => b.incidents === 1000);
const growth =
  t100 && t1000
    ? {
        fresh: t1000.fresh.seconds / t100.fresh.seconds,
        rebuild: t1000.rebuild.seconds / t100.rebuild.seconds,
      }
    : null;
if (t1000 && growth) {
  log(
    `  time(1000) / time(100): fresh ${growth.fresh.toFixed(2)}, rebuild ${growth.rebuild.toFixed(2)} (linear is 10 or less)`,
  );
  const ratio = t1000.floor.ratio;
  log(
    `  1,000 incidents fresh: ${t1000.fresh.seconds.toFixed(0)} s, ${ratio.toFixed(1)} × Astro's floor of ${t1000.floor.seconds.toFixed(1)} s for ${t1000.floor.pages} pages (target: at most 8 ×)`,
  );
}

const dist = join(ROOT, "dist");
if (!existsSync(join(dist, "index.html")))
  spawnSync("npx", ["astro", "build"], { cwd: ROOT, stdio: "ignore" });
const pageTypes: Array<[string, string]> = [
  ["home", ""],
  ["incident", "incidents/2021-03-15-azure-ad"],
  ["compare", "compare"],
  ["embed", "embed/2021-03-15-azure-ad/timeline"],
  ["search", "search"],
];
const weights = await pageWeights(
  dist,
  pageTypes.filter(([, path]) => existsSync(join(dist, path, "index.html"))),
);
const reference = timelineJsWeight();
const kb = ([raw, gzip]: [number, number]) =>
  `${(raw / 1024).toFixed(1)} / ${(gzip / 1024).toFixed(1)}`;
log("\nPage weight on load in Chromium, KB raw / gzip");
log(`  ${"page".padEnd(26)} ${"HTML".padStart(14)} ${"CSS".padStart(14)} ${"JS".padStart(14)}`);
for (const w of [
  ...weights.map((w) => ({ ...w, page: w.type })),
  ...(reference ? [reference] : []),
]) {
  log(
    `  ${w.page.padEnd(26)} ${kb(w.html).padStart(14)} ${kb(w.css).padStart(14)} ${kb(w.js).padStart(14)}`,
  );
}
if (!reference) log("  (TimelineJS reference could not be fetched from the npm registry)");

let timeline: unknown = null;
const timelineBench = join(import.meta.dirname, "bench", "timeline.ts");
if (existsSync(timelineBench)) {
  log("\nTimeline frame time");
  const result = spawnSync(process.execPath, [timelineBench], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (values.json) timeline = result.stdout.trimEnd();
  else log(result.stdout.trimEnd());
}

if (values.json)
  console.log(
    JSON.stringify(
      {
        builds,
        growth,
        floor: t1000 ? { ...t1000.floor, incidents: 1000 } : null,
        ratio: t1000 ? t1000.floor.ratio : null,
        weights,
        reference,
        timeline,
      },
      null,
      2,
    ),
  );
