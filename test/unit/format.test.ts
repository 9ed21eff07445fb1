import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatInterval,
  formatUtc,
  isoMinute,
  wholeMinutes,
} from "../../src/lib/format.ts";

describe("formatDuration", () => {
  it("writes hours and minutes", () => {
    expect(formatDuration((2 * 60 + 58) * 60_000)).toBe("2 h 58 min");
    expect(formatDuration(45 * 60_000)).toBe("45 min");
    expect(formatDuration(5 * 3_600_000)).toBe("5 h");
  });

  it("keeps hours and minutes up to two days, where a day and a bit still counts", () => {
    expect(formatDuration((24 * 60 + 20) * 60_000)).toBe("24 h 20 min");
    expect(formatDuration((47 * 60 + 5) * 60_000)).toBe("47 h 05 min");
  });

  it("writes minutes under ten with two digits after hours, as clocks do", () => {
    expect(formatDuration(125 * 60_000)).toBe("2 h 05 min");
    expect(formatDuration((14 * 60 + 37) * 60_000)).toBe("14 h 37 min");
    expect(formatDuration(5 * 60_000)).toBe("5 min");
  });

  it("writes days and hours from two days on, rounded to the hour", () => {
    expect(formatDuration((13 * 24 + 16) * 3_600_000 + 19 * 60_000)).toBe("13 days 16 h");
    expect(formatDuration((5 * 24 + 3) * 3_600_000 + 50 * 60_000)).toBe("5 days 4 h");
    expect(formatDuration(2 * 24 * 3_600_000)).toBe("2 days");
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

describe("formatInterval", () => {
  it("reads a figure built on an hour- or day-precision milestone as about", () => {
    expect(formatInterval({ ms: 178 * 60_000, approximate: true })).toBe("about 2 h 58 min");
    expect(formatInterval({ ms: 125 * 60_000, approximate: false })).toBe("2 h 05 min");
  });

  it("says a figure whose milestone the sources do not give is not published", () => {
    expect(formatInterval(null)).toBe("not published");
    expect(wholeMinutes(null)).toBeNull();
  });

  it("places a detection before impact, in whole minutes below zero", () => {
    const early = { ms: -3 * 60_000, approximate: false };
    expect(formatInterval(early)).toBe("3 min before impact");
    expect(wholeMinutes(early)).toBe(-3);
  });
});
