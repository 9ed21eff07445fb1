import type { IncidentMetrics } from "./metrics.ts";
import type { EventRow, Phase, Precision } from "./schemas.ts";
import { DAY, HOUR } from "./time.ts";

/** The three moments the response is measured by. */
export type KeyMoment = "detect" | "mitigate" | "resolve";

/** One event of an incident, placed relative to the start of its impact. */
export interface AlignedMoment {
  id: string;
  phase: Phase;
  precision: Precision;
  title: string;
  /** The event's time, epoch ms. */
  time: number;
  /** Milliseconds after impact start (negative: before). */
  offset: number;
  /** Where the event may end, after impact start: its `end`, or the edge of its uncertainty. */
  offsetEnd: number;
  /** Set on the events that time to detect, mitigate and resolve are measured to. */
  key: KeyMoment | null;
}

/** An incident laid on a clock that starts at its impact start. */
export interface AlignedIncident {
  slug: string;
  /** Epoch ms of t = 0: where time to detect, mitigate and resolve are counted from. */
  origin: number;
  /** The impact period, ms after t = 0, when known. */
  impact: [number, number] | null;
  moments: AlignedMoment[];
  /** The stretch worth showing: impact and the events close to it, ms after t = 0. */
  focus: [number, number];
}

/** Aftermath (reviews, attribution) happens days later and says nothing about the response. */
const RESPONSE_PHASES: readonly Phase[] = [
  "trigger",
  "impact",
  "detection",
  "communication",
  "mitigation",
  "recovery",
  "resolved",
];

function reach(time: number, precision: Precision, end: number | undefined): number {
  if (precision === "day") return Math.max(time + DAY, end ?? time);
  if (precision === "hour") return Math.max(time + HOUR / 2, end ?? time);
  return end ?? time;
}

/** The milestone events the key figures are measured to, by id. */
function keyMoments(metrics: IncidentMetrics): Map<string, KeyMoment> {
  const keys = new Map<string, KeyMoment>();
  const { detected, mitigated, resolved } = metrics.milestones;
  if (resolved) keys.set(resolved.eventId, "resolve");
  if (mitigated) keys.set(mitigated.eventId, "mitigate");
  if (detected) keys.set(detected.eventId, "detect");
  return keys;
}

/**
 * Aligns an incident at the start of its impact (t = 0, the same origin as its time to
 * detect, mitigate and resolve) so incidents can be compared phase by phase. Aftermath
 * events are left out. Returns null when the incident has no impact start.
 */
export function alignIncident(
  slug: string,
  events: readonly EventRow[],
  metrics: IncidentMetrics,
): AlignedIncident | null {
  const origin = metrics.impactStart;
  if (origin === null) return null;
  const keys = keyMoments(metrics);
  const moments = events
    .filter((event) => RESPONSE_PHASES.includes(event.phase))
    .map((event) => ({
      id: event.id,
      phase: event.phase,
      precision: event.precision,
      title: event.title,
      time: event.time,
      offset: event.time - origin,
      offsetEnd: reach(event.time, event.precision, event.end) - origin,
      key: keys.get(event.id) ?? null,
    }))
    .sort((a, b) => a.offset - b.offset || a.offsetEnd - b.offsetEnd);
  const impact: [number, number] | null =
    metrics.impactStart !== null && metrics.impactEnd !== null
      ? [metrics.impactStart - origin, metrics.impactEnd - origin]
      : null;
  return { slug, origin, impact, moments, focus: focusOf(moments, impact) };
}

/**
 * Impact and the events within half its length either side. Months-old triggers or a fleet
 * still recovering weeks later would squash the response into a sliver; they stay in the
 * chart's data and are drawn at its edge.
 */
function focusOf(moments: readonly AlignedMoment[], impact: [number, number] | null) {
  const end = Math.max(impact?.[1] ?? 0, HOUR);
  const near = moments.filter((m) => m.offset >= -end / 2 && m.offset <= end * 1.5);
  return [
    Math.min(0, impact?.[0] ?? 0, ...near.map((m) => m.offset)),
    Math.max(end, ...near.map((m) => m.offset)),
  ] as [number, number];
}

/**
 * The shared clock for several aligned incidents: the union of their focus, with a margin.
 * Takes only the focus stretches, so the browser can recompute it from the drawn lanes.
 */
export function alignedDomain(focus: ReadonlyArray<readonly [number, number]>): [number, number] {
  if (focus.length === 0) return [0, HOUR];
  const start = Math.min(...focus.map((f) => f[0]));
  const end = Math.max(...focus.map((f) => f[1]));
  const pad = (end - start) * 0.03;
  return [start - pad, end + pad];
}
