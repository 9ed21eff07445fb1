import { formatInterval, NOT_PUBLISHED } from "./format.ts";
import type { IncidentMetrics, Interval } from "./metrics.ts";

/** The middle value (the mean of the two middle values for an even count), or null if none. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A median across incidents, with how many incidents it covers out of how many. */
export interface CorpusMedian {
  /** The median, ms; null when no incident publishes the figure. */
  ms: number | null;
  /** Incidents whose milestones give the figure. */
  count: number;
  /** Incidents in all. */
  of: number;
  /** Some of the intervals it is taken over are themselves approximate. */
  approximate: boolean;
}

/** The median of one key figure over the incidents that publish it. */
export function corpusMedian(intervals: ReadonlyArray<Interval | null>): CorpusMedian {
  const known = intervals.filter((i): i is Interval => i !== null);
  return {
    ms: median(known.map((i) => i.ms)),
    count: known.length,
    of: intervals.length,
    approximate: known.some((i) => i.approximate),
  };
}

/** Figures across the whole corpus, for the home page. */
export interface CorpusFigures {
  incidents: number;
  medianTimeToDetect: CorpusMedian;
  medianTimeToMitigate: CorpusMedian;
  /** Impact start to resolved: the median duration. */
  medianTimeToResolve: CorpusMedian;
}

/** Counts the incidents and takes each median over those whose milestones give it. */
export function corpusFigures(metrics: readonly IncidentMetrics[]): CorpusFigures {
  return {
    incidents: metrics.length,
    medianTimeToDetect: corpusMedian(metrics.map((m) => m.timeToDetect)),
    medianTimeToMitigate: corpusMedian(metrics.map((m) => m.timeToMitigate)),
    medianTimeToResolve: corpusMedian(metrics.map((m) => m.timeToResolve)),
  };
}

/** A median as a reader sees it: "about 2 h 05 min", or "not published" when none gives it. */
export function formatMedian(figure: CorpusMedian): string {
  if (figure.ms === null) return NOT_PUBLISHED;
  return formatInterval({ ms: figure.ms, approximate: figure.approximate });
}

/** How many incidents a median covers: "14 of 19 incidents". */
export function coverage(figure: CorpusMedian): string {
  return `${figure.count} of ${figure.of} incident${figure.of === 1 ? "" : "s"}`;
}
