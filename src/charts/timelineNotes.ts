import type { EventRow } from "../lib/schemas.ts";
import { clock, dayMonth } from "../lib/zone.ts";

/** Annotation type, in CSS pixels. */
export const NOTE_SIZE = 12;

/** How wide a text is likely to be drawn, in pixels: a build has no layout engine to ask. */
export function textWidth(text: string, size = NOTE_SIZE): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === " ") ems += 0.32;
    else if (/[il.,;:'|!()-]/.test(ch)) ems += 0.34;
    else if (/[mwMW%]/.test(ch)) ems += 0.92;
    else if (/[A-Z]/.test(ch)) ems += 0.72;
    else if (/[0-9]/.test(ch)) ems += 0.64;
    else ems += 0.61;
  }
  return ems * size;
}

/** A title cut at a word boundary to at most `max` characters, with "…" if cut. */
export function shorten(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = text.slice(0, max - 1);
  const word = cut.replace(/[\s,;:.–-]+\S*$/, "");
  return `${word.length > max / 3 ? word : cut.trimEnd()}…`;
}

/** The events the timeline names on the chart: every milestone and every event with a label. */
export function annotated(events: readonly EventRow[]): EventRow[] {
  return events.filter((e) => e.milestone !== undefined || e.label !== undefined);
}

/** The words of an event's annotation: its label, or its title shortened. */
export function noteText(event: EventRow, max = 40): string {
  return event.label !== undefined && [...event.label].length <= max
    ? event.label
    : shorten(event.label ?? event.title, Math.min(max, 32));
}

/** The time of an annotation, in UTC: "21:25", "~21:00", or "29 Sep" for a day. */
export function noteTime(event: EventRow, withDay: boolean): string {
  if (event.precision === "day") return dayMonth(event.time);
  const at = `${withDay ? `${dayMonth(event.time)} ` : ""}${clock(event.time)}`;
  return event.precision === "hour" ? `~${at}` : at;
}

export interface NoteInput {
  id: string;
  /** Where the mark sits, as a share of the width. */
  at: number;
  time: string;
  text: string;
  milestone: boolean;
}

export interface NotePlace {
  id: string;
  /** Row 0 sits right above the drawing. */
  row: number;
  /** The text's left edge relative to the mark, in pixels. */
  offset: number;
  time: string;
  text: string;
}

const GAP = 10;

/**
 * Places annotations in rows above the drawing for a chart `width` pixels wide, without
 * overlap: each text starts at its mark when it can, slides left to stay inside the chart, and
 * goes to the first row with room for it. In a row, texts keep the order of their marks, so a
 * layout that holds at `width` holds at every greater width too (marks only move apart).
 * Milestones always get a place; other labels only within `maxRows`, and only if the whole
 * label fits the width.
 */
export function placeNotes(
  notes: readonly NoteInput[],
  width: number,
  maxRows: number,
): NotePlace[] {
  // Latest first: an earlier note then climbs above a later one, and its stem, left of the
  // later text, never crosses it.
  const order = [...notes].sort((a, b) => Number(b.milestone) - Number(a.milestone) || b.at - a.at);
  const rows: Array<Array<{ at: number; left: number; right: number }>> = [];
  const all: Array<{ row: number; x: number; left: number; right: number }> = [];
  const placed: NotePlace[] = [];
  // A note's stem runs from its row down to its mark: no text of a row below may cross it,
  // and its own text may not cross the stems of the rows above.
  const clear = (row: number, x: number, left: number, right: number) =>
    all.every((o) =>
      o.row < row
        ? x < o.left - 3 || x > o.right + 3
        : o.row > row
          ? o.x < left - 3 || o.x > right + 3
          : true,
    );
  for (const note of order) {
    const timeWidth = textWidth(`${note.time} `) * 1.08;
    let text = note.text;
    let w = timeWidth + textWidth(text);
    if (w > width - 4) {
      if (!note.milestone) continue;
      while (w > width - 4 && text.length > 6) {
        text = shorten(text, [...text].length - 2);
        w = timeWidth + textWidth(text);
      }
    }
    const x = note.at * width;
    const left = Math.max(0, Math.min(x - 1, width - w - 2));
    const right = left + w;
    let row = rows.findIndex(
      (items, r) =>
        clear(r, x, left, right) &&
        items.every((o) => (o.at <= note.at ? o.right + GAP <= left : right + GAP <= o.left)),
    );
    if (row === -1) {
      if (rows.length >= maxRows && !note.milestone) continue;
      row = rows.length;
      rows.push([]);
    } else if (row >= maxRows && !note.milestone) continue;
    if (!clear(row, x, left, right) && !note.milestone) continue;
    rows[row]?.push({ at: note.at, left, right });
    all.push({ row, x, left, right });
    placed.push({ id: note.id, row, offset: Math.round(left - x), time: note.time, text });
  }
  return placed;
}
