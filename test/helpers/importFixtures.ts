import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectExport, type ExportDocument } from "../../src/lib/importExport.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "import");

/** A status-page export of test/fixtures/import/, parsed and its format detected. */
export function importFixture(name: "statuspage-incidents" | "google-incidents"): ExportDocument {
  return detectExport(JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")));
}

/** An ISO time as epoch milliseconds, for comparing with what an import read. */
export const at = (iso: string) => Date.parse(iso);
