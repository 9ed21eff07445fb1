/** Quotes a value when RFC 4180 requires it: it holds a comma, a double quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes a header and rows as RFC 4180 CSV: comma separated, CRLF line breaks, values quoted
 * where needed with quotes doubled. A missing value is written as an empty field.
 */
export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ""))];
  return lines.map((fields) => fields.map(csvField).join(",")).join("\r\n") + "\r\n";
}
