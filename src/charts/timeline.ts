import { scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { formatUtc, isoInstant } from "../lib/format.ts";
import { PHASES, type EventRow, type Phase, type UpdateRow } from "../lib/schemas.ts";
import { utcTicks } from "./axisTicks.ts";
import { createDocument, round, SVG_NS } from "./dom.ts";
import { focusDomain, LANE_LABELS, PHASE_FILL, TIMELINE, uncertainty } from "./timelineLayout.ts";

export interface TimelineInput {
  /** Accessible name of the chart. */
  label: string;
  events: readonly EventRow[];
  updates?: readonly UpdateRow[];
  /** The impact period, drawn as a band behind the lanes. */
  impact: [number, number] | null;
}

type Lane = Phase | "updates";

/**
 * Draws an incident's timeline as static SVG: one lane per phase present, events as dots
 * (or as ranges where the time is known only to the hour or day), the impact period as a
 * band, and a UTC axis. Browser code later re-lays it out for zoom and the reader's zone.
 */
export function timelineSvg(input: TimelineInput): string {
  const { events, impact } = input;
  const updates = input.updates ?? [];
  const lanes: Lane[] = PHASES.filter((phase) => events.some((e) => e.phase === phase));
  if (updates.length > 0) lanes.push("updates");
  const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
  const { width, laneHeight, marginTop, marginBottom, marginLeft, marginRight, gutter } = TIMELINE;
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
    const x0 = Math.max(range[0], x(impact[0]));
    const x1 = Math.min(range[1], x(impact[1]));
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

  const marks = svg.append("g").attr("class", "tl-events");
  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  for (const event of ordered) {
    const [t0, t1] = uncertainty(event.time, event.precision);
    const last = Math.max(t1, event.end ?? event.time);
    const cx = place(event.time);
    const g = marks
      .append("g")
      .attr("class", "tl-event")
      .attr("fill", PHASE_FILL[event.phase])
      .attr("data-event-id", event.id)
      .attr("data-phase", event.phase)
      .attr("data-precision", event.precision)
      .attr("data-time", isoInstant(event.time))
      .attr("data-span", `${isoInstant(t0)}/${isoInstant(last)}`)
      .attr("transform", `translate(${round(cx)},${laneY(event.phase)})`);
    if (last > t0 && event.time >= domain[0] && event.time <= domain[1]) {
      const left = Math.max(range[0], x(t0));
      const right = Math.min(range[1], x(last));
      g.append("rect")
        .attr(
          "class",
          event.end !== undefined && event.precision === "minute" ? "tl-duration" : "tl-range",
        )
        .attr("x", round(left - cx))
        .attr("y", -7)
        .attr("width", round(Math.max(2, right - left)))
        .attr("height", 14)
        .attr("rx", 7)
        .attr(
          "fill-opacity",
          event.end !== undefined && event.precision === "minute" ? 0.55 : 0.25,
        );
    }
    g.append("circle")
      .attr("class", "tl-dot")
      .attr("r", 5)
      .attr("stroke", "#fff")
      .attr("stroke-width", 1.5);
    g.append("title").text(
      `${formatUtc(event.time, event.precision)} · ${LANE_LABELS[event.phase]}: ${event.title}`,
    );
  }

  if (updates.length > 0) {
    const posts = svg.append("g").attr("class", "tl-updates");
    for (const update of [...updates].sort((a, b) => a.time - b.time)) {
      posts
        .append("rect")
        .attr("class", "tl-update")
        .attr("fill", PHASE_FILL.communication)
        .attr("data-time", isoInstant(update.time))
        .attr("data-channel", update.channel)
        .attr("x", round(place(update.time) - 4))
        .attr("y", laneY("updates") - 4)
        .attr("width", 8)
        .attr("height", 8)
        .attr("transform", `rotate(45 ${round(place(update.time))} ${laneY("updates")})`);
    }
  }

  const axisY = height - marginBottom;
  const axis = svg.append("g").attr("class", "tl-axis").attr("transform", `translate(0,${axisY})`);
  axis.append("line").attr("stroke", "#5a5a5a").attr("x1", range[0]).attr("x2", range[1]);
  for (const tick of utcTicks(domain, 6)) {
    const tx = round(x(tick.time));
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
