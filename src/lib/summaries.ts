import type { BlastRadius } from "./blastRadius.ts";
import { impairedTime, peakConcurrency, type ConcurrencyStep } from "./concurrency.ts";
import { corpusMedian, coverage, formatMedian, type CorpusFigures } from "./corpusFigures.ts";
import { formatDuration, formatInterval, formatUtc } from "./format.ts";
import { KEY_FIGURES } from "./keyFigures.ts";
import type { IncidentMetrics, Interval } from "./metrics.ts";
import type { EventRow, ImpactRow } from "./schemas.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One sentence describing the timeline, generated from the data. */
export function timelineSummary(events: readonly EventRow[], metrics: IncidentMetrics): string {
  const count = plural(events.length, "event");
  const start = metrics.milestones["impact-start"];
  if (!start || metrics.timeToResolve === null) {
    const sorted = [...events].sort((a, b) => a.time - b.time);
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) return "No events are recorded yet.";
    return `${count} from ${formatUtc(first.time, "day")} to ${formatUtc(last.time, "day")}.`;
  }
  return `Impact began ${formatUtc(start.time, start.precision)} and lasted ${formatInterval(metrics.timeToResolve)}; ${count} from the first sign of trouble to the follow-up.`;
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

/** One sentence on how many services were down at once, and for how long any was. */
export function concurrencySummary(steps: readonly ConcurrencyStep[]): string {
  const peak = peakConcurrency(steps);
  if (!peak || peak.total === 0) return "No service impact spans are recorded for this incident.";
  const total = impairedTime(steps);
  const peakText =
    peak.total === 1
      ? "One service at a time was impaired"
      : `Up to ${peak.total} services were impaired at once, from ${formatUtc(peak.start)} for ${formatDuration(peak.end - peak.start)}`;
  return `${peakText}; at least one service was impaired for ${formatDuration(total)} in all.`;
}

function listNames(names: string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** One sentence naming the root services and how many failed with them. */
export function blastRadiusSummary(blast: BlastRadius, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const roots = blast.nodes.filter((n) => n.depth === 0).map((n) => name(n.service));
  const dependents = blast.nodes.filter((n) => n.depth > 0).map((n) => name(n.service));
  if (roots.length === 0) return "No documented dependency links the services of this incident.";
  const them = roots.length === 1 ? "it" : "them";
  const depend = dependents.length === 1 ? "depends" : "depend";
  return `${listNames(roots)} failed, and ${plural(dependents.length, "service")} that ${depend} on ${them} failed with ${them}: ${listNames(dependents)}.`;
}

/** One sentence on the corpus: how many incidents, over what years, how long they lasted. */
export function overviewSummary(
  figures: CorpusFigures,
  years: [number, number] | null,
  longest: { label: string; duration: Interval } | null,
): string {
  if (figures.incidents === 0 || years === null) return "No incidents are recorded yet.";
  const span = years[0] === years[1] ? `in ${years[0]}` : `from ${years[0]} to ${years[1]}`;
  const resolve = figures.medianTimeToResolve;
  const median =
    resolve.ms === null
      ? ""
      : `; median time to resolve ${formatMedian(resolve)} (${coverage(resolve)})`;
  const long = longest
    ? `, and the longest (${longest.label}) lasted ${formatInterval(longest.duration)}`
    : "";
  return `${plural(figures.incidents, "incident")} ${span}${median}${long}.`;
}

/** One sentence on response times: the median of each key figure, and how many it covers. */
export function responseTimesSummary(metrics: readonly IncidentMetrics[]): string {
  const parts = KEY_FIGURES.flatMap(({ key, verb }) => {
    const figure = corpusMedian(metrics.map((m) => m[key]));
    return figure.ms === null ? [] : [`to ${verb} ${formatMedian(figure)} (${coverage(figure)})`];
  });
  if (parts.length === 0)
    return "No incident publishes the milestones response times are counted between.";
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `Median time ${list}.`;
}
