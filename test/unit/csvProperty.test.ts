import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";

/** Writes a table as RFC 4180 CSV with the given line ending, quoting every value that needs it. */
function writeCsv(rows: string[][], eol: "\n" | "\r\n"): string {
  return rows.map((row) => Papa.unparse([row], { newline: eol, quotes: false })).join(eol) + eol;
}

const cell = fc.string({
  unit: fc.constantFrom("a", "Z", "1", " ", ",", '"', "\n", "\r\n", "é", "—", "'", ";"),
});

describe("readCsv, for any table of strings", () => {
  it("reads back exactly the rows that were written, whatever the quotes, commas, new lines, BOM or line endings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 8,
            }),
            fc.constant(width),
          ),
        ),
        fc.boolean(),
        fc.constantFrom("\n" as const, "\r\n" as const),
        ([rows, width], bom, eol) => {
          // A row of one empty value is a blank line in CSV; real files never have one.
          fc.pre(rows.every((row) => !(width === 1 && row[0] === "")));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const text = (bom ? "\uFEFF" : "") + writeCsv([header, ...rows], eol);
          const table = readCsv("property.csv", text, { required: header, optional: [] });
          expect(table.problems).toEqual([]);
          expect(table.records.map((r) => header.map((h) => r.values[h]))).toEqual(rows);
        },
      ),
      { numRuns: 300, seed: 20200928 },
    );
  });
});
