/**
 * Runs the browser tests against the built site: finds (or installs) Chromium, builds once
 * if `dist/` is missing, picks a free port and hands over to Playwright.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { findOrInstallChromium, findOrInstallJava } from "./chromium.ts";

const root = join(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 4399));
    });
  });
}

const chromium = findOrInstallChromium();
findOrInstallJava();
if (!existsSync(join(root, "dist", "index.html")) || process.env["E2E_BUILD"] === "1") {
  const build = spawnSync("npx", ["astro", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = await freePort();
const result = spawnSync(
  "npx",
  ["playwright", "test", "-c", "test/e2e/playwright.config.ts", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium, E2E_PORT: String(port) },
  },
);
process.exit(result.status ?? 1);
