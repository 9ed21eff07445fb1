import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./chromium.ts";

const port = Number(process.env["E2E_PORT"] ?? 4399);
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  forbidOnly: Boolean(process.env["CI"]),
  // One retry on CI: a shared machine under load can starve an animation frame. A test that
  // passes only on retry is reported as flaky in the run's output.
  retries: process.env["CI"] ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node test/e2e/serve.ts dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    cwd: "../..",
  },
});
