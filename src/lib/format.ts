import { DAY, HOUR, MINUTE } from "./time.ts";

/** A duration as readers say it: "2 h 58 min", "14 days 16 h", "45 min". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "−" : "";
  let rest = Math.round(Math.abs(ms) / MINUTE) * MINUTE;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.round(rest / MINUTE);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} day${days === 1 ? "" : "s"}`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  return sign + (parts.join(" ") || "0 min");
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
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A time since impact start as a key figure: "35 min", "3 min before impact", "not known". */
export function formatInterval(ms: number | null): string {
  if (ms === null) return "not known";
  return ms < 0 ? `${formatDuration(-ms)} before impact` : formatDuration(ms);
}

/** A root-cause category as words: `config-change` → "config change". */
export function causeLabel(cause: string): string {
  return cause.replaceAll("-", " ");
}
