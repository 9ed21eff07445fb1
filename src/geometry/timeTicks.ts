import { DAY } from "../lib/time.ts";
import { zonedTicks } from "../lib/zonedTicks.ts";

const YEAR = 365.25 * DAY;

/** The reader's time-zone setting: UTC, or the browser's own zone. */
export type Zone = "utc" | "local";

export interface TimeTick {
  time: number;
  label: string;
}

/**
 * Tick marks for a time axis in either zone: years over long spans, months over months,
 * dates at midnight and hours between over days. The build draws them in UTC; the browser
 * redraws them in local time when the reader asks for it. The same dependency-free ticks as
 * the timeline, so the browser loads no date library for them.
 */
export function timeTicks(domain: [number, number], count: number, zone: Zone): TimeTick[] {
  const timeZone = zone === "utc" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Over years, one tick a year reads better than a crowd of quarters.
  const years = (domain[1] - domain[0]) / YEAR;
  return zonedTicks(domain, years > 2 ? Math.min(count, Math.ceil(years)) : count, timeZone);
}
