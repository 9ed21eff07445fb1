import { formatInterval, wholeMinutes } from "./format.ts";
import type { IncidentMetrics, Interval } from "./metrics.ts";

/** The intervals every incident is measured by, in the order they are shown. */
export const KEY_FIGURES = [
  { key: "timeToDetect", label: "Time to detect", verb: "detect" },
  { key: "timeToMitigate", label: "Time to mitigate", verb: "mitigate" },
  // Counted from impact start to all impact over, it is also the incident's duration: one
  // figure, so the page never shows two that always hold the same number.
  { key: "timeToResolve", label: "Time to resolve", verb: "resolve" },
] as const;

export type KeyFigureName = (typeof KEY_FIGURES)[number]["key"];

/** One key figure as a reader sees it. */
export interface KeyFigure {
  key: KeyFigureName;
  /** Exactly the `<dt>` text: "Time to mitigate". */
  label: string;
  /** Whole minutes from impact start; null when a milestone is not published. */
  minutes: number | null;
  /** "2 h 05 min", "about 2 h 58 min", "not published". */
  text: string;
  interval: Interval | null;
}

/** The key figures of one incident, each from its milestones alone. */
export function keyFigures(metrics: IncidentMetrics): KeyFigure[] {
  return KEY_FIGURES.map(({ key, label }) => {
    const interval = metrics[key];
    return {
      key,
      label,
      interval,
      minutes: wholeMinutes(interval),
      text: formatInterval(interval),
    };
  });
}
