import type { z } from "zod";
import type { Severity } from "./schemas.ts";
import { parseInstant } from "./time.ts";

/**
 * One incident read from a status-page export, whatever its format: what a draft incident
 * is written from. Times are epoch milliseconds.
 */
export interface ImportedIncident {
  format: ExportFormat;
  id: string;
  /** The incident's name as the status page gives it: the draft's title. */
  name: string;
  /** The incident's page: the source of every row. */
  link: string;
  /** A second address of the same page, when the export gives an https:// one. */
  shortlink?: string;
  /** Who posted the updates: the page's name, or "Google Cloud Service Health". */
  author: string;
  /** What the page is called, for telling which provider it belongs to. */
  page: { name: string; url: string };
  /** When the incident was opened on the status page. */
  created: number;
  /** When impact began, and the field of the export it comes from. */
  start: { time: number; field: string };
  /** The first update marked "monitoring": the fix took effect. */
  mitigated?: number;
  /** When the status page says the incident ended. */
  resolved: number;
  /** Every update with text, oldest first. */
  updates: ImportedUpdate[];
  /** Impact spans, per component and region. */
  spans: ImportedSpan[];
  /** Names of components the incident lists without any status the spans could use. */
  unspanned: string[];
  /** What the editor must know about this import, one sentence each. */
  notes: string[];
}

export interface ImportedUpdate {
  time: number;
  status: string;
  text: string;
}

export interface ImportedSpan {
  /** The component's or product's name as the status page gives it. */
  component: string;
  region: string;
  start: number;
  end: number;
  severity: Severity;
  /** What the status page said, in its own terms. */
  note: string;
}

export type ExportFormat = "statuspage" | "google";

/** What each format is called in messages. */
export const FORMAT_NAMES: Record<ExportFormat, string> = {
  statuspage: "Atlassian Statuspage API v2 incidents.json (an object with page and incidents)",
  google:
    "Google Cloud Service Health incidents.json (an array of incidents with begin and updates)",
};

/** An incident of an export, as listed when `--incident` names none of them. */
export interface ListedIncident {
  id: string;
  name: string;
  date: string;
}

/** A refusal: the export cannot be imported as asked. Nothing is written. */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusal";
  }
}

/**
 * An export's time (ISO 8601 with `Z` or any offset, with or without seconds and a fraction
 * of any length) as epoch milliseconds; `where` names the field for the refusal.
 */
export function exportTime(value: unknown, where: string): number {
  const text = typeof value === "string" ? value.replace(/(\.\d{3})\d+/, "$1") : "";
  const result = parseInstant(text);
  if (!result.ok) {
    throw new ImportRefusal(
      `${where}: found ${JSON.stringify(value ?? null)}; allowed: an ISO 8601 time with a zone`,
    );
  }
  return result.ms;
}

/** `2021-03-15`: the UTC calendar date of an instant. */
export function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A component's state from some moment on: a severity, or `null` when not impaired. */
export interface Observation {
  time: number;
  severity: Severity | null;
  /** The status page's own word for the state, kept in the span's note. */
  status: string;
}

/**
 * Spans from a component's observed states, in time order: a span runs from a state to the
 * next different one, the last to `end`. Spans are cut at `end`; what lies wholly after it
 * is dropped (a status set after the incident ended is not impact).
 */
export function spansOf(
  observations: readonly Observation[],
  end: number,
): { start: number; end: number; severity: Severity; status: string }[] {
  const spans: { start: number; end: number; severity: Severity; status: string }[] = [];
  let open: Observation | undefined;
  const close = (at: number) => {
    if (open?.severity && Math.min(at, end) > open.time) {
      spans.push({
        start: open.time,
        end: Math.min(at, end),
        severity: open.severity,
        status: open.status,
      });
    }
  };
  for (const observation of observations) {
    if (open && open.severity === observation.severity) continue;
    close(observation.time);
    open = observation;
  }
  close(end);
  return spans;
}

/**
 * `value` read with `schema`, or a refusal naming each field that does not fit, e.g.
 * `incidents[2].incident_updates[0].created_at: found nothing; allowed: string`.
 */
export function readShape<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: string,
): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path
      .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
      .join("");
    const found =
      issue.input === undefined || issue.input === null ? "nothing" : JSON.stringify(issue.input);
    const allowed = issue.code === "invalid_type" ? issue.expected : issue.message;
    return `${where}${path}: found ${found.length > 60 ? `${found.slice(0, 57)}...` : found}; allowed: ${allowed}`;
  });
  throw new ImportRefusal(lines.join("\n"));
}

/** Sorts by time, oldest first; items at the same time keep their order in `items`. */
export function oldestFirst<T>(items: readonly T[], time: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, time: time(item) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ item }) => item);
}
