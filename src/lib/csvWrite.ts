import Papa from "papaparse";

/** A cell as written: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * Writes a header and rows as RFC 4180 CSV: comma separated, CRLF line breaks, values quoted
 * where needed with quotes doubled, a missing value as an empty field. A text cell that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets papaparse's leading `'`; numbers are written as numbers.
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, CsvCell>>>,
): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ""));
  return `${Papa.unparse({ fields: [...columns], data }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
