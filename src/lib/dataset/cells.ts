import { isoInstant } from "../format.ts";

/** An instant as the dataset writes it, `2020-09-28T21:25:00Z`; null when absent. */
export const time = (ms: number | undefined | null) =>
  ms === undefined || ms === null ? null : isoInstant(ms);

/** Text, or null when absent. */
export const text = (value: string | undefined) => value ?? null;
