import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** HTML pages in a built site, the search index left out. */
export function countPages(dir: string): number {
  let pages = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) pages += name === "pagefind" ? 0 : countPages(path);
    else if (name.endsWith(".html")) pages += 1;
  }
  return pages;
}

/** The environment without the test runner's variables, which Astro would read. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key),
    ),
  );
}

/** Runs `astro build` in a folder and returns the seconds it took; throws if it fails. */
export function timedBuild(dir: string, what: string): number {
  const started = performance.now();
  const result = spawnSync("npx", ["astro", "build"], {
    cwd: dir,
    encoding: "utf8",
    env: cleanEnv(),
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`Build of ${what} failed:\n${String(result.error ?? "")}\n${result.stderr}`);
  return seconds;
}
