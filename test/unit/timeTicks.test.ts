import { afterEach, describe, expect, it } from "vitest";
import { timeTicks } from "../../src/geometry/timeTicks.ts";

const ZONE = process.env.TZ;
afterEach(() => {
  process.env.TZ = ZONE;
});

describe("timeTicks", () => {
  it("labels hours within a day, and the date at midnight", () => {
    const ticks = timeTicks([Date.UTC(2020, 8, 28, 21), Date.UTC(2020, 8, 29, 3)], 6, "utc");
    expect(ticks.map((t) => t.label)).toEqual([
      "21:00",
      "22:00",
      "23:00",
      "29 Sep",
      "01:00",
      "02:00",
      "03:00",
    ]);
  });

  it("labels months over months and years over years", () => {
    expect(timeTicks([Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)], 3, "utc")[0]?.label).toBe(
      "Jan 2021",
    );
    expect(
      timeTicks([Date.UTC(2020, 0, 1), Date.UTC(2025, 11, 1)], 6, "utc").map((t) => t.label),
    ).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
  });

  it("puts local ticks on the reader's own hours and midnights", () => {
    process.env.TZ = "America/New_York";
    const ticks = timeTicks([Date.UTC(2020, 8, 28, 21), Date.UTC(2020, 8, 29, 6)], 5, "local");
    expect(ticks.map((t) => t.label)).toEqual(["18:00", "21:00", "29 Sep"]);
    // Midnight in New York (EDT) is 04:00 UTC.
    expect(ticks[2]?.time).toBe(Date.UTC(2020, 8, 29, 4));
  });
});
