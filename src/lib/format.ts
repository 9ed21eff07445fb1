import type { Interval } from "./metrics.ts";
import { DAY, HOUR, MINUTE } from "./time.ts";

/**
 * A duration as readers say it: "45 min", "2 h 05 min", "24 h 20 min" up to two days, then
 * days and hours rounded to the hour: "14 days 16 h".
 */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "−" : "";
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  // Under two days every minute still counts; a day and a bit reads best in hours.
  if (minutes * MINUTE < 2 * DAY - HOUR / 2) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return `${sign}${rest} min`;
    return `${sign}${hours} h${rest > 0 ? ` ${pad(rest)} min` : ""}`;
  }
  const totalHours = Math.round(Math.abs(ms) / HOUR);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return `${sign}${days} days${hours > 0 ? ` ${hours} h` : ""}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2020-09-28T21:25:00Z`, the machine-readable form for `<time datetime>`. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/**
 * `2021-03-15T19:00Z`, the form the data files use: to the minute, in UTC. Seconds are
 * dropped, not rounded, as a status page shows 19:04:59 as 19:04.
 */
export function isoMinute(ms: number): string {
  return `${new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString().slice(0, 16)}Z`;
}

/** A UTC time as printed in the page before the reader picks a zone: "28 Sep 2020, 21:25 UTC". */
export function formatUtc(ms: number, precision: "minute" | "hour" | "day" = "minute"): string {
  const d = new Date(ms);
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (precision === "day") return date;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${date}, ${precision === "hour" ? "about " : ""}${time} UTC`;
}

/** A calendar date: "28 September 2020". */
export function formatDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** Made once: building a formatter for each date cost seconds over a thousand pages. */
const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** What a key figure reads when a milestone it needs is not in the sources. */
export const NOT_PUBLISHED = "not published";

/**
 * An interval between milestones as a key figure: "2 h 05 min", "about 2 h 58 min",
 * "3 min before impact", "not published".
 */
export function formatInterval(interval: Interval | null): string {
  if (interval === null) return NOT_PUBLISHED;
  const about = interval.approximate ? "about " : "";
  return interval.ms < 0
    ? `${about}${formatDuration(-interval.ms)} before impact`
    : `${about}${formatDuration(interval.ms)}`;
}

/** An interval in whole minutes, as `data-minutes` holds it; null when not published. */
export function wholeMinutes(interval: Interval | null): number | null {
  return interval === null ? null : Math.round(interval.ms / MINUTE);
}

/** A root-cause category as words: `config-change` → "config change". */
export function causeLabel(cause: string): string {
  return cause.replaceAll("-", " ");
}
