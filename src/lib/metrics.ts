import type { EventRow, ImpactRow, Milestone, Precision } from "./schemas.ts";

/** The moment a milestone event marks: its `time`, never its `end`. */
export interface MilestoneMoment {
  time: number;
  precision: Precision;
  /** The event that carries the milestone. */
  eventId: string;
}

/** An interval between two milestones. */
export interface Interval {
  /** Milliseconds; negative when the later milestone came first (detected before impact). */
  ms: number;
  /** Built on a milestone known only to the hour or the day: it reads "about …". */
  approximate: boolean;
}

/**
 * Figures derived from an incident's CSV files; nothing here is typed by an editor. The
 * intervals come from milestones alone: a milestone the sources do not give leaves its
 * figure `null` ("not published"), never guessed from the events of a phase.
 */
export interface IncidentMetrics {
  milestones: Partial<Record<Milestone, MilestoneMoment>>;
  /** The `impact-start` milestone, epoch ms. */
  impactStart: number | null;
  /** The `resolved` milestone: all impact over, epoch ms. */
  impactEnd: number | null;
  /** Distinct service ids with an impact span, in order of first impact. */
  services: string[];
  /** Distinct regions with an impact span, in order of first impact. */
  regions: string[];
  /** `impact-start` to `detected`: when the provider knew. */
  timeToDetect: Interval | null;
  /** `impact-start` to `mitigated`: when the fix took effect for most customers. */
  timeToMitigate: Interval | null;
  /** `impact-start` to `resolved`: all impact over; the incident's duration. */
  timeToResolve: Interval | null;
}

/** The milestones of an incident's events; the validator makes sure each appears once. */
export function milestonesOf(
  events: readonly EventRow[],
): Partial<Record<Milestone, MilestoneMoment>> {
  const found: Partial<Record<Milestone, MilestoneMoment>> = {};
  for (const event of events) {
    if (event.milestone && !found[event.milestone]) {
      found[event.milestone] = { time: event.time, precision: event.precision, eventId: event.id };
    }
  }
  return found;
}

/** The interval from one milestone to another, or null if either is not published. */
export function between(
  from: MilestoneMoment | undefined,
  to: MilestoneMoment | undefined,
): Interval | null {
  if (!from || !to) return null;
  return {
    ms: to.time - from.time,
    approximate: from.precision !== "minute" || to.precision !== "minute",
  };
}

const distinct = (values: string[]) => [...new Set(values)];

/** Derives the key figures of an incident from its milestones and impact spans. */
export function deriveMetrics(
  events: readonly EventRow[],
  impact: readonly ImpactRow[],
): IncidentMetrics {
  const spans = [...impact].sort((a, b) => a.start - b.start || a.end - b.end);
  const milestones = milestonesOf(events);
  const start = milestones["impact-start"];
  return {
    milestones,
    impactStart: start?.time ?? null,
    impactEnd: milestones.resolved?.time ?? null,
    services: distinct(spans.map((s) => s.service)),
    regions: distinct(spans.map((s) => s.region)),
    timeToDetect: between(start, milestones.detected),
    timeToMitigate: between(start, milestones.mitigated),
    timeToResolve: between(start, milestones.resolved),
  };
}
