import { formatDuration, formatUtc } from "./format.ts";
import type { IncidentMetrics } from "./metrics.ts";
import type { EventRow, ImpactRow } from "./schemas.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence describing the timeline, generated from the data. */
export function timelineSummary(events: readonly EventRow[], metrics: IncidentMetrics): string {
  const count = plural(events.length, "event");
  if (metrics.impactStart === null || metrics.duration === null) {
    const sorted = [...events].sort((a, b) => a.time - b.time);
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) return "No events are recorded yet.";
    return `${count} from ${formatUtc(first.time, "day")} to ${formatUtc(last.time, "day")}.`;
  }
  return `Impact began ${formatUtc(metrics.impactStart)} and lasted ${formatDuration(metrics.duration)}; ${count} from the first sign of trouble to the follow-up.`;
}

/** One sentence describing the service-impact chart: how many, how long, who was last. */
export function impactSummary(
  spans: readonly ImpactRow[],
  names: ReadonlyMap<string, string>,
): string {
  if (spans.length === 0) return "No service impact spans are recorded for this incident.";
  const services = new Set(spans.map((s) => s.service));
  const last = [...spans].sort((a, b) => b.end - a.end)[0] as ImpactRow;
  const longest = Math.max(...spans.map((s) => s.end - s.start));
  const name = names.get(last.service) ?? last.service;
  const region = last.region === "global" ? "" : ` in ${last.region}`;
  return `${plural(services.size, "service")} impaired for up to ${formatDuration(longest)}; ${name}${region} recovered last, at ${formatUtc(last.end)}.`;
}
