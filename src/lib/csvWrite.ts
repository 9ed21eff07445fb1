/** Quotes a value when RFC 4180 requires it: it holds a comma, a double quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record as a CSV line, without its line break. A missing value is an empty field. */
export function csvLine(
  columns: readonly string[],
  row: Readonly<Record<string, string | undefined>>,
): string {
  return columns.map((column) => csvField(row[column] ?? "")).join(",");
}

/**
 * Writes a header and rows as RFC 4180 CSV: comma separated, values quoted where needed with
 * quotes doubled, each record ended by `eol` — CRLF, as RFC 4180 has it, for downloads; the
 * files kept in `data/` end their lines with LF.
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
  eol: "\r\n" | "\n" = "\r\n",
): string {
  return (
    [columns.map(csvField).join(","), ...rows.map((row) => csvLine(columns, row))].join(eol) + eol
  );
}

/**
 * `text` (a CSV file) with `rows` added at its end, in the file's own line breaks (CRLF if
 * it uses them, LF otherwise); a last line without its break is completed first.
 */
export function appendCsv(
  text: string,
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
): string {
  if (rows.length === 0) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = text === "" || text.endsWith("\n") ? text : text + eol;
  return body + rows.map((row) => csvLine(columns, row) + eol).join("");
}
