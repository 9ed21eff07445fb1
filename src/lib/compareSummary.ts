import { formatDuration } from "./format.ts";
import type { Interval } from "./metrics.ts";

/** What the comparison sentence needs of one incident. */
export interface CompareEntry {
  label: string;
  timeToDetect: Interval | null;
  timeToMitigate: Interval | null;
  timeToResolve: Interval | null;
}

function when(verb: string, interval: Interval | null): string {
  if (interval === null) return `${verb} at a time not published`;
  const about = interval.approximate ? "about " : "";
  return interval.ms < 0
    ? `${verb} ${about}${formatDuration(-interval.ms)} before impact`
    : `${verb} after ${about}${formatDuration(interval.ms)}`;
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
