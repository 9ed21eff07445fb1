import type { IncidentMetrics } from "./metrics.ts";

/** The middle value (the mean of the two middle values for an even count), or null if none. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Figures across the whole corpus, for the home page. */
export interface CorpusFigures {
  incidents: number;
  /** Median duration of the incidents whose duration is known, ms. */
  medianDuration: number | null;
  /** How many incidents the median duration is taken over. */
  withDuration: number;
  /** Median time to mitigate of the incidents where it is known, ms. */
  medianTimeToMitigate: number | null;
  /** How many incidents the median time to mitigate is taken over. */
  withTimeToMitigate: number;
}

const known = (values: Array<number | null>) => values.filter((v): v is number => v !== null);

/** Counts the incidents and takes the medians over those where each figure is known. */
export function corpusFigures(metrics: readonly IncidentMetrics[]): CorpusFigures {
  const durations = known(metrics.map((m) => m.duration));
  const mitigations = known(metrics.map((m) => m.timeToMitigate));
  return {
    incidents: metrics.length,
    medianDuration: median(durations),
    withDuration: durations.length,
    medianTimeToMitigate: median(mitigations),
    withTimeToMitigate: mitigations.length,
  };
}
