import { formatUtc, isoInstant } from "../lib/format.ts";
import type { EventRow, Phase, UpdateRow } from "../lib/schemas.ts";
import { el, type Child, type Element } from "../lib/serialize.ts";
import type { SeverityBand } from "../lib/severityBands.ts";
import { LANE_LABELS, PHASE_FILL } from "../geometry/timelineLayout.ts";
import { SEVERITY_LABEL } from "./palette.ts";

export type Lane = Phase | "updates";

/** Where one event is drawn: its mark, and the visible part of its range if it has one. */
export interface EventPlacement {
  /** Give the mark the id `event-<id>`. */
  anchor: boolean;
  /** From the earliest to the latest moment it may have happened or lasted. */
  span: [number, number];
  /** The mark's position: pixels, or a percentage of the width across. */
  at: [number | string, number];
  /** Its range relative to the mark, if it lasts or its time is uncertain. */
  range: { x: number | string; width: number | string } | null;
  /** Its annotations, drawn relative to the mark. */
  notes?: Child[];
  /**
   * Placed by a nested `<svg>` (whose x may be a percentage) rather than a transform; browser
   * code unwraps it when it takes over the drawing.
   */
  nested?: boolean;
}

/** The contents of a mark, placed at `at`: by a transform, or by a nested SVG. */
function placed(
  at: [number | string, number],
  nested: boolean,
  attributes: Record<string, string | undefined>,
  children: Child[],
  after: Child[],
): Element {
  const [x, y] = at;
  if (!nested)
    return el("g", { ...attributes, transform: `translate(${x},${y})` }, children, after);
  return el(
    "g",
    attributes,
    el("svg", { class: "tl-at", x, y, overflow: "visible" }, children),
    after,
  );
}

/**
 * One event: a dot when the time is known to the minute, a bar for an event that lasts, and
 * only a range — never a point — when the time is known just to the hour or day. Its title
 * is in a `<title>`, so every event is named wherever the chart is shown.
 */
export function eventMark(event: EventRow, placement: EventPlacement): Element {
  const { span, at } = placement;
  const uncertain = event.precision !== "minute";
  const range =
    placement.range &&
    el("rect", {
      class: uncertain ? "tl-range" : "tl-duration",
      x: placement.range.x,
      y: -7,
      width: placement.range.width,
      height: 14,
      rx: 7,
      "fill-opacity": uncertain ? 0.25 : 0.55,
      stroke: uncertain ? PHASE_FILL[event.phase] : undefined,
    });
  return placed(
    at,
    placement.nested ?? false,
    {
      class: "tl-event",
      fill: PHASE_FILL[event.phase],
      "data-event-id": event.id,
      "data-phase": event.phase,
      "data-precision": event.precision,
      "data-time": isoInstant(event.time),
      "data-span": `${isoInstant(span[0])}/${isoInstant(span[1])}`,
      "data-title": event.title,
      "data-source": event.source,
      id: placement.anchor ? `event-${event.id}` : undefined,
    },
    [
      ...(placement.notes ?? []),
      range,
      !uncertain && el("circle", { class: "tl-dot", r: 5, stroke: "#fff", "stroke-width": 1.5 }),
    ],
    [
      el(
        "title",
        {},
        `${formatUtc(event.time, event.precision)} · ${LANE_LABELS[event.phase]}: ${event.title}`,
      ),
      event.detail && el("desc", {}, event.detail),
    ],
  );
}

/** One public status post: a diamond on the status lane. */
export function updateMark(
  update: UpdateRow,
  at: [number | string, number],
  nested = false,
): Element {
  return placed(
    at,
    nested,
    {
      class: "tl-update",
      fill: PHASE_FILL.communication,
      "data-time": isoInstant(update.time),
      "data-channel": update.channel,
      "data-author": update.author,
      "data-source": update.url,
    },
    [el("rect", { x: -4, y: -4, width: 8, height: 8, transform: "rotate(45)" })],
    [
      el("title", {}, `${formatUtc(update.time)} · ${update.author}: ${update.text}`),
      el("desc", {}, update.text),
    ],
  );
}

/** "Outage, 28 Sep 2020, 21:25 UTC to 29 Sep 2020, 00:23 UTC: Azure AD, Azure AD B2C". */
export function severityTitle(band: SeverityBand, names: ReadonlyMap<string, string>): string {
  const services = band.services.map((id) => names.get(id) ?? id).join(", ");
  return `${SEVERITY_LABEL[band.severity]}, ${formatUtc(band.start)} to ${formatUtc(band.end)}: ${services}`;
}
