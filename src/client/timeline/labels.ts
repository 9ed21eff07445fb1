import { LANE_LABELS } from "../../geometry/timelineLayout.ts";
import { MINUTE } from "../../lib/time.ts";
import { clock, dayMonth, formatInZone, offsetMinutes } from "../../lib/zone.ts";
import type { Mark, TimelineModel } from "./model.ts";

/** "Mitigation" for an event, "Social media" for a status post. */
export function kindOf(mark: Mark): string {
  return mark.kind === "event"
    ? LANE_LABELS[mark.kindLabel as keyof typeof LANE_LABELS]
    : mark.kindLabel;
}

/**
 * Makes the timeline one widget for assistive technology: the SVG an application (it has
 * its own keys, described by the visible hint), each mark a button that opens a dialog, and
 * only the first mark in the tab order (a roving tab stop).
 */
export function markRoles(model: TimelineModel, hint: HTMLElement | null): void {
  const { svg, marks } = model;
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-roledescription", "interactive timeline");
  if (hint) svg.setAttribute("aria-describedby", hint.id);
  for (const mark of marks) {
    mark.el.setAttribute("role", "button");
    mark.el.setAttribute("aria-haspopup", "dialog");
    mark.el.setAttribute("aria-expanded", "false");
    mark.el.tabIndex = mark.order === 0 ? 0 : -1;
  }
}

/** Names every mark with its time in the zone, its phase and its title, and its place. */
export function labelMarks(marks: readonly Mark[], timeZone: string): void {
  for (const mark of marks) {
    const when = formatInZone(mark.time, timeZone, mark.precision);
    const what = mark.kind === "event" ? mark.title : `${mark.title}: ${mark.detail}`;
    // Annotations give their time in the reader's zone too (a date stays as the source has it).
    const wall = mark.time + offsetMinutes(mark.time, timeZone) * MINUTE;
    for (const time of mark.el.querySelectorAll<SVGElement>(".tl-note__time")) {
      const utc = (time.dataset["utc"] ??= time.textContent ?? "");
      time.textContent =
        timeZone === "UTC" || mark.precision === "day"
          ? utc
          : `${mark.precision === "hour" ? "~" : ""}${/[a-z]/i.test(utc) ? `${dayMonth(wall)} ` : ""}${clock(wall)}`;
    }
    // A mark's name ends with the words of its annotation, which a reader sees on it: the
    // longest of its layouts, of which the shorter ones are beginnings.
    let note = "";
    for (const text of mark.el.querySelectorAll(".tl-note__text"))
      if ((text.textContent ?? "").length > note.length) note = text.textContent ?? "";
    mark.el.setAttribute(
      "aria-label",
      `${when}. ${kindOf(mark)}. ${what}. ${mark.order + 1} of ${marks.length}.${note ? ` ${note}.` : ""}`,
    );
  }
}
