import { formatDuration } from "./format.ts";

/** What the comparison sentence needs of one incident. */
export interface CompareEntry {
  label: string;
  timeToDetect: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
}

function when(verb: string, ms: number | null): string {
  if (ms === null) return `${verb} at a time not known`;
  return ms < 0
    ? `${verb} ${formatDuration(-ms)} before impact`
    : `${verb} after ${formatDuration(ms)}`;
}

/**
 * One sentence comparing the selected incidents phase by phase. Kept apart from the other
 * summaries because the compare page's browser code rewrites it when the selection changes.
 */
export function compareSummary(entries: readonly CompareEntry[]): string {
  if (entries.length === 0) return "Pick at least one incident to compare.";
  const clauses = entries.map(
    (e) =>
      `${e.label}: ${when("detected", e.timeToDetect)}, ${when("mitigated", e.timeToMitigate)}, ${when("resolved", e.timeToResolve)}`,
  );
  return `Counted from impact start. ${clauses.join("; ")}.`;
}
