import { SEVERITIES, type ImpactRow, type Severity } from "./schemas.ts";

/** A stretch of time over which the worst impact in effect stays the same. */
export interface SeverityBand {
  start: number;
  end: number;
  /** The worst severity of any span in effect. */
  severity: Severity;
  /** Services impaired at that severity, in order of first appearance in impact.csv. */
  services: string[];
}

/**
 * Folds an incident's impact spans into consecutive bands of the worst severity in effect,
 * so one strip shows how bad things were at every moment. Gaps with no impact get no band;
 * touching bands of the same severity and services merge.
 */
export function severityBands(spans: readonly ImpactRow[]): SeverityBand[] {
  const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const bands: SeverityBand[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const live = spans.filter((s) => s.start <= start && s.end >= end);
    if (live.length === 0) continue;
    const worst = live.reduce((a, b) => (rank(b.severity) < rank(a.severity) ? b : a)).severity;
    const services = [...new Set(live.filter((s) => s.severity === worst).map((s) => s.service))];
    const previous = bands.at(-1);
    if (
      previous &&
      previous.end === start &&
      previous.severity === worst &&
      previous.services.join() === services.join()
    ) {
      previous.end = end;
    } else {
      bands.push({ start, end, severity: worst, services });
    }
  }
  return bands;
}
