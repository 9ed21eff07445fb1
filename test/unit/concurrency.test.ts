import { describe, expect, it } from "vitest";
import { impairedOverTime, impairedTime, peakConcurrency } from "../../src/lib/concurrency.ts";
import type { ImpactRow } from "../../src/lib/schemas.ts";

const t = (h: number, m = 0) => Date.UTC(2020, 0, 1, h, m);
const span = (
  service: string,
  start: number,
  end: number,
  severity: ImpactRow["severity"] = "major",
  region = "global",
): ImpactRow => ({
  service,
  region,
  start,
  end,
  severity,
  source: "https://example.com/",
  line: 2,
});

describe("impairedOverTime", () => {
  it("counts the services impaired in each stretch between starts and ends", () => {
    const steps = impairedOverTime([span("a", t(10), t(12)), span("b", t(11), t(13))]);
    expect(steps.map((s) => [s.start, s.end, s.total])).toEqual([
      [t(10), t(11), 1],
      [t(11), t(12), 2],
      [t(12), t(13), 1],
    ]);
  });

  it("counts a service hit in two regions, or by overlapping spans, once", () => {
    const steps = impairedOverTime([
      span("mail", t(10), t(12), "degraded", "eu-west"),
      span("mail", t(10), t(12), "major", "us-east"),
      span("mail", t(10), t(11), "outage", "eu-west"),
    ]);
    expect(steps.map((s) => s.total)).toEqual([1, 1]);
  });

  it("counts each service at the worst severity it has at that moment", () => {
    const steps = impairedOverTime([
      span("mail", t(10), t(12), "degraded"),
      span("mail", t(10), t(11), "outage"),
      span("chat", t(10), t(12), "advisory"),
    ]);
    expect(steps[0]?.bySeverity).toEqual({ outage: 1, major: 0, degraded: 0, advisory: 1 });
    expect(steps[1]?.bySeverity).toEqual({ outage: 0, major: 0, degraded: 1, advisory: 1 });
  });

  it("keeps a lull between spans as a step of zero services", () => {
    const steps = impairedOverTime([span("a", t(10), t(11)), span("a", t(12), t(13))]);
    expect(steps.map((s) => s.total)).toEqual([1, 0, 1]);
  });

  it("merges neighbouring stretches that count the same", () => {
    const steps = impairedOverTime([span("a", t(10), t(11)), span("a", t(11), t(12))]);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ start: t(10), end: t(12), total: 1 });
  });

  it("gives no steps for an incident without impact spans", () => {
    expect(impairedOverTime([])).toEqual([]);
  });
});

describe("peakConcurrency and impairedTime", () => {
  const steps = impairedOverTime([
    span("a", t(10), t(11)),
    span("b", t(10, 30), t(11)),
    span("a", t(12), t(13)),
  ]);

  it("finds the first stretch with the most services impaired", () => {
    expect(peakConcurrency(steps)).toEqual({ start: t(10, 30), end: t(11), total: 2 });
  });

  it("measures the peak across shifts in severity that leave the count unchanged", () => {
    const shifting = impairedOverTime([
      span("a", t(10), t(12), "major"),
      span("a", t(10), t(11), "outage"),
      span("b", t(10), t(12), "major"),
    ]);
    expect(shifting).toHaveLength(2);
    expect(peakConcurrency(shifting)).toEqual({ start: t(10), end: t(12), total: 2 });
  });

  it("adds up the time any service was impaired, leaving the lull out", () => {
    expect(impairedTime(steps)).toBe(2 * 3_600_000);
  });
});
