import { formatUtc } from "./format.ts";
import { MINUTE } from "./time.ts";

/**
 * Time zones for readers. The site shows every time either in UTC or in the reader's own
 * zone; these helpers take an IANA zone name so they are testable in any zone, and work the
 * same at build time and in the browser (Intl only, no zone data shipped).
 */
export type ZoneSetting = "utc" | "local";
export type Precision = "minute" | "hour" | "day";

/** The IANA name of a setting: "UTC", or the zone the reader's system is set to. */
export function zoneName(setting: ZoneSetting): string {
  return setting === "utc" ? "UTC" : new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timeZone` is at the instant `ms` (−240 in New York in summer). */
export function offsetMinutes(ms: number, timeZone: string): number {
  if (timeZone === "UTC") return 0;
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormatters.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(ms)) part[type] = Number(value);
  const wall = Date.UTC(
    part["year"] ?? 1970,
    (part["month"] ?? 1) - 1,
    part["day"],
    part["hour"],
    part["minute"],
    part["second"],
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/** The wall-clock reading in `timeZone` at `ms`, as epoch ms read with UTC getters. */
export function wallTime(ms: number, timeZone: string): number {
  return ms + offsetMinutes(ms, timeZone) * MINUTE;
}

/**
 * The instant at which `timeZone` reads the wall-clock time `wall`. A reading skipped by a
 * daylight-saving change maps to the instant just after the change.
 */
export function instantOf(wall: number, timeZone: string): number {
  const first = wall - offsetMinutes(wall, timeZone) * MINUTE;
  const second = wall - offsetMinutes(first, timeZone) * MINUTE;
  if (wallTime(second, timeZone) === wall) return second;
  // No instant reads `wall`: clocks went forward over it. Move forward with them.
  return Math.max(first, second);
}

/** An offset as browsers print it: "GMT", "GMT-4", "GMT+5:30". */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return "GMT";
  const sign = minutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** The name of a zone as shown beside an axis over `[t0, t1]`: "UTC", "GMT-5 → GMT-4". */
export function zoneLabel(domain: [number, number], timeZone: string): string {
  if (timeZone === "UTC") return "UTC";
  const first = offsetLabel(offsetMinutes(domain[0], timeZone));
  const last = offsetLabel(offsetMinutes(domain[1], timeZone));
  return first === last ? first : `${first} → ${last}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number) => String(n).padStart(2, "0");

/** "21:25" from a wall-clock reading. */
export function clock(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "28 Sep" from a wall-clock reading. */
export function dayMonth(wall: number): string {
  const d = new Date(wall);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/**
 * A time for readers in the chosen zone, as precise as it is known: "28 Sep 2020, 17:25
 * GMT-4", "28 Sep 2020, about 21:30 UTC". A time known only to the day is a calendar date
 * as the source states it, so it is never shifted into another zone.
 */
export function formatInZone(ms: number, timeZone: string, precision: Precision): string {
  if (timeZone === "UTC" || precision === "day") return formatUtc(ms, precision);
  const offset = offsetMinutes(ms, timeZone);
  const wall = ms + offset * MINUTE;
  const about = precision === "hour" ? "about " : "";
  return `${dayMonth(wall)} ${new Date(wall).getUTCFullYear()}, ${about}${clock(wall)} ${offsetLabel(offset)}`;
}

const HAS_DATE = new RegExp(`\\b(${MONTHS.join("|")})`, "i");

/**
 * A `<time>` written in the prose, in the chosen zone. In UTC the editor's words stand;
 * elsewhere the clock reading and offset replace them ("17:25 GMT-4"), with the local date
 * ("on 28 September") when the editor's words named a date.
 */
export function formatProseTime(ms: number, timeZone: string, original: string): string {
  if (timeZone === "UTC") return original;
  const offset = offsetMinutes(ms, timeZone);
  const wall = ms + offset * MINUTE;
  const date = new Date(wall);
  const on = HAS_DATE.test(original)
    ? ` on ${date.getUTCDate()} ${MONTHS_LONG[date.getUTCMonth()]}`
    : "";
  return `${clock(wall)} ${offsetLabel(offset)}${on}`;
}
