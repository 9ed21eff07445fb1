/**
 * Builds of the site that several test files read, made once and shared: across vitest's
 * workers and the browser tests, and across runs while the project's files are unchanged.
 * Each lives in `.cache/test-builds/<name>/`, stamped with a hash of what it was built from.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { build, projectCopy, ROOT } from "./projectCopy.ts";

export interface SharedBuildSpec {
  /** Extra environment for `astro build`, e.g. `BASE_PATH`. */
  env?: Record<string, string>;
  /** Changes to the project copy before it is built. */
  prepare?: (dir: string) => void;
}

const CACHE = join(ROOT, ".cache", "test-builds");
const INPUTS = [
  "src",
  "content",
  "data",
  "public",
  "astro.config.mjs",
  "package.json",
  "CITATION.cff",
  "test/helpers",
  "test/fixtures",
];

function digestOf(paths: string[]): string {
  const hash = createHash("sha256");
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory())
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of paths) walk(join(ROOT, path));
  return hash.digest("hex");
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The built project folder of a shared build, building it first if it is missing or stale. */
export function sharedBuild(name: string, spec: SharedBuildSpec): string {
  const key = `${digestOf(INPUTS)} ${JSON.stringify(spec.env ?? {})} ${String(spec.prepare ?? "")}`;
  const home = join(CACHE, name);
  const stamp = join(home, "stamp.json");
  const lock = join(CACHE, `${name}.lock`);
  const current = () => {
    if (!existsSync(stamp)) return false;
    const { key: built, dir } = JSON.parse(readFileSync(stamp, "utf8")) as {
      key: string;
      dir: string;
    };
    return built === key && existsSync(join(dir, "dist", "index.html"));
  };
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    const built = current() ? (JSON.parse(readFileSync(stamp, "utf8")) as { dir: string }) : null;
    if (built) return built.dir;
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building it: wait for its stamp. A lock older than ten minutes
      // was left by a run that stopped.
      if (Date.now() - statSync(lock).mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      rmSync(home, { recursive: true, force: true });
      mkdirSync(home, { recursive: true });
      const dir = projectCopy();
      spec.prepare?.(dir);
      const result = build(dir, spec.env ?? {});
      if (!result.ok) throw new Error(`The shared build "${name}" failed:\n${result.output}`);
      writeFileSync(stamp, JSON.stringify({ key, dir }));
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
