import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const STAND_IN = fileURLToPath(new URL("../client/d3AnimationStandIn.ts", import.meta.url));
const USERS = /[\\/]node_modules[\\/]d3-(zoom|brush)[\\/]/;
const REPLACED = new Set(["d3-transition", "d3-interpolate"]);

/**
 * In browser bundles only, resolves d3-zoom's and d3-brush's imports of d3-transition and
 * d3-interpolate to a small stand-in (src/client/d3AnimationStandIn.ts): they serve only
 * animated programmatic moves, which the timeline does itself. This keeps the incident page
 * within its JavaScript budget. Other importers, and every server-side build, get the real
 * modules.
 *
 * Kept by measurement: d3-transition with what it pulls in (d3-interpolate, d3-color, d3-ease,
 * d3-timer) weighs about 12 KB gzip minified, against 0.6 KB for the stand-in, and the
 * incident page, which enhances its timeline at once, would pass its 25 KB budget with them
 * (see `scripts/bench/standIn.ts`, and the budget tests).
 */
export function animationStandIn(): Plugin {
  return {
    name: "outage-atlas:d3-animation-stand-in",
    enforce: "pre",
    resolveId(id, importer) {
      if (!REPLACED.has(id) || !importer || !USERS.test(importer)) return null;
      return this.environment.config.consumer === "client" ? STAND_IN : null;
    },
  };
}
