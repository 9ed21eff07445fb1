import Papa from "papaparse";
import { describeFound, type Problem } from "./problems.ts";

/** One data row with the line it starts on, for error messages. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const QUOTING =
  "allowed: RFC 4180 quoting: wrap a value holding commas, quotes or new lines in double quotes, and write a quote inside it as two";

/**
 * Reads CSV text (UTF-8, optional BOM, LF or CRLF, RFC 4180 quoting) into records keyed by
 * the header. Checks the header against the allowed columns and the shape of every row;
 * each problem names its file and line. Nothing is dropped: a row is either returned or
 * reported.
 */
export function readCsv(file: string, source: string, columns: CsvColumns): CsvTable {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const starts = lineStarts(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step(result) {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const line = lineAt(starts, start);
      const fields = result.data;
      const quoteErrors = result.errors.filter((e) => e.type === "Quotes");
      if (quoteErrors.length > 0) {
        const first = quoteErrors[0];
        const at = first?.index !== undefined ? lineAt(starts, first.index) : line;
        problems.push({
          file,
          line: at,
          message: `found a malformed quoted value (${first?.message.toLowerCase()}); ${QUOTING}`,
        });
        return;
      }
      if (fields.length === 1 && fields[0] === "") return; // a blank line
      if (!header) {
        header = fields.map((f) => f.trim());
        return;
      }
      if (fields.length !== header.length) {
        problems.push({
          file,
          line,
          message: `found ${fields.length} values; allowed: ${header.length}, one per header column (quote values that hold commas)`,
        });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => {
        values[name] = fields[i] ?? "";
      });
      records.push({ line, values });
    },
  });

  if (!header) {
    problems.push({
      file,
      line: 1,
      message: `found no header row; allowed: a first line naming the columns ${columns.required.join(",")}`,
    });
    return { header: [], records, problems };
  }

  const known = new Set([...columns.required, ...columns.optional]);
  const allowed = [...columns.required, ...columns.optional].join(", ");
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) {
      problems.push({
        file,
        line: 1,
        message: `found unknown column ${describeFound(name)}; allowed columns: ${allowed}`,
      });
    }
    if (seen.has(name)) {
      problems.push({
        file,
        line: 1,
        message: `found column ${describeFound(name)} twice; allowed: each column once`,
      });
    }
    seen.add(name);
  }
  for (const name of columns.required) {
    if (!seen.has(name)) {
      problems.push({
        file,
        line: 1,
        message: `found no column ${describeFound(name)}; it is required (required columns: ${columns.required.join(", ")})`,
      });
    }
  }
  return { header, records, problems };
}
