import { describe, expect, it } from "vitest";
import { formatUtc } from "../../src/lib/format.ts";
import {
  formatInZone,
  formatProseTime,
  instantOf,
  offsetLabel,
  offsetMinutes,
  wallTime,
  zoneLabel,
} from "../../src/lib/zone.ts";

const NEW_YORK = "America/New_York";
// US clocks went forward at 07:00 UTC on 14 March 2021 (02:00 EST became 03:00 EDT).
const BEFORE_DST = Date.UTC(2021, 2, 14, 6, 59);
const AFTER_DST = Date.UTC(2021, 2, 14, 7, 0);

describe("offsetMinutes", () => {
  it("is zero in UTC", () => {
    expect(offsetMinutes(AFTER_DST, "UTC")).toBe(0);
  });

  it("follows New York across the March 2021 daylight-saving change", () => {
    expect(offsetMinutes(BEFORE_DST, NEW_YORK)).toBe(-300);
    expect(offsetMinutes(AFTER_DST, NEW_YORK)).toBe(-240);
  });

  it("handles zones half an hour off the hour", () => {
    expect(offsetMinutes(AFTER_DST, "Asia/Kolkata")).toBe(330);
  });
});

describe("wallTime and instantOf", () => {
  it("convert between an instant and the clock reading in a zone", () => {
    const at = Date.UTC(2021, 2, 15, 19, 0);
    expect(new Date(wallTime(at, NEW_YORK)).toISOString()).toBe("2021-03-15T15:00:00.000Z");
    expect(instantOf(wallTime(at, NEW_YORK), NEW_YORK)).toBe(at);
  });

  it("maps a clock reading skipped by the change to the moment clocks went forward", () => {
    expect(instantOf(Date.UTC(2021, 2, 14, 2, 30), NEW_YORK)).toBe(AFTER_DST + 30 * 60_000);
  });
});

describe("offsetLabel and zoneLabel", () => {
  it("print offsets as browsers do", () => {
    expect(offsetLabel(0)).toBe("GMT");
    expect(offsetLabel(-240)).toBe("GMT-4");
    expect(offsetLabel(330)).toBe("GMT+5:30");
  });

  it("name both offsets of a window across a daylight-saving change", () => {
    expect(zoneLabel([BEFORE_DST, AFTER_DST], NEW_YORK)).toBe("GMT-5 → GMT-4");
    expect(zoneLabel([AFTER_DST, AFTER_DST + 1], NEW_YORK)).toBe("GMT-4");
    expect(zoneLabel([BEFORE_DST, AFTER_DST], "UTC")).toBe("UTC");
  });
});

describe("formatInZone", () => {
  const at = Date.UTC(2020, 8, 28, 21, 25);

  it("prints UTC exactly as the page is built, so nothing changes when scripts run", () => {
    for (const precision of ["minute", "hour", "day"] as const)
      expect(formatInZone(at, "UTC", precision)).toBe(formatUtc(at, precision));
  });

  it("prints the reader's zone with its offset on the day", () => {
    expect(formatInZone(at, NEW_YORK, "minute")).toBe("28 Sep 2020, 17:25 GMT-4");
    expect(formatInZone(BEFORE_DST, NEW_YORK, "minute")).toBe("14 Mar 2021, 01:59 GMT-5");
    expect(formatInZone(AFTER_DST, NEW_YORK, "minute")).toBe("14 Mar 2021, 03:00 GMT-4");
  });

  it("says 'about' for a time known to the hour", () => {
    expect(formatInZone(at, NEW_YORK, "hour")).toBe("28 Sep 2020, about 17:25 GMT-4");
  });

  it("never shifts a date known only to the day into another zone", () => {
    const day = Date.UTC(2020, 9, 1);
    expect(formatInZone(day, NEW_YORK, "day")).toBe("1 Oct 2020");
  });
});

describe("formatProseTime", () => {
  const at = Date.UTC(2020, 8, 29, 0, 23);

  it("keeps the editor's words in UTC", () => {
    expect(formatProseTime(at, "UTC", "00:23 UTC on 29 September")).toBe(
      "00:23 UTC on 29 September",
    );
  });

  it("gives the clock reading and offset elsewhere", () => {
    expect(formatProseTime(at, NEW_YORK, "00:23 UTC")).toBe("20:23 GMT-4");
  });

  it("gives the local date when the editor's words named one", () => {
    expect(formatProseTime(at, NEW_YORK, "00:23 UTC on 29 September")).toBe(
      "20:23 GMT-4 on 28 September",
    );
  });
});
