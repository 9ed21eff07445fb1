import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

/** A copy of the project that a test may change and build without touching the real one. */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-build-"));
  for (const entry of [
    "src",
    "content",
    "data",
    "public",
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
  ]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Variables the test runner sets for its own Vite; a child build must not inherit them. */
const RUNNER_ENV = ["BASE_URL", "MODE", "DEV", "PROD", "SSR"];

/** Builds a project copy, with extra environment variables such as BASE_PATH. */
export function build(dir: string, env: NodeJS.ProcessEnv = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !RUNNER_ENV.includes(name)),
  );
  const result = spawnSync("npx", ["astro", "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...inherited, CI: "1", ...env },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
