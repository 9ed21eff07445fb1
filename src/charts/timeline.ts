import { isoInstant } from "../lib/format.ts";
import { PHASES, type EventRow, type ImpactRow, type UpdateRow } from "../lib/schemas.ts";
import { el, type Element } from "../lib/serialize.ts";
import { severityBands } from "../lib/severityBands.ts";
import { zonedTicks } from "../lib/zonedTicks.ts";
import { round } from "../geometry/svg.ts";
import { focusDomain, LANE_LABELS, TIMELINE, uncertainty } from "../geometry/timelineLayout.ts";
import type { ChartMarks } from "./figure.ts";
import { SEVERITY_FILL } from "./palette.ts";
import { eventMark, severityTitle, updateMark, type Lane } from "./timelineMarks.ts";

export interface TimelineInput {
  events: readonly EventRow[];
  updates?: readonly UpdateRow[];
  /** The impact period, drawn as a band behind the lanes. */
  impact: [number, number] | null;
  /** Rows of impact.csv, drawn as a strip of the worst severity in effect. */
  spans?: readonly ImpactRow[];
  /** Display names of service ids, for the strip's tooltips. */
  serviceNames?: ReadonlyMap<string, string>;
  /** Give each event the id `event-<id>`, the target of deep links (one timeline per page). */
  anchors?: boolean;
}

/**
 * Draws an incident's timeline: a strip of the worst service impact in effect, one lane per
 * phase present, events as dots (or as ranges where the time is known only to the hour or
 * day), status posts on their own lane, the impact period as a band and a UTC axis. Browser
 * code later re-lays it out for zoom and the reader's zone.
 */
export function timelineMarks(input: TimelineInput): ChartMarks {
  const { events, impact } = input;
  const updates = input.updates ?? [];
  const bands = severityBands(input.spans ?? []);
  const lanes: Lane[] = PHASES.filter((phase) => events.some((e) => e.phase === phase));
  if (updates.length > 0) lanes.push("updates");
  const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
  const { width, laneHeight, marginBottom, marginLeft, marginRight, gutter } = TIMELINE;
  const strip = bands.length > 0 ? TIMELINE.stripHeight : 0;
  const marginTop = TIMELINE.marginTop + strip;
  const height = marginTop + Math.max(lanes.length, 1) * laneHeight + marginBottom;

  const times = [
    ...events.flatMap((e) => [e.time, e.end ?? e.time]),
    ...updates.map((u) => u.time),
  ];
  const domain = focusDomain(times, impact);
  const hasLeft = times.some((t) => t < domain[0]);
  const hasRight = times.some((t) => t > domain[1]);
  const range: [number, number] = [
    marginLeft + (hasLeft ? gutter : 0),
    width - marginRight - (hasRight ? gutter : 0),
  ];
  const x = (t: number) =>
    range[0] + ((t - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);
  const laneY = (lane: Lane) =>
    marginTop + (laneIndex.get(lane) ?? 0) * laneHeight + laneHeight / 2;
  const place = (t: number) =>
    t < domain[0]
      ? marginLeft + gutter / 2
      : t > domain[1]
        ? width - marginRight - gutter / 2
        : x(t);
  const clip = (t0: number, t1: number): [number, number] => {
    const left = Math.max(range[0], x(t0));
    return [left, Math.max(left, Math.min(range[1], x(t1)))];
  };

  const laneGroups = el(
    "g",
    { class: "tl-lanes" },
    lanes.map((lane) => {
      const y = laneY(lane);
      return el(
        "g",
        { class: "tl-lane", "data-lane": lane },
        el("line", { stroke: "#dedbd3", x1: marginLeft, x2: width - marginRight, y1: y, y2: y }),
        el("text", { x: marginLeft - 8, y, dy: "0.32em", "text-anchor": "end" }, LANE_LABELS[lane]),
      );
    }),
  );

  let impactBand: Element | null = null;
  if (impact) {
    const [x0, x1] = clip(impact[0], impact[1]);
    impactBand = el("rect", {
      class: "tl-impact",
      fill: "#a3231b",
      "fill-opacity": 0.1,
      "data-start": isoInstant(impact[0]),
      "data-end": isoInstant(impact[1]),
      x: round(x0),
      y: marginTop,
      width: round(Math.max(1, x1 - x0)),
      height: lanes.length * laneHeight,
    });
  }

  let severityStrip: Element | null = null;
  if (bands.length > 0) {
    const y = TIMELINE.marginTop + strip / 2;
    severityStrip = el(
      "g",
      { class: "tl-severities", "data-lane": "severity" },
      el(
        "text",
        { x: marginLeft - 8, y, dy: "0.32em", "text-anchor": "end" },
        LANE_LABELS.severity,
      ),
      bands.map((band) => {
        const [x0, x1] = clip(band.start, band.end);
        return el(
          "rect",
          {
            class: "tl-severity",
            fill: SEVERITY_FILL[band.severity],
            "data-severity": band.severity,
            "data-start": isoInstant(band.start),
            "data-end": isoInstant(band.end),
            x: round(x0),
            y: y - 5,
            width: round(x1 - x0),
            height: 10,
          },
          el("title", {}, severityTitle(band, input.serviceNames ?? new Map())),
        );
      }),
    );
  }

  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  const marks = el(
    "g",
    { class: "tl-events" },
    ordered.map((event) => {
      const [t0, t1] = uncertainty(event.time, event.precision);
      const last = Math.max(t1, event.end ?? event.time);
      const inside = event.time >= domain[0] && event.time <= domain[1];
      return eventMark(event, {
        anchor: input.anchors ?? false,
        span: [t0, last],
        at: [place(event.time), laneY(event.phase)],
        extent: inside ? clip(t0, last) : null,
      });
    }),
  );

  const posts =
    updates.length > 0
      ? el(
          "g",
          { class: "tl-updates" },
          [...updates]
            .sort((a, b) => a.time - b.time)
            .map((update) => updateMark(update, [place(update.time), laneY("updates")])),
        )
      : null;

  const axisY = height - marginBottom;
  // Labels need about 56 px; ticks closer to the last one kept, or to a gutter label, are dropped.
  let lastTick = hasLeft ? marginLeft + gutter / 2 + 8 : range[0] - 56;
  const rightmost = hasRight ? range[1] - 28 : Infinity;
  const ticks: Element[] = [];
  for (const tick of zonedTicks(domain, 6, "UTC")) {
    const tx = round(x(tick.time));
    if (tx - lastTick < 56 || tx > rightmost) continue;
    lastTick = tx;
    ticks.push(
      el(
        "g",
        { class: "tl-tick", transform: `translate(${tx},0)` },
        el("line", { stroke: "#5a5a5a", y2: 5 }),
        el("text", { y: 18, "text-anchor": "middle" }, tick.label),
      ),
    );
  }
  const gutterLabel = (side: "before" | "after", cx: number) =>
    el(
      "text",
      { class: "tl-gutter-label", "data-side": side, x: cx, y: 18, "text-anchor": "middle" },
      side === "before" ? "earlier" : "later",
    );
  const axis = el(
    "g",
    { class: "tl-axis", transform: `translate(0,${axisY})` },
    el("line", { stroke: "#5a5a5a", x1: range[0], x2: range[1] }),
    ticks,
    hasLeft && gutterLabel("before", marginLeft + gutter / 2),
    hasRight && gutterLabel("after", width - marginRight - gutter / 2),
    el("text", { class: "tl-zone", x: marginLeft - 8, y: 18, "text-anchor": "end" }, "Time (UTC)"),
  );

  const svg = el(
    "svg",
    {
      class: "timeline-svg",
      "font-family": "system-ui, sans-serif",
      "font-size": 12,
      fill: "#5a5a5a",
      "data-domain": `${isoInstant(domain[0])}/${isoInstant(domain[1])}`,
    },
    laneGroups,
    impactBand,
    severityStrip,
    marks,
    posts,
    axis,
  );
  return { svg, size: { width, height } };
}
