import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Release } from "../lib/dataset/package.ts";

/**
 * The dataset's release as `CITATION.cff` at the project root states it: the one place its
 * version and date are written, so the data package and the citation always agree.
 */
export function readRelease(root: string): Release {
  const file = join(root, "CITATION.cff");
  const cff = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const version = cff["version"];
  const date = cff["date-released"];
  if (typeof version !== "string" || typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(
      `CITATION.cff: found version ${JSON.stringify(version)} and date-released ${JSON.stringify(date)}; allowed: a quoted version string and a quoted date YYYY-MM-DD`,
    );
  return { version, date };
}
