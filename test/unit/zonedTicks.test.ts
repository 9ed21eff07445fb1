import { describe, expect, it } from "vitest";
import { DAY, HOUR, MINUTE } from "../../src/lib/time.ts";
import { tickStep, zonedTicks } from "../../src/lib/zonedTicks.ts";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe("zonedTicks", () => {
  it("labels a few hours with clock times and midnight with the date", () => {
    const ticks = zonedTicks([Date.UTC(2020, 8, 28, 20), Date.UTC(2020, 8, 29, 3)], 6, "UTC");
    expect(ticks.map((t) => t.label)).toEqual([
      "20:00",
      "21:00",
      "22:00",
      "23:00",
      "29 Sep",
      "01:00",
      "02:00",
      "03:00",
    ]);
  });

  it("moves from days to hours to minutes as the window narrows", () => {
    const start = Date.UTC(2020, 8, 28, 21, 0);
    const labels = (span: number) =>
      zonedTicks([start, start + span], 6, "UTC").map((t) => t.label);
    expect(labels(10 * DAY)[1]).toMatch(/^\d+ Sep|^\d+ Oct/);
    expect(labels(12 * HOUR)).toEqual(["21:00", "29 Sep", "03:00", "06:00", "09:00"]);
    expect(labels(20 * MINUTE)).toEqual(["21:00", "21:05", "21:10", "21:15", "21:20"]);
  });

  it("labels months and years when zoomed far out", () => {
    const labels = zonedTicks([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 31)], 6, "UTC").map(
      (t) => t.label,
    );
    expect(labels).toEqual([
      "Jan 2021",
      "Feb 2021",
      "Mar 2021",
      "Apr 2021",
      "May 2021",
      "Jun 2021",
      "Jul 2021",
    ]);
  });

  it("puts day ticks on the zone's own midnights across a daylight-saving change", () => {
    const ticks = zonedTicks(
      [Date.UTC(2021, 2, 12, 12), Date.UTC(2021, 2, 16, 12)],
      4,
      "America/New_York",
    );
    expect(ticks.map((t) => t.label)).toEqual(["13 Mar", "14 Mar", "15 Mar", "16 Mar"]);
    expect(ticks.map((t) => iso(t.time))).toEqual([
      "2021-03-13T05:00",
      "2021-03-14T05:00",
      "2021-03-15T04:00",
      "2021-03-16T04:00",
    ]);
  });

  it("skips the hour that a daylight-saving change removes", () => {
    const ticks = zonedTicks(
      [Date.UTC(2021, 2, 14, 5), Date.UTC(2021, 2, 14, 9)],
      4,
      "America/New_York",
    );
    expect(ticks.map((t) => t.label)).toEqual(["14 Mar", "01:00", "03:00", "04:00", "05:00"]);
  });

  it("follows a zone half an hour off UTC", () => {
    const ticks = zonedTicks(
      [Date.UTC(2021, 0, 1, 0, 0), Date.UTC(2021, 0, 1, 3, 0)],
      3,
      "Asia/Kolkata",
    );
    expect(ticks.map((t) => t.label)).toEqual(["06:00", "07:00", "08:00"]);
    expect(iso(ticks[0]!.time)).toBe("2021-01-01T00:30");
  });
});

describe("tickStep", () => {
  it("picks the round spacing closest to the asked number of ticks", () => {
    expect(tickStep(6 * HOUR, 6).size).toBe(HOUR);
    expect(tickStep(6 * HOUR, 3).size).toBe(3 * HOUR);
    expect(tickStep(400 * DAY, 4).months).toBe(3);
    expect(tickStep(1600 * DAY, 4).months).toBe(12);
  });
});
