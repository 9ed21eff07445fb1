import type { Corpus } from "./corpus.ts";
import { readCsv } from "./csv.ts";
import { toCsv } from "./csvWrite.ts";
import { contractColumns, DATA_FILES, sourcePath, type DataFileName } from "./dataFiles.ts";
import { isoInstant } from "./format.ts";
import { InputError } from "./problems.ts";
import { SITE_WIDE } from "./urls.ts";

/**
 * A data file as CSV: exactly its data rows, as written in `data/`, in the contract's column
 * order, quoted per RFC 4180. Columns a file leaves out are written empty, and text a
 * spreadsheet would run as a formula is neutralised with a leading `'`.
 */
export function dataCsv(slug: string, file: DataFileName, text: string): string {
  const path = sourcePath(slug, file);
  const table = readCsv(path, text, DATA_FILES[file].columns);
  if (table.problems.length > 0) throw new InputError(table.problems);
  return toCsv(
    contractColumns(file),
    table.records.map((record) => record.values),
    { neutraliseFormulae: true },
  );
}

/** A value of a typed row: instants become ISO 8601 UTC strings, absent values `null`. */
export type JsonValue = string | null;

/**
 * A data file as JSON: one object per row, in file order, with every contract column. Times
 * are ISO 8601 in UTC (`2020-09-28T21:25:00Z`) whatever offset the CSV used.
 */
export function dataJson(
  corpus: Corpus,
  slug: string,
  file: DataFileName,
): Record<string, JsonValue>[] {
  const rows = rowsOf(corpus, slug, file);
  const columns = contractColumns(file);
  return rows.map((row) =>
    Object.fromEntries(
      columns.map((column) => {
        const value = (row as Record<string, unknown>)[column];
        // Validated rows hold instants as epoch milliseconds and nothing else as a number.
        if (typeof value === "number") return [column, isoInstant(value)];
        return [column, typeof value === "string" ? value : null];
      }),
    ),
  );
}

function rowsOf(corpus: Corpus, slug: string, file: DataFileName): object[] {
  switch (file) {
    case "providers":
      return [...corpus.providers.values()];
    case "services":
      return [...corpus.services.values()];
    case "dependencies":
      return corpus.dependencies;
    default: {
      const incident = slug === SITE_WIDE ? undefined : corpus.incidents.get(slug);
      if (!incident) throw new Error(`No incident with the slug "${slug}".`);
      return incident[file];
    }
  }
}
