import type { EventRow, ImpactRow } from "./schemas.ts";

/** Figures derived from an incident's CSV files; nothing here is typed by an editor. */
export interface IncidentMetrics {
  /** Earliest of the first `impact` event and the first impact span, epoch ms. */
  impactStart: number | null;
  /** Latest of the last `resolved` event and the last impact span end, epoch ms. */
  impactEnd: number | null;
  /** `impactEnd - impactStart`, ms. */
  duration: number | null;
  /**
   * The moment the three intervals below are counted from: the first `impact` event known to
   * the minute or hour, else `impactStart`. Epoch ms.
   */
  clockStart: number | null;
  /** Distinct service ids with an impact span, in order of first impact. */
  services: string[];
  /** Distinct regions with an impact span, in order of first impact. */
  regions: string[];
  /**
   * First `impact` event to first `detection` event, ms (negative: detected before impact).
   * These intervals use only events known to the minute or hour.
   */
  timeToDetect: number | null;
  /** First `impact` event to first `mitigation` event, ms. */
  timeToMitigate: number | null;
  /** First `impact` event to last `resolved` event, ms. */
  timeToResolve: number | null;
}

const byTime = (a: EventRow, b: EventRow) => a.time - b.time;

function first(events: EventRow[], phase: EventRow["phase"]): EventRow | undefined {
  return events.filter((e) => e.phase === phase).sort(byTime)[0];
}

function last(events: EventRow[], phase: EventRow["phase"]): EventRow | undefined {
  return events
    .filter((e) => e.phase === phase)
    .sort(byTime)
    .at(-1);
}

function minOrNull(values: number[]): number | null {
  return values.length > 0 ? Math.min(...values) : null;
}

function maxOrNull(values: number[]): number | null {
  return values.length > 0 ? Math.max(...values) : null;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Derives the key figures of an incident from its events and impact spans. */
export function deriveMetrics(events: EventRow[], impact: ImpactRow[]): IncidentMetrics {
  const spans = [...impact].sort((a, b) => a.start - b.start || a.end - b.end);
  const impactEvent = first(events, "impact");
  const resolvedEvent = last(events, "resolved");
  const impactStart = minOrNull([
    ...(impactEvent ? [impactEvent.time] : []),
    ...spans.map((s) => s.start),
  ]);
  const impactEnd = maxOrNull([
    ...(resolvedEvent ? [resolvedEvent.end ?? resolvedEvent.time] : []),
    ...spans.map((s) => s.end),
  ]);
  // A time known only to the day says nothing about minutes to detect or mitigate.
  const timed = events.filter((e) => e.precision !== "day");
  const origin = first(timed, "impact")?.time ?? impactStart;
  const since = (event: EventRow | undefined) =>
    event && origin !== null ? event.time - origin : null;
  return {
    impactStart,
    impactEnd,
    duration: impactStart !== null && impactEnd !== null ? impactEnd - impactStart : null,
    clockStart: origin,
    services: distinct(spans.map((s) => s.service)),
    regions: distinct(spans.map((s) => s.region)),
    timeToDetect: since(first(timed, "detection")),
    timeToMitigate: since(first(timed, "mitigation")),
    timeToResolve: since(last(timed, "resolved")),
  };
}
