/**
 * Times in the data are ISO 8601 instants with an explicit zone: `2020-09-28T21:25Z`,
 * `2021-03-15T15:00-04:00`. A time without a zone is ambiguous and is refused.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

export const TIME_ALLOWED =
  "allowed: an ISO 8601 time with Z or an offset, e.g. 2020-09-28T21:25Z or 2021-03-15T15:00-04:00";

export type TimeResult = { ok: true; ms: number } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO 8601 instant with a zone into epoch milliseconds, or says why it cannot. */
export function parseInstant(text: string): TimeResult {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    if (LOCAL_TIME.test(text)) return { ok: false, reason: `has no time zone; ${TIME_ALLOWED}` };
    return { ok: false, reason: `is not a time; ${TIME_ALLOWED}` };
  }
  const [, y, mo, d, h, mi, s = "0", frac = "0", zone = "Z"] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `is not a real date; allowed: a calendar date such as 2021-03-15` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `is not a real time of day; allowed: 00:00 to 23:59` };
  }
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59) {
      return { ok: false, reason: `has an impossible offset; allowed: -12:00 to +14:00` };
    }
    offsetMinutes = sign * (oh * 60 + om);
  }
  const ms =
    Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, "0"))) -
    offsetMinutes * 60_000;
  return { ok: true, ms };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
