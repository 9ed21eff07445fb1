import { describe, expect, it } from "vitest";
import { checkCorpus } from "../../src/lib/corpus.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";
import type { EventRow, ImpactRow } from "../../src/lib/schemas.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const MIN = 60_000;
const t = (h: number, m = 0) => Date.UTC(2020, 0, 1, h, m);
const event = (
  phase: EventRow["phase"],
  time: number,
  options: Partial<EventRow> = {},
): EventRow => ({
  id: `${phase}-${time}`,
  time,
  precision: "minute",
  phase,
  title: phase,
  source: "https://example.com/",
  line: 2,
  ...options,
});

describe("deriveMetrics", () => {
  it("counts every figure between the fixture's milestones", () => {
    const incident = checkCorpus(fixtureCorpus()).corpus.incidents.get("2020-01-01-synthetic");
    const metrics = deriveMetrics(incident!.events, incident!.impact);
    expect(metrics).toMatchObject({
      impactStart: t(10, 5),
      impactEnd: t(17, 5),
      services: ["sign-in", "mail"],
      regions: ["global", "eu-west"],
      timeToDetect: { ms: 10 * MIN, approximate: false },
      timeToMitigate: { ms: 30 * MIN, approximate: false },
      timeToResolve: { ms: 7 * 60 * MIN, approximate: false },
    });
  });

  it("never takes a figure from the first event of a phase", () => {
    const metrics = deriveMetrics(
      [
        event("impact", t(10), { milestone: "impact-start" }),
        // An interim step and a revert in the mitigation lane are not the mitigation.
        event("mitigation", t(10, 5)),
        event("mitigation", t(10, 35)),
        event("recovery", t(12, 58), { milestone: "mitigated" }),
        event("resolved", t(15), { milestone: "resolved" }),
      ],
      [],
    );
    expect(metrics.timeToMitigate).toEqual({ ms: (2 * 60 + 58) * MIN, approximate: false });
  });

  it("counts a milestone at its event's time, not its end", () => {
    const metrics = deriveMetrics(
      [
        event("impact", t(10), { milestone: "impact-start" }),
        event("mitigation", t(11), { end: t(13), milestone: "mitigated" }),
      ],
      [],
    );
    expect(metrics.timeToMitigate?.ms).toBe(60 * MIN);
  });

  it("leaves a figure unpublished when its milestone is not given, whatever the phases say", () => {
    const metrics = deriveMetrics(
      [
        event("impact", t(10), { milestone: "impact-start" }),
        event("detection", t(10, 5)),
        event("mitigation", t(10, 20)),
      ],
      [],
    );
    expect(metrics.timeToDetect).toBeNull();
    expect(metrics.timeToMitigate).toBeNull();
    expect(metrics.timeToResolve).toBeNull();
  });

  it("marks a figure approximate when either milestone is known only to the hour or day", () => {
    const metrics = deriveMetrics(
      [
        event("impact", t(10), { milestone: "impact-start" }),
        event("detection", t(10, 30), { milestone: "detected", precision: "hour" }),
        event("recovery", t(12), { milestone: "mitigated" }),
      ],
      [],
    );
    expect(metrics.timeToDetect).toEqual({ ms: 30 * MIN, approximate: true });
    expect(metrics.timeToMitigate).toEqual({ ms: 2 * 60 * MIN, approximate: false });
  });

  it("gives a negative time to detect when an alert fired before impact", () => {
    const metrics = deriveMetrics(
      [
        event("detection", t(10, 0), { milestone: "detected" }),
        event("impact", t(10, 3), { milestone: "impact-start" }),
      ],
      [],
    );
    expect(metrics.timeToDetect?.ms).toBe(-3 * MIN);
  });

  it("takes impact start and end from the milestones, not from the spans", () => {
    const spans = [
      {
        service: "a",
        region: "global",
        start: t(10),
        end: t(11),
        severity: "major",
        source: "https://e.com/",
        line: 2,
      },
    ] as ImpactRow[];
    const metrics = deriveMetrics(
      [
        event("impact", t(10), { milestone: "impact-start" }),
        event("resolved", t(12), { milestone: "resolved" }),
      ],
      spans,
    );
    expect(metrics.impactStart).toBe(t(10));
    expect(metrics.impactEnd).toBe(t(12));
    expect(metrics.timeToResolve?.ms).toBe(2 * 60 * MIN);
  });

  it("has no impact period for an incident without milestones", () => {
    const metrics = deriveMetrics([event("trigger", t(0), { precision: "day" })], []);
    expect(metrics).toMatchObject({
      impactStart: null,
      impactEnd: null,
      timeToResolve: null,
      services: [],
      regions: [],
    });
  });
});
