/** A cell as written: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** CRLF, as RFC 4180 has it, for downloads; the files kept in `data/` end lines with LF. */
  eol?: "\r\n" | "\n";
  /**
   * Prefix text that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`,
   * a tab or a carriage return — with `'`, as papaparse's `escapeFormulae` does. For files
   * readers download; never for the data files themselves, whose text stays exact.
   */
  neutraliseFormulae?: boolean;
}

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A value as a CSV field: quoted when RFC 4180 requires it (a comma, a double quote or a
 * line break) or when neutralised as a formula; numbers as written, nothing as empty.
 */
export function csvField(value: CsvCell, neutraliseFormulae = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (neutraliseFormulae && FORMULA.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record as a CSV line, without its line break. A missing value is an empty field. */
export function csvLine(
  columns: readonly string[],
  row: Readonly<Record<string, CsvCell>>,
  neutraliseFormulae = false,
): string {
  return columns.map((column) => csvField(row[column], neutraliseFormulae)).join(",");
}

/**
 * Writes a header and rows as RFC 4180 CSV: comma separated, values quoted where needed with
 * quotes doubled, each record ended by the options' line break (CRLF by default).
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, CsvCell>>>,
  { eol = "\r\n", neutraliseFormulae = false }: CsvOptions = {},
): string {
  const header = columns.map((column) => csvField(column)).join(",");
  const lines = rows.map((row) => csvLine(columns, row, neutraliseFormulae));
  return [header, ...lines].join(eol) + eol;
}

/**
 * `text` (a CSV file) with `rows` added at its end, in the file's own line breaks (CRLF if
 * it uses them, LF otherwise); a last line without its break is completed first.
 */
export function appendCsv(
  text: string,
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, CsvCell>>>,
): string {
  if (rows.length === 0) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = text === "" || text.endsWith("\n") ? text : text + eol;
  return body + rows.map((row) => csvLine(columns, row) + eol).join("");
}

/** A cell's text as a download writes it, before quoting: a formula gets a leading `'`. */
export function csvCellText(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}
