/**
 * The shapes of a Frictionless Table Schema (v1) as the open dataset uses them: typed fields
 * with a description each, keys, and references between tables.
 */

/** One column of a published table. */
export interface TableField {
  name: string;
  type: "string" | "integer" | "datetime";
  /** `uri` for addresses; datetimes use the default `YYYY-MM-DDTHH:MM:SSZ`. */
  format?: "uri";
  /** What the column means, shown on the dataset page. */
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    maxLength?: number;
  };
}

/** A foreign key: the values of `fields` are found in `fields` of another table. */
export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: TableField[];
  /** An empty cell means no value. */
  missingValues: [""];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
}

/** A cell of a published table: text, a whole number, or no value. */
export type DatasetCell = string | number | null;
export type DatasetRow = Record<string, DatasetCell>;

/** A table of the dataset: its name, what it holds, its schema and its rows. */
export interface DatasetTable {
  name: string;
  title: string;
  description: string;
  schema: TableSchema;
  rows: DatasetRow[];
}

/** A field that must hold a value. */
export const required = (field: TableField): TableField => ({
  ...field,
  constraints: { ...field.constraints, required: true },
});
