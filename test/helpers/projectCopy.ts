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
    "scripts",
    "test/fixtures",
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    // The dataset pages read the release from the citation file.
    "CITATION.cff",
  ]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * Builds a project copy; returns whether it built and everything it printed. The test
 * runner's own variables (NODE_ENV=test, DEV, PROD, VITEST, …) are left out: Astro would
 * read them and build in development mode.
 */
export function build(
  dir: string,
  extraEnv: Record<string, string> = {},
): { ok: boolean; output: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/.test(key),
    ),
  );
  const result = spawnSync("npx", ["astro", "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...env, ...extraEnv, CI: "1" },
    maxBuffer: 1 << 28,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
