import { toCsv } from "../csvWrite.ts";
import type { DatasetRow, DatasetTable } from "./tableSchema.ts";

/**
 * A table as CSV: its fields in schema order, an empty cell for no value, and text that a
 * spreadsheet would run as a formula neutralised with a leading `'`.
 */
export function tableCsv(table: DatasetTable): string {
  return toCsv(
    table.schema.fields.map((field) => field.name),
    table.rows,
    { neutraliseFormulae: true },
  );
}

/** A table as JSON: one object per row with every field, `null` for no value, text exact. */
export function tableJson(table: DatasetTable): DatasetRow[] {
  const names = table.schema.fields.map((field) => field.name);
  return table.rows.map((row) =>
    Object.fromEntries(names.map((name) => [name, row[name] ?? null])),
  );
}
