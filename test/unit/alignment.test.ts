import { describe, expect, it } from "vitest";
import { alignedDomain, alignIncident } from "../../src/lib/alignment.ts";
import { chartView, DAY_PRECISION, MULTI_DAY, OVERLAP, SINGLE } from "../helpers/chartFixtures.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function aligned(slug: string) {
  const view = chartView(slug);
  return alignIncident(view.slug, view.data.events, view.metrics)!;
}

describe("alignIncident", () => {
  it("puts the impact start at zero and every event at its time after it", () => {
    const incident = aligned(OVERLAP);
    expect(incident.origin).toBe(Date.UTC(2020, 2, 2, 10, 5));
    const offsets = Object.fromEntries(incident.moments.map((m) => [m.id, m.offset]));
    expect(offsets).toMatchObject({ change: -5 * MIN, "impact-begins": 0, alert: 7 * MIN });
  });

  it("marks the milestones time to detect, mitigate and resolve are measured to", () => {
    const incident = aligned(OVERLAP);
    const keys = incident.moments.filter((m) => m.key).map((m) => [m.id, m.key, m.offset]);
    expect(keys).toEqual([
      ["alert", "detect", 7 * MIN],
      ["recovered", "mitigate", 155 * MIN],
      ["resolved", "resolve", 175 * MIN],
    ]);
    const { metrics } = chartView(OVERLAP);
    expect(
      [metrics.timeToDetect, metrics.timeToMitigate, metrics.timeToResolve].map((i) => i?.ms),
    ).toEqual([7 * MIN, 155 * MIN, 175 * MIN]);
  });

  it("leaves out aftermath such as a review published days later", () => {
    expect(aligned(OVERLAP).moments.map((m) => m.id)).not.toContain("review");
  });

  it("stretches events known to the hour or day over their uncertainty", () => {
    const status = aligned(OVERLAP).moments.find((m) => m.id === "status")!;
    expect(status.offsetEnd - status.offset).toBe(HOUR / 2);
    const patched = aligned(DAY_PRECISION).moments.find((m) => m.id === "patched")!;
    expect(patched.offsetEnd - patched.offset).toBe(DAY);
  });

  it("marks milestones known only to the day too, and their figures read as approximate", () => {
    const keys = aligned(DAY_PRECISION)
      .moments.filter((m) => m.key)
      .map((m) => m.id);
    expect(keys).toEqual(["disclosed", "patched", "resolved"]);
    expect(chartView(DAY_PRECISION).metrics.timeToMitigate?.approximate).toBe(true);
  });

  it("aligns an incident's impact start at zero and its resolution after it", () => {
    const incident = aligned(SINGLE);
    expect(incident.moments.map((m) => m.offset)).toEqual([0, 40 * MIN]);
    expect(incident.impact).toEqual([0, 40 * MIN]);
  });

  it("focuses on the impact and the events near it", () => {
    const incident = aligned(MULTI_DAY);
    expect(incident.focus[0]).toBe(-10 * MIN);
    expect(incident.focus[1]).toBe(incident.impact![1]);
  });

  it("cannot align an incident without an impact start", () => {
    const view = chartView(SINGLE);
    const metrics = { ...view.metrics, impactStart: null };
    expect(alignIncident(view.slug, view.data.events, metrics)).toBeNull();
  });
});

describe("alignedDomain", () => {
  it("spans every incident's focus, with a small margin", () => {
    const [start, end] = alignedDomain([
      [0, 10 * HOUR],
      [-HOUR, 4 * HOUR],
    ]);
    expect(start).toBeCloseTo(-HOUR - 0.33 * HOUR, -5);
    expect(end).toBeCloseTo(10 * HOUR + 0.33 * HOUR, -5);
  });

  it("shows an hour when nothing is selected", () => {
    expect(alignedDomain([])).toEqual([0, HOUR]);
  });
});
