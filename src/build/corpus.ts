import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkCorpus, type Corpus, type FileTree } from "../lib/corpus.ts";
import { InputError, type Problem } from "../lib/problems.ts";

/** The project's files under `root`, read from disk as the corpus check asks for them. */
export function fileTree(root: string): FileTree {
  const at = (path: string) => join(root, ...path.split("/"));
  return {
    list: (dir) => (existsSync(at(dir)) ? readdirSync(at(dir)).sort() : []),
    isDirectory: (path) => existsSync(at(path)) && statSync(at(path)).isDirectory(),
    exists: (path) => existsSync(at(path)),
    read: (path) => readFileSync(at(path), "utf8"),
  };
}

/** Reads and checks the corpus of the project under `root`: every problem, never only the first. */
export function checkCorpusAt(root: string): { corpus: Corpus; problems: Problem[] } {
  return checkCorpus(fileTree(root));
}

/** Names, sizes and modification times of every input file: changes when an editor saves. */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(join(root, "data"));
  walk(join(root, "content", "incidents"));
  return parts.join("|");
}

const SHARED: unique symbol = Symbol.for("outage-atlas.checked-corpus");

/**
 * Checked corpora by project folder. Kept on `globalThis`, so the check a build runs as it
 * starts (the integration, loaded with the config) and the pages (rendered from the build's
 * bundle, which holds another copy of this module) read and check the files once.
 */
const cache: Map<string, { key: string; corpus: Corpus }> = ((
  globalThis as { [SHARED]?: Map<string, { key: string; corpus: Corpus }> }
)[SHARED] ??= new Map());
const fingerprints = new Map<string, { key: string; at: number }>();

/**
 * The fingerprint, looked at most twice a second: a build renders many pages a second and
 * must not walk the data folder for each, while the dev server still sees a save at once.
 */
function recentFingerprint(root: string): string {
  const now = Date.now();
  const known = fingerprints.get(root);
  // A production build checks the corpus as it starts; its files do not change under it.
  if (known && (now - known.at < 500 || process.env["NODE_ENV"] === "production")) return known.key;
  const key = fingerprint(root);
  fingerprints.set(root, { key, at: now });
  return key;
}

/**
 * The checked corpus under `root`; throws an {@link InputError} listing every problem.
 * Read once and reused until a file changes, so the dev server always shows saved edits.
 */
export function loadCorpus(root: string = process.cwd()): Corpus {
  const key = recentFingerprint(resolve(root));
  const cached = cache.get(resolve(root));
  if (cached?.key === key) return cached.corpus;
  const { corpus, problems } = checkCorpusAt(root);
  if (problems.length > 0) throw new InputError(problems);
  cache.set(resolve(root), { key, corpus });
  return corpus;
}

/**
 * Checks the corpus under `root` as {@link checkCorpusAt} does and, when it has no problem,
 * keeps it for {@link loadCorpus}: the check a build starts with is the corpus it renders.
 */
export function checkAndKeepCorpus(root: string): { corpus: Corpus; problems: Problem[] } {
  // Taken before the files are read: a file saved meanwhile makes the pages read them again.
  const key = fingerprint(resolve(root));
  fingerprints.set(resolve(root), { key, at: Date.now() });
  const result = checkCorpusAt(root);
  if (result.problems.length === 0) cache.set(resolve(root), { key, corpus: result.corpus });
  return result;
}
