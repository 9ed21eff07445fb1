import { describe, expect, it } from "vitest";
import { parseInstant } from "../../src/lib/time.ts";

describe("parseInstant", () => {
  it("reads a UTC time with Z", () => {
    expect(parseInstant("2020-09-28T21:25Z")).toEqual({
      ok: true,
      ms: Date.UTC(2020, 8, 28, 21, 25),
    });
  });

  it("applies an explicit offset", () => {
    expect(parseInstant("2021-03-15T15:00-04:00")).toEqual({
      ok: true,
      ms: Date.UTC(2021, 2, 15, 19, 0),
    });
    expect(parseInstant("2021-03-15T20:30+0530")).toEqual({
      ok: true,
      ms: Date.UTC(2021, 2, 15, 15, 0),
    });
  });

  it("keeps seconds and milliseconds", () => {
    expect(parseInstant("2021-03-15T19:34:22.5Z")).toEqual({
      ok: true,
      ms: Date.UTC(2021, 2, 15, 19, 34, 22, 500),
    });
  });

  it("rejects a time without a zone", () => {
    const result = parseInstant("2020-09-28T21:25");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/has no time zone/);
  });

  it("rejects a date without a time as having no zone", () => {
    expect(parseInstant("2020-09-28")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no time zone/),
    });
  });

  it("rejects impossible dates, including 29 February outside leap years", () => {
    expect(parseInstant("2021-02-29T10:00Z").ok).toBe(false);
    expect(parseInstant("2020-02-29T10:00Z").ok).toBe(true);
    expect(parseInstant("2020-13-01T10:00Z").ok).toBe(false);
    expect(parseInstant("2020-04-31T10:00Z").ok).toBe(false);
  });

  it("rejects impossible times of day and offsets", () => {
    expect(parseInstant("2020-01-01T24:00Z").ok).toBe(false);
    expect(parseInstant("2020-01-01T10:60Z").ok).toBe(false);
    expect(parseInstant("2020-01-01T10:00+15:00").ok).toBe(false);
  });

  it("rejects text that is not a time", () => {
    expect(parseInstant("yesterday")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is not a time/),
    });
  });
});
