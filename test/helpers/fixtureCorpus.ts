import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "corpus");

/** Names of the bad-input fixtures: each changes the valid corpus in one way. */
export function badCases(): string[] {
  return readdirSync(join(FIXTURES, "bad")).sort();
}

/**
 * A temporary corpus: the valid fixture with one bad case laid over it (its files replace
 * or add to the valid ones; `remove.txt` lists files to delete).
 */
export function fixtureCorpus(badCase?: string): string {
  const root = mkdtempSync(join(tmpdir(), "atlas-fixture-"));
  cpSync(join(FIXTURES, "valid"), root, { recursive: true });
  if (badCase) {
    const dir = join(FIXTURES, "bad", badCase);
    for (const entry of readdirSync(dir)) {
      if (entry === "remove.txt" || entry === "expected.txt") continue;
      cpSync(join(dir, entry), join(root, entry), { recursive: true });
    }
    const removals = join(dir, "remove.txt");
    if (existsSync(removals)) {
      for (const path of readFileSync(removals, "utf8").split("\n").filter(Boolean))
        rmSync(join(root, path));
    }
  }
  return root;
}

/** The problem lines a bad case must produce, exactly. */
export function expectedProblems(badCase: string): string[] {
  return readFileSync(join(FIXTURES, "bad", badCase, "expected.txt"), "utf8")
    .split("\n")
    .filter(Boolean);
}
