import { DAY, HOUR, MINUTE } from "./time.ts";
import { clock, dayMonth, instantOf, wallTime } from "./zone.ts";

export interface Tick {
  /** Epoch ms of the tick. */
  time: number;
  label: string;
}

const MONTH = 30.44 * DAY;

/** Tick spacings from minutes to years; months and years follow the calendar. */
const STEPS: Array<{ size: number; months?: number }> = [
  { size: MINUTE },
  { size: 5 * MINUTE },
  { size: 15 * MINUTE },
  { size: 30 * MINUTE },
  { size: HOUR },
  { size: 3 * HOUR },
  { size: 6 * HOUR },
  { size: 12 * HOUR },
  { size: DAY },
  { size: 2 * DAY },
  { size: 7 * DAY },
  { size: MONTH, months: 1 },
  { size: 3 * MONTH, months: 3 },
  { size: 12 * MONTH, months: 12 },
];

/** The round spacing closest to giving `count` ticks over `span` ms (as d3's time scales pick). */
export function tickStep(span: number, count: number): { size: number; months?: number } {
  const target = span / Math.max(1, count);
  const i = STEPS.findIndex((step) => step.size >= target);
  if (i === -1) return STEPS.at(-1) as (typeof STEPS)[number];
  const above = STEPS[i] as (typeof STEPS)[number];
  const below = STEPS[i - 1];
  return below && target / below.size < above.size / target ? below : above;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Wall-clock readings of the ticks between two wall-clock readings. */
function wallTicks(w0: number, w1: number, step: { size: number; months?: number }): number[] {
  const walls: number[] = [];
  if (step.months) {
    const start = new Date(w0);
    let year = start.getUTCFullYear();
    let month = Math.ceil(start.getUTCMonth() / step.months) * step.months;
    for (;;) {
      const wall = Date.UTC(year, month, 1);
      if (wall > w1) break;
      if (wall >= w0) walls.push(wall);
      month += step.months;
      if (month >= 12) {
        year += Math.floor(month / 12);
        month %= 12;
      }
    }
    return walls;
  }
  // Weeks start on Monday; 1 January 1970 was a Thursday, so Mondays are day 4 mod 7.
  const phase = step.size === 7 * DAY ? 4 * DAY : 0;
  for (let wall = Math.ceil((w0 - phase) / step.size) * step.size + phase; wall <= w1;) {
    walls.push(wall);
    wall += step.size;
  }
  return walls;
}

function label(wall: number, step: { size: number; months?: number }): string {
  const d = new Date(wall);
  if (step.months === 12) return String(d.getUTCFullYear());
  if (step.months) return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (step.size >= DAY) return dayMonth(wall);
  return wall % DAY === 0 ? dayMonth(wall) : clock(wall);
}

/**
 * About `count` ticks over `domain` at round wall-clock readings of `timeZone`, labelled for
 * the zoom level: months, then days, then hours and minutes (with the date at midnight).
 * Ticks sit on the zone's own midnights and hours, so a day across a daylight-saving change
 * is 23 or 25 hours wide.
 */
export function zonedTicks(domain: [number, number], count: number, timeZone: string): Tick[] {
  const [t0, t1] = domain;
  const step = tickStep(t1 - t0, count);
  const ticks: Tick[] = [];
  for (const wall of wallTicks(wallTime(t0, timeZone), wallTime(t1, timeZone), step)) {
    const time = instantOf(wall, timeZone);
    if (time < t0 || time > t1 || ticks.at(-1)?.time === time) continue;
    ticks.push({ time, label: label(wallTime(time, timeZone), step) });
  }
  return ticks;
}
