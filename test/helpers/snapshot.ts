import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { expect } from "vitest";

export const OUTPUT = join(import.meta.dirname, "..", "output");

/** Ids a chart library makes up, renumbered in order of appearance so snapshots stay stable. */
function renumberIds(text: string): string {
  const ids = new Map<string, string>();
  const generated = /\b(plot-[\w-]*?|clip|gradient)(\d+)\b/g;
  return text.replace(generated, (whole) => {
    if (!ids.has(whole)) ids.set(whole, `${whole.replace(/\d+$/, "")}${ids.size + 1}`);
    return ids.get(whole) ?? whole;
  });
}

/** Coordinates rounded to a tenth, so a change in the last digits is not a change. */
function roundCoordinates(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * Compares output with its reviewed snapshot in `test/output/`, as Plot's test harness does:
 * one element a line, coordinates rounded, ids renumbered. On a mismatch the new output is
 * written beside it as `<name>-changed.<ext>` to open and compare, and the test fails; a
 * missing snapshot is written for review. On CI nothing is ever written.
 */
export function expectSnapshot(output: string, file: string): void {
  const actual = roundCoordinates(renumberIds(output)).trimEnd() + "\n";
  const path = join(OUTPUT, file);
  const changed = path.replace(/(\.[a-z]+)$/, "-changed$1");
  const ci = Boolean(process.env["CI"]);
  if (!existsSync(path)) {
    if (ci) throw new Error(`${file}: no reviewed snapshot; run the tests locally and review it.`);
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (actual === expected) {
    if (!ci) rmSync(changed, { force: true });
    return;
  }
  if (!ci) writeFileSync(changed, actual);
  expect(actual, `${file} changed; review ${basename(changed)} and accept it by renaming`).toBe(
    expected,
  );
}
