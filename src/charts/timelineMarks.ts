import type { Selection } from "d3-selection";
import { formatUtc, isoInstant } from "../lib/format.ts";
import type { EventRow, Phase, UpdateRow } from "../lib/schemas.ts";
import type { SeverityBand } from "../lib/severityBands.ts";
import { round } from "./dom.ts";
import { LANE_LABELS, PHASE_FILL } from "./timelineLayout.ts";

export type Lane = Phase | "updates";
type Parent = Selection<SVGGElement, unknown, null, undefined>;

/** Where one event is drawn: its mark, and the visible part of its range if it has one. */
export interface EventPlacement {
  /** Give the mark the id `event-<id>`. */
  anchor: boolean;
  /** From the earliest to the latest moment it may have happened or lasted. */
  span: [number, number];
  /** The mark's position. */
  at: [number, number];
  /** Left and right edge of the range on screen; null when the event sits in a gutter. */
  extent: [number, number] | null;
}

/**
 * One event: a dot when the time is known to the minute, a bar for an event that lasts, and
 * only a range — never a point — when the time is known just to the hour or day.
 */
export function drawEvent(parent: Parent, event: EventRow, placement: EventPlacement): void {
  const { span, at, extent } = placement;
  const [cx, y] = at;
  const uncertain = event.precision !== "minute";
  const g = parent
    .append("g")
    .attr("class", "tl-event")
    .attr("fill", PHASE_FILL[event.phase])
    .attr("data-event-id", event.id)
    .attr("data-phase", event.phase)
    .attr("data-precision", event.precision)
    .attr("data-time", isoInstant(event.time))
    .attr("data-span", `${isoInstant(span[0])}/${isoInstant(span[1])}`)
    .attr("data-title", event.title)
    .attr("data-source", event.source)
    .attr("transform", `translate(${round(cx)},${y})`);
  if (placement.anchor) g.attr("id", `event-${event.id}`);
  const lasting = span[1] > span[0];
  if (uncertain || (lasting && extent)) {
    // A range at least as wide as a dot, so an uncertain event is never smaller than a point.
    const [left, right] = extent ?? [cx - 5, cx + 5];
    const widthOnScreen = Math.max(uncertain ? 10 : 2, right - left);
    const start = right - left < widthOnScreen ? (left + right - widthOnScreen) / 2 : left;
    g.append("rect")
      .attr("class", uncertain ? "tl-range" : "tl-duration")
      .attr("x", round(start - cx))
      .attr("y", -7)
      .attr("width", round(widthOnScreen))
      .attr("height", 14)
      .attr("rx", 7)
      .attr("fill-opacity", uncertain ? 0.25 : 0.55)
      .attr("stroke", uncertain ? PHASE_FILL[event.phase] : null);
  }
  if (!uncertain) {
    g.append("circle")
      .attr("class", "tl-dot")
      .attr("r", 5)
      .attr("stroke", "#fff")
      .attr("stroke-width", 1.5);
  }
  g.append("title").text(
    `${formatUtc(event.time, event.precision)} · ${LANE_LABELS[event.phase]}: ${event.title}`,
  );
  if (event.detail) g.append("desc").text(event.detail);
}

/** One public status post: a diamond on the status lane. */
export function drawUpdate(parent: Parent, update: UpdateRow, at: [number, number]): void {
  const g = parent
    .append("g")
    .attr("class", "tl-update")
    .attr("fill", PHASE_FILL.communication)
    .attr("data-time", isoInstant(update.time))
    .attr("data-channel", update.channel)
    .attr("data-author", update.author)
    .attr("data-source", update.url)
    .attr("transform", `translate(${round(at[0])},${at[1]})`);
  g.append("rect")
    .attr("x", -4)
    .attr("y", -4)
    .attr("width", 8)
    .attr("height", 8)
    .attr("transform", "rotate(45)");
  g.append("title").text(`${formatUtc(update.time)} · ${update.author}: ${update.text}`);
  g.append("desc").text(update.text);
}

const SEVERITY_WORDS = {
  outage: "Outage",
  major: "Major",
  degraded: "Degraded",
  advisory: "Advisory",
};

/** "Outage, 28 Sep 2020, 21:25 UTC to 29 Sep 2020, 00:23 UTC: Azure AD, Azure AD B2C". */
export function severityTitle(band: SeverityBand, names: ReadonlyMap<string, string>): string {
  const services = band.services.map((id) => names.get(id) ?? id).join(", ");
  return `${SEVERITY_WORDS[band.severity]}, ${formatUtc(band.start)} to ${formatUtc(band.end)}: ${services}`;
}
