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
  /**
   * The row of a note of the same moment right under this one, where its stem stops (the
   * lower note's stem goes on to the mark); absent when the stem runs down to the mark.
   */
  stemRow?: number;
  /** Rows whose text the stem passes behind: it leaves a gap there. */
  gaps?: number[];
  /** How wide the text is likely to be drawn, in pixels. */
  width: number;
}

const GAP = 10;

/**
 * Places annotations in rows above the drawing for a chart `width` pixels wide, without
 * overlap: each text starts at its mark when it can, slides left to stay inside the chart, and
 * goes to the first row with room for it. In a row, texts keep the order of their marks, so a
 * layout that holds at `width` holds at every greater width too (marks only move apart).
 *
 * Notes are first placed in time order, latest first, so each earlier one climbs above the
 * later ones and its stem passes left of their texts: every label whose words fit the width
 * gets a place. Where that takes more than `maxRows` rows, other labels take only the rows
 * the milestones leave. Milestones always get a place, shortened if need be.
 */
export function placeNotes(
  notes: readonly NoteInput[],
  width: number,
  maxRows: number,
): NotePlace[] {
  const latestFirst = (a: NoteInput, b: NoteInput) => b.at - a.at;
  const inTime = [...notes].sort(
    (a, b) => latestFirst(a, b) || Number(b.milestone) - Number(a.milestone),
  );
  const all = layout(inTime, width, Infinity);
  if (rowsOf(all) <= maxRows) return all;
  // Too many rows: keep that order within fewer rows, leaving the milestones room of their
  // own, or put the milestones first; whichever names more events.
  const milestones = notes.filter((n) => n.milestone).length;
  const timeFirst = layout(inTime, width, Math.max(0, maxRows - milestones));
  const milestonesFirst = layout(
    [...notes].sort((a, b) => Number(b.milestone) - Number(a.milestone) || latestFirst(a, b)),
    width,
    maxRows,
  );
  return timeFirst.length >= milestonesFirst.length ? timeFirst : milestonesFirst;
}

/** A note's words and box at a width, or null if a label (not a milestone) cannot fit. */
function boxOf(note: NoteInput, width: number) {
  const timeWidth = textWidth(`${note.time} `) * 1.08;
  let text = note.text;
  let w = timeWidth + textWidth(text);
  if (w > width - 4) {
    if (!note.milestone) return null;
    while (w > width - 4 && text.length > 6) {
      text = shorten(text, [...text].length - 2);
      w = timeWidth + textWidth(text);
    }
  }
  const x = note.at * width;
  const left = Math.max(0, Math.min(x - 1, width - w - 2));
  return { text, x, left, right: left + w };
}

function layout(order: readonly NoteInput[], width: number, maxRows: number): NotePlace[] {
  const rows: Array<Array<{ at: number; left: number; right: number }>> = [];
  const all: Array<{ row: number; x: number; left: number; right: number; place: NotePlace }> = [];
  const crosses = (stem: number, left: number, right: number) =>
    stem >= left - 3 && stem <= right + 3;
  // A note's stem runs from its row down to its mark. Best, no text of a row below crosses
  // it and its own text crosses no stem of the rows above; where a text must, the stem
  // leaves a gap there, so it passes behind the words. Notes of one moment share a stem.
  const clear = (row: number, x: number, left: number, right: number) =>
    all.every((o) =>
      Math.abs(o.x - x) < 3
        ? true
        : o.row < row
          ? !crosses(x, o.left, o.right)
          : o.row > row
            ? !crosses(o.x, left, right)
            : true,
    );
  for (const note of order) {
    const box = boxOf(note, width);
    if (!box) continue;
    const { text, x, left, right } = box;
    const room = (items: Array<{ at: number; left: number; right: number }>) =>
      items.every((o) => (o.at <= note.at ? o.right + GAP <= left : right + GAP <= o.left));
    let row = rows.findIndex((items, r) => r < maxRows && clear(r, x, left, right) && room(items));
    if (row === -1 && (rows.length < maxRows || note.milestone)) row = rows.length;
    if (row === -1) row = rows.findIndex((items, r) => r < maxRows && room(items));
    if (row === -1) continue;
    if (row === rows.length) rows.push([]);
    const below = all
      .filter((o) => o.row < row && Math.abs(o.x - x) < 3)
      .reduce((top, o) => Math.max(top, o.row), -1);
    const place: NotePlace = {
      id: note.id,
      row,
      offset: Math.round(left - x),
      time: note.time,
      text,
      width: Math.ceil(right - left),
      ...(below >= 0 ? { stemRow: below } : {}),
    };
    for (const o of all) {
      if (Math.abs(o.x - x) < 3) continue;
      if (o.row < row && crosses(x, o.left, o.right)) (place.gaps ??= []).push(o.row);
      if (o.row > row && crosses(o.x, left, right)) (o.place.gaps ??= []).push(row);
    }
    rows[row]?.push({ at: note.at, left, right });
    all.push({ row, x, left, right, place });
  }
  return all.map((o) => o.place);
}

const rowsOf = (placed: readonly NotePlace[]) => placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
