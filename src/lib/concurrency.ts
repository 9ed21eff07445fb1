import { SEVERITIES, type ImpactRow, type Severity } from "./schemas.ts";

/** One stretch of time in which the same services were impaired, each at its worst severity. */
export interface ConcurrencyStep {
  start: number;
  end: number;
  /** Distinct services impaired throughout the step. */
  total: number;
  /** How many of them were at each severity (a service counts once, at its worst). */
  bySeverity: Record<Severity, number>;
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

function emptyCounts(): Record<Severity, number> {
  return { outage: 0, major: 0, degraded: 0, advisory: 0 };
}

/**
 * How many services were impaired over time: the impact spans cut into steps at every start
 * and end. A service impaired in several regions, or by overlapping spans, counts once, at
 * the worst severity it had at that moment. Gaps between spans are kept as steps of zero,
 * so a lull shows. Returns steps in time order from the first start to the last end.
 */
export function impairedOverTime(spans: readonly ImpactRow[]): ConcurrencyStep[] {
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const steps: ConcurrencyStep[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const worst = new Map<string, Severity>();
    for (const span of spans) {
      if (span.start > start || span.end < end) continue;
      const current = worst.get(span.service);
      if (current === undefined || rank(span.severity) < rank(current))
        worst.set(span.service, span.severity);
    }
    const bySeverity = emptyCounts();
    for (const severity of worst.values()) bySeverity[severity] += 1;
    const previous = steps.at(-1);
    if (previous && previous.end === start && sameCounts(previous.bySeverity, bySeverity)) {
      previous.end = end;
      continue;
    }
    steps.push({ start, end, total: worst.size, bySeverity });
  }
  return steps;
}

function sameCounts(a: Record<Severity, number>, b: Record<Severity, number>): boolean {
  return SEVERITIES.every((severity) => a[severity] === b[severity]);
}

/**
 * The most services impaired at once, over the first unbroken stretch that reached it
 * (severities may shift within it; the count does not).
 */
export function peakConcurrency(
  steps: readonly ConcurrencyStep[],
): { start: number; end: number; total: number } | undefined {
  const most = Math.max(...steps.map((s) => s.total));
  const first = steps.findIndex((s) => s.total === most);
  const start = steps[first];
  if (!start) return undefined;
  let end = start.end;
  for (const step of steps.slice(first + 1)) {
    if (step.total !== most || step.start !== end) break;
    end = step.end;
  }
  return { start: start.start, end, total: most };
}

/** How long at least one service was impaired, gaps left out, ms. */
export function impairedTime(steps: readonly ConcurrencyStep[]): number {
  return steps.reduce((sum, step) => sum + (step.total > 0 ? step.end - step.start : 0), 0);
}
