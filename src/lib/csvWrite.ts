import Papa from "papaparse";

/**
 * Cells a spreadsheet would run as a formula: papaparse writes them with a leading `'`.
 * Papaparse's own pattern stops at a line break; this one looks at the first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * Writes a header and rows as RFC 4180 CSV: comma separated, CRLF line breaks, values quoted
 * where needed with quotes doubled, a missing value as an empty field, and a cell that starts
 * like a formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with `'` so no spreadsheet runs it.
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ""));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", escapeFormulae: FORMULA })}\r\n`;
}

/** A cell as {@link toCsv} writes its value, before quoting: formulas get a leading `'`. */
export function csvCellText(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}
