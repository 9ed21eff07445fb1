import { isoInstant } from "./format.ts";
import { describeFound, type Problem } from "./problems.ts";
import type { EventRow, ImpactRow, Milestone } from "./schemas.ts";

/** Milestones that must not come before another, with the one they follow. */
const ORDER: ReadonlyArray<{ milestone: Milestone; after: Milestone }> = [
  { milestone: "mitigated", after: "impact-start" },
  { milestone: "resolved", after: "impact-start" },
  { milestone: "resolved", after: "mitigated" },
];

/** Milestones every incident with impact rows must name: the key figures count from them. */
const REQUIRED_WITH_IMPACT: readonly Milestone[] = ["impact-start", "resolved"];

/**
 * The problems of an incident's milestones: each named at most once, in an order that
 * can be true, and impact start and resolution named wherever impact rows exist, so that
 * every key figure is counted between the moments the sources give.
 */
export function milestoneProblems(
  files: { events: string; impact: string },
  events: readonly EventRow[],
  impact: readonly ImpactRow[],
): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<Milestone, EventRow>();
  for (const event of events) {
    if (!event.milestone) continue;
    const earlier = first.get(event.milestone);
    if (earlier) {
      problems.push({
        file: files.events,
        line: event.line,
        column: "milestone",
        message: `found ${describeFound(event.milestone)} again (first on line ${earlier.line}); allowed: each milestone at most once per incident`,
      });
    } else first.set(event.milestone, event);
  }

  for (const { milestone, after } of ORDER) {
    const event = first.get(milestone);
    const before = first.get(after);
    if (!event || !before || event.time >= before.time) continue;
    problems.push({
      file: files.events,
      line: event.line,
      column: "milestone",
      message: `found ${milestone} at ${isoInstant(event.time)}, before ${after} at ${isoInstant(before.time)} (line ${before.line}); allowed: ${milestone} at or after ${after}`,
    });
  }

  // Impact outside impact start and resolution would contradict the key figures beside it;
  // measured only against milestones that are themselves in order.
  const start = first.get("impact-start");
  const resolved = first.get("resolved");
  for (const span of problems.length === 0 ? impact : []) {
    if (start && span.start < start.time) {
      problems.push({
        file: files.impact,
        line: span.line,
        column: "start",
        message: `found ${isoInstant(span.start)}, before impact-start at ${isoInstant(start.time)} (${files.events} line ${start.line}); allowed: a span from impact-start on`,
      });
    }
    if (resolved && span.end > resolved.time) {
      problems.push({
        file: files.impact,
        line: span.line,
        column: "end",
        message: `found ${isoInstant(span.end)}, after resolved at ${isoInstant(resolved.time)} (${files.events} line ${resolved.line}); allowed: a span that ends by the resolved milestone`,
      });
    }
  }

  if (impact.length > 0) {
    for (const milestone of REQUIRED_WITH_IMPACT) {
      if (first.has(milestone)) continue;
      problems.push({
        file: files.events,
        line: 1,
        column: "milestone",
        message: `found no ${milestone} milestone, though ${files.impact} has ${impact.length} impact row${impact.length === 1 ? "" : "s"}; allowed: exactly one event marked ${milestone} when there are impact rows`,
      });
    }
  }
  return problems;
}
