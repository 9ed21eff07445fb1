import { describe, expect, it } from "vitest";
import { checkCorpusAt as checkCorpus } from "../../src/build/corpus.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";
import type { EventRow, ImpactRow } from "../../src/lib/schemas.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const MIN = 60_000;
const t = (h: number, m = 0) => Date.UTC(2020, 0, 1, h, m);
const event = (
  phase: EventRow["phase"],
  time: number,
  precision: EventRow["precision"] = "minute",
): EventRow => ({
  id: `${phase}-${time}`,
  time,
  precision,
  phase,
  title: phase,
  source: "https://example.com/",
  line: 2,
});

describe("deriveMetrics", () => {
  it("derives impact period, services, regions and SRE intervals from the fixture", () => {
    const incident = checkCorpus(fixtureCorpus()).corpus.incidents.get("2020-01-01-synthetic");
    const metrics = deriveMetrics(incident!.events, incident!.impact);
    expect(metrics).toEqual({
      impactStart: t(10, 5),
      impactEnd: t(17, 5),
      duration: 7 * 60 * MIN,
      clockStart: t(10, 5),
      services: ["sign-in", "mail"],
      regions: ["global", "eu-west"],
      timeToDetect: 10 * MIN,
      timeToMitigate: 30 * MIN,
      timeToResolve: 7 * 60 * MIN,
    });
  });

  it("starts impact at the earliest span when it precedes the impact event", () => {
    const spans = [
      {
        service: "a",
        region: "global",
        start: t(9),
        end: t(11),
        severity: "major",
        source: "https://e.com/",
        line: 2,
      },
    ] as ImpactRow[];
    const metrics = deriveMetrics([event("impact", t(10)), event("resolved", t(12))], spans);
    expect(metrics.impactStart).toBe(t(9));
    expect(metrics.impactEnd).toBe(t(12));
    expect(metrics.timeToResolve).toBe(2 * 60 * MIN);
  });

  it("gives a negative time to detect when an alert fired before impact", () => {
    const metrics = deriveMetrics([event("detection", t(10, 0)), event("impact", t(10, 3))], []);
    expect(metrics.timeToDetect).toBe(-3 * MIN);
  });

  it("leaves intervals unknown when the phase is missing or known only to the day", () => {
    const metrics = deriveMetrics([event("impact", t(10)), event("mitigation", t(0), "day")], []);
    expect(metrics.timeToDetect).toBeNull();
    expect(metrics.timeToMitigate).toBeNull();
    expect(metrics.timeToResolve).toBeNull();
  });

  it("has no impact period for an incident without impact data", () => {
    const metrics = deriveMetrics([event("trigger", t(0), "day")], []);
    expect(metrics).toMatchObject({
      impactStart: null,
      impactEnd: null,
      duration: null,
      services: [],
      regions: [],
    });
  });
});
