import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { isoInstant } from "../lib/format.ts";
import { PHASES, type EventRow, type ImpactRow, type UpdateRow } from "../lib/schemas.ts";
import { severityBands } from "../lib/severityBands.ts";
import { zonedTicks } from "../lib/zonedTicks.ts";
import { createDocument, round, SVG_NS } from "./dom.ts";
import { drawEvent, drawUpdate, severityTitle, type Lane } from "./timelineMarks.ts";
import { SEVERITY_FILL } from "./impactGantt.ts";
import { focusDomain, LANE_LABELS, TIMELINE, uncertainty } from "./timelineLayout.ts";

export interface TimelineInput {
  /** Accessible name of the chart. */
  label: string;
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
 * Draws an incident's timeline as static SVG: a strip of the worst service impact in
 * effect, one lane per phase present, events as dots (or as ranges where the time is known
 * only to the hour or day), status posts on their own lane, the impact period as a band and
 * a UTC axis. Browser code later re-lays it out for zoom and the reader's zone.
 */
export function timelineSvg(input: TimelineInput): string {
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
  const x = scaleUtc().domain(domain).range(range);
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

  const document = createDocument();
  const svg = select(document.createElementNS(SVG_NS, "svg") as SVGSVGElement)
    .attr("xmlns", SVG_NS)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("class", "timeline-svg")
    .attr("font-family", "system-ui, sans-serif")
    .attr("font-size", 12)
    .attr("fill", "#5a5a5a")
    .attr("role", "img")
    .attr("aria-label", input.label)
    .attr("data-domain", `${isoInstant(domain[0])}/${isoInstant(domain[1])}`);

  const lanesG = svg.append("g").attr("class", "tl-lanes");
  for (const lane of lanes) {
    const y = laneY(lane);
    const g = lanesG.append("g").attr("class", "tl-lane").attr("data-lane", lane);
    g.append("line")
      .attr("stroke", "#dedbd3")
      .attr("x1", marginLeft)
      .attr("x2", width - marginRight)
      .attr("y1", y)
      .attr("y2", y);
    g.append("text")
      .attr("x", marginLeft - 8)
      .attr("y", y)
      .attr("dy", "0.32em")
      .attr("text-anchor", "end")
      .text(LANE_LABELS[lane]);
  }

  if (impact) {
    const [x0, x1] = clip(impact[0], impact[1]);
    svg
      .append("rect")
      .attr("class", "tl-impact")
      .attr("fill", "#a3231b")
      .attr("fill-opacity", 0.1)
      .attr("data-start", isoInstant(impact[0]))
      .attr("data-end", isoInstant(impact[1]))
      .attr("x", round(x0))
      .attr("y", marginTop)
      .attr("width", round(Math.max(1, x1 - x0)))
      .attr("height", lanes.length * laneHeight);
  }

  if (bands.length > 0) {
    const y = TIMELINE.marginTop + strip / 2;
    const g = svg.append("g").attr("class", "tl-severities").attr("data-lane", "severity");
    g.append("text")
      .attr("x", marginLeft - 8)
      .attr("y", y)
      .attr("dy", "0.32em")
      .attr("text-anchor", "end")
      .text(LANE_LABELS.severity);
    for (const band of bands) {
      const [x0, x1] = clip(band.start, band.end);
      g.append("rect")
        .attr("class", "tl-severity")
        .attr("fill", SEVERITY_FILL[band.severity])
        .attr("data-severity", band.severity)
        .attr("data-start", isoInstant(band.start))
        .attr("data-end", isoInstant(band.end))
        .attr("x", round(x0))
        .attr("y", y - 5)
        .attr("width", round(x1 - x0))
        .attr("height", 10)
        .append("title")
        .text(severityTitle(band, input.serviceNames ?? new Map()));
    }
  }

  const marks = svg.append("g").attr("class", "tl-events");
  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  for (const event of ordered) {
    const [t0, t1] = uncertainty(event.time, event.precision);
    const last = Math.max(t1, event.end ?? event.time);
    const inside = event.time >= domain[0] && event.time <= domain[1];
    drawEvent(marks, event, {
      anchor: input.anchors ?? false,
      span: [t0, last],
      at: [place(event.time), laneY(event.phase)],
      extent: inside ? clip(t0, last) : null,
    });
  }

  if (updates.length > 0) {
    const posts = svg.append("g").attr("class", "tl-updates");
    for (const update of [...updates].sort((a, b) => a.time - b.time)) {
      drawUpdate(posts, update, [place(update.time), laneY("updates")]);
    }
  }

  const axisY = height - marginBottom;
  const axis = svg.append("g").attr("class", "tl-axis").attr("transform", `translate(0,${axisY})`);
  axis.append("line").attr("stroke", "#5a5a5a").attr("x1", range[0]).attr("x2", range[1]);
  // Labels need about 56 px; ticks closer to the last one kept, or to a gutter label, are dropped.
  let lastTick = hasLeft ? marginLeft + gutter / 2 + 8 : range[0] - 56;
  const rightmost = hasRight ? range[1] - 28 : Infinity;
  for (const tick of zonedTicks(domain, 6, "UTC")) {
    const tx = round(x(tick.time));
    if (tx - lastTick < 56 || tx > rightmost) continue;
    lastTick = tx;
    const g = axis.append("g").attr("class", "tl-tick").attr("transform", `translate(${tx},0)`);
    g.append("line").attr("stroke", "#5a5a5a").attr("y2", 5);
    g.append("text").attr("y", 18).attr("text-anchor", "middle").text(tick.label);
  }
  for (const [side, cx] of [
    ["before", marginLeft + gutter / 2],
    ["after", width - marginRight - gutter / 2],
  ] as const) {
    if ((side === "before" && hasLeft) || (side === "after" && hasRight)) {
      axis
        .append("text")
        .attr("class", "tl-gutter-label")
        .attr("data-side", side)
        .attr("x", cx)
        .attr("y", 18)
        .attr("text-anchor", "middle")
        .text(side === "before" ? "earlier" : "later");
    }
  }
  axis
    .append("text")
    .attr("class", "tl-zone")
    .attr("x", marginLeft - 8)
    .attr("y", 18)
    .attr("text-anchor", "end")
    .text("Time (UTC)");

  return (svg.node() as unknown as { outerHTML: string }).outerHTML;
}
