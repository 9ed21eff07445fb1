/**
 * What the d3-transition stand-in saves: the incident page and a timeline embed built with
 * it and without it, their JavaScript measured in Chromium as the budget tests measure it.
 * `node scripts/bench/standIn.ts` prints one JSON document.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, projectCopy } from "../../test/helpers/projectCopy.ts";
import { pageWeights } from "./build.ts";

const PAGES: Array<[string, string]> = [
  ["incident", "incidents/2021-03-15-azure-ad"],
  ["embed", "embed/2021-03-15-azure-ad/timeline"],
];

async function weigh(withStandIn: boolean) {
  const dir = projectCopy();
  if (!withStandIn) {
    const config = join(dir, "astro.config.mjs");
    const text = readFileSync(config, "utf8");
    const plugin = "plugins: [animationStandIn()],";
    if (!text.includes(plugin)) throw new Error(`astro.config.mjs no longer holds "${plugin}".`);
    writeFileSync(config, text.replace(plugin, ""));
  }
  const result = build(dir);
  if (!result.ok) throw new Error(result.output);
  const weights = await pageWeights(join(dir, "dist"), PAGES);
  return Object.fromEntries(weights.map((w) => [w.type, { jsGzipBytes: w.js[1] }]));
}

console.log(
  JSON.stringify({ withStandIn: await weigh(true), withoutStandIn: await weigh(false) }, null, 2),
);
