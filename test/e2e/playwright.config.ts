import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./chromium.ts";

const port = Number(process.env["E2E_PORT"] ?? 4399);
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  forbidOnly: Boolean(process.env["CI"]),
  // No retries: a test that passes only sometimes is a bug to find, in the test or the site.
  retries: 0,
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
