import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";

const dayMonth = utcFormat("%-d %b");
const hourMinute = utcFormat("%H:%M");
const monthYear = utcFormat("%b %Y");

/** UTC tick marks for a time axis: dates at midnight, hours and minutes between. */
export function utcTicks(
  domain: [number, number],
  count: number,
): Array<{ time: number; label: string }> {
  const scale = scaleUtc().domain(domain);
  const days = (domain[1] - domain[0]) / 86_400_000;
  return scale.ticks(count).map((date) => {
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
    const label = days > 90 ? monthYear(date) : midnight ? dayMonth(date) : hourMinute(date);
    return { time: date.getTime(), label };
  });
}
