import { describe, expect, it } from "vitest";
import { formatDuration, formatUtc, isoMinute } from "../../src/lib/format.ts";

describe("formatDuration", () => {
  it("writes hours and minutes", () => {
    expect(formatDuration((2 * 60 + 58) * 60_000)).toBe("2 h 58 min");
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(5 * 3_600_000)).toBe("5 h");
  });

  it("writes days and hours for long incidents, dropping minutes", () => {
    expect(formatDuration((13 * 24 + 16) * 3_600_000 + 19 * 60_000)).toBe("13 days 16 h");
  });

  it("marks negative durations", () => {
    expect(formatDuration(-3 * 60_000)).toBe("−3 min");
  });
});

describe("formatUtc", () => {
  it("writes the time with its zone, and hedges hour precision", () => {
    expect(formatUtc(Date.UTC(2020, 8, 28, 21, 25))).toBe("28 Sep 2020, 21:25 UTC");
    expect(formatUtc(Date.UTC(2020, 8, 28, 21, 30), "hour")).toBe("28 Sep 2020, about 21:30 UTC");
    expect(formatUtc(Date.UTC(2020, 9, 1), "day")).toBe("1 Oct 2020");
  });
});

describe("isoMinute", () => {
  it("writes a UTC time to the minute, dropping seconds and milliseconds rather than rounding", () => {
    expect(isoMinute(Date.parse("2024-01-18T15:47:59.999-08:00"))).toBe("2024-01-18T23:47Z");
    expect(isoMinute(Date.parse("2021-03-15T19:00:00Z"))).toBe("2021-03-15T19:00Z");
  });
});
