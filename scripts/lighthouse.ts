/**
 * `npm run lighthouse`: scores the built site with Lighthouse (mobile settings) on the home
 * page and an incident page. Prints the four category scores; exits 1 if any is below 98.
 * Run `npm run build` first. Not part of `npm test`: scores depend on the machine's load.
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { join } from "node:path";
import { findOrInstallChromium, CHROMIUM_ARGS } from "../test/e2e/chromium.ts";
import { serve } from "../test/e2e/serve.ts";

const PAGES = ["/", "/incidents/2021-03-15-azure-ad/"];
const TARGET = 98;
const port = 4790;
const server = serve(join(import.meta.dirname, "..", "dist"), port);
const chrome = await launch({
  chromePath: findOrInstallChromium(),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
let failed = false;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = Object.values(result.lhr.categories).map(
      (c) => [c.title, Math.round((c.score ?? 0) * 100)] as const,
    );
    console.log(
      `${path}\n${scores.map(([title, score]) => `  ${title.padEnd(16)} ${score}`).join("\n")}`,
    );
    for (const [title, score] of scores) {
      if (score < TARGET) {
        failed = true;
        const audits = Object.values(result.lhr.audits).filter(
          (a) => a.score !== null && a.score < 0.9,
        );
        console.log(
          `  ${title} below ${TARGET}; weakest audits: ${audits
            .map((a) => a.id)
            .slice(0, 8)
            .join(", ")}`,
        );
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
