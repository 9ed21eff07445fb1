import type { z } from "zod";
import { readCsv, type CsvColumns } from "./csv.ts";
import type { Problem } from "./problems.ts";
import { issueMessage } from "./zodIssue.ts";

export interface Table<T> {
  rows: Array<T & { line: number }>;
  problems: Problem[];
}

function issueToProblem(file: string, line: number, issue: z.core.$ZodIssue): Problem {
  const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const message = issueMessage(issue, "column");
  return column === undefined ? { file, line, message } : { file, line, column, message };
}

/**
 * Reads and validates a CSV file against a row schema. Empty cells count as absent, so
 * optional columns may be left blank. Every row is either returned or reported.
 */
export function readTable<S extends z.ZodType<object>>(
  file: string,
  source: string,
  columns: CsvColumns,
  schema: S,
): Table<z.output<S>> {
  const table = readCsv(file, source, columns);
  const problems = [...table.problems];
  const rows: Array<z.output<S> & { line: number }> = [];
  // A wrong header makes every row wrong; report the cause once, not a symptom per row.
  if (table.problems.some((p) => p.line === 1)) return { rows, problems };
  for (const record of table.records) {
    const input: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(record.values)) {
      input[key] = value.trim() === "" ? undefined : value;
    }
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) rows.push({ ...result.data, line: record.line });
    else
      for (const issue of result.error.issues)
        problems.push(issueToProblem(file, record.line, issue));
  }
  return { rows, problems };
}
