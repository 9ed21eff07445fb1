import { scaleTime, scaleUtc } from "d3-scale";
import { timeFormat, utcFormat } from "d3-time-format";

/** The reader's time-zone setting: UTC, or the browser's own zone. */
export type Zone = "utc" | "local";

export interface TimeTick {
  time: number;
  label: string;
}

const DAY = 86_400_000;

/**
 * Tick marks for a time axis in either zone: years over long spans, months over months,
 * dates at midnight and hours between over days. The build draws them in UTC; the browser
 * redraws them in local time when the reader asks for it.
 */
export function timeTicks(domain: [number, number], count: number, zone: Zone): TimeTick[] {
  const scale = (zone === "utc" ? scaleUtc() : scaleTime()).domain(domain);
  const format = zone === "utc" ? utcFormat : timeFormat;
  const days = (domain[1] - domain[0]) / DAY;
  const label =
    days > 3 * 366
      ? format("%Y")
      : days > 90
        ? format("%b %Y")
        : (date: Date) => {
            const hours = zone === "utc" ? date.getUTCHours() : date.getHours();
            const minutes = zone === "utc" ? date.getUTCMinutes() : date.getMinutes();
            return format(hours === 0 && minutes === 0 ? "%-d %b" : "%H:%M")(date);
          };
  return scale.ticks(count).map((date) => ({ time: date.getTime(), label: label(date) }));
}
