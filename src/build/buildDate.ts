import { DAY } from "../lib/time.ts";

/**
 * "Today" for charts that run up to the present: the start of the build's UTC day, or of the
 * day given by SOURCE_DATE_EPOCH (seconds), the usual switch for reproducible builds. Two
 * builds of the same input on the same day are byte-identical.
 */
export function buildDay(): number {
  const epoch = Number(process.env["SOURCE_DATE_EPOCH"]);
  const now = Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
  return now - (now % DAY);
}
