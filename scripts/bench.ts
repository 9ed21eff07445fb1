/**
 * `npm run bench [-- --json] [-- --sizes 10,100,1000]`: the numbers that keep the site fast.
 * Builds synthetic corpora (never published) and prints build time, ms per page and growth,
 * page weight per page type beside TimelineJS, and the timeline frame-time benchmark.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchBuild, pageWeight, ROOT, timelineJsWeight, type Weight } from "./bench/build.ts";

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
const builds = counts.map((count) => {
  const result = benchBuild(count);
  log(
    `  ${String(count).padStart(5)} incidents  ${String(result.pages).padStart(5)} pages  ${result.seconds.toFixed(1).padStart(6)} s  ${result.msPerPage.toFixed(1).padStart(6)} ms/page`,
  );
  return result;
});
const t100 = builds.find((b) => b.incidents === 100);
const t1000 = builds.find((b) => b.incidents === 1000);
const growth = t100 && t1000 ? t1000.seconds / t100.seconds : null;
if (growth !== null)
  log(
    `  time(1000) / time(100) = ${growth.toFixed(2)} (linear is 10; target: 1000 incidents under 60 s)`,
  );

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
const weights: Array<Weight & { type: string }> = pageTypes
  .filter(([, path]) => existsSync(join(dist, path, "index.html")))
  .map(([type, path]) => ({ type, ...pageWeight(dist, path) }));
const reference = timelineJsWeight();
const kb = ([raw, gzip]: [number, number]) =>
  `${(raw / 1024).toFixed(1)} / ${(gzip / 1024).toFixed(1)}`;
log("\nPage weight, KB raw / gzip");
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
  console.log(JSON.stringify({ builds, growth, weights, reference, timeline }, null, 2));
