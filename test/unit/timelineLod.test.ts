import { describe, expect, it } from "vitest";
import { planLane, type LaneTimes } from "../../src/client/timeline/lod.ts";
import { viewOf } from "../../src/client/timeline/scale.ts";

/** A lane of points at the given minutes past midnight, 1 January 2020 UTC. */
function lane(minutes: number[], reachMinutes = 0): LaneTimes {
  const time = minutes.map((m) => Date.UTC(2020, 0, 1) + m * 60_000);
  const reach = reachMinutes * 60_000;
  return {
    time,
    start: time.map((t) => t - reach),
    end: time.map((t) => t + reach),
    reachBefore: reach,
    reachAfter: reach,
  };
}

const DAY0 = Date.UTC(2020, 0, 1);
// 100 minutes over 100 to 500 px: 4 px a minute.
const view = viewOf([DAY0, DAY0 + 100 * 60_000], [100, 500], { k: 1, x: 0 });
const GUTTERS: [number, number] = [80, 520];

describe("planLane", () => {
  it("draws marks that are far enough apart on their own, at their times", () => {
    const plan = planLane(lane([10, 20, 30]), view, GUTTERS, 8, []);
    expect(plan.shown).toEqual([
      { index: 0, x: 140, inside: true },
      { index: 1, x: 180, inside: true },
      { index: 2, x: 220, inside: true },
    ]);
    expect(plan.clusters).toEqual([]);
  });

  it("merges three or more marks closer than the gap into one counted cluster", () => {
    const plan = planLane(lane([10, 10.5, 11, 11.2, 50]), view, GUTTERS, 8, []);
    expect(plan.clusters).toEqual([{ x: expect.closeTo(142.7, 1), first: 0, last: 3, count: 4 }]);
    expect(plan.shown.map((s) => s.index)).toEqual([4]);
  });

  it("keeps two overlapping marks as they are", () => {
    const plan = planLane(lane([10, 10]), view, GUTTERS, 8, []);
    expect(plan.shown.map((s) => s.index)).toEqual([0, 1]);
    expect(plan.clusters).toEqual([]);
  });

  it("always draws a pinned mark on its own, even inside a cluster", () => {
    const plan = planLane(lane([10, 10.2, 10.4, 10.6]), view, GUTTERS, 8, [2]);
    expect(plan.shown.map((s) => s.index)).toEqual([2]);
    expect(plan.clusters[0]?.count).toBe(3);
  });

  it("culls marks outside the window into a counted glyph in each gutter", () => {
    const plan = planLane(lane([-500, -400, -300, 50, 700]), view, GUTTERS, 8, []);
    expect(plan.before && plan.after).toBe(true);
    expect(plan.clusters).toEqual([{ x: 80, first: 0, last: 2, count: 3 }]);
    expect(plan.shown).toEqual([
      { index: 3, x: 300, inside: true },
      { index: 4, x: 520, inside: false },
    ]);
  });

  it("draws a range that reaches into the window though its time lies outside", () => {
    // An event known to the hour at 00:00 spans 23:30 to 00:30; the window starts at 00:00.
    const plan = planLane(lane([-10], 30), view, GUTTERS, 8, []);
    expect(plan.shown).toEqual([{ index: 0, x: 100, inside: true }]);
    expect(plan.before).toBe(false);
  });

  it("looks only at the marks near the window, however many lie outside", () => {
    const many = lane(Array.from({ length: 100_000 }, (_, i) => -200_000 + i));
    let reads = 0;
    const counted = new Proxy(many.time as number[], {
      get(target, key) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key);
      },
    });
    const plan = planLane({ ...many, time: counted }, view, GUTTERS, 8, []);
    expect(plan.clusters[0]?.count).toBe(100_000);
    expect(reads).toBeLessThan(100);
  });
});
