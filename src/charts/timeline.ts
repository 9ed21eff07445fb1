import { isoInstant } from "../lib/format.ts";
import { PHASES, type EventRow, type ImpactRow, type UpdateRow } from "../lib/schemas.ts";
import { el, type Child, type Element } from "../lib/serialize.ts";
import { severityBands } from "../lib/severityBands.ts";
import { DAY } from "../lib/time.ts";
import { zonedTicks } from "../lib/zonedTicks.ts";
import { round } from "../geometry/svg.ts";
import {
  focusDomain,
  LANE_LABELS,
  TIMELINE,
  TIMELINE_BANDS,
  uncertainty,
} from "../geometry/timelineLayout.ts";
import type { ChartMarks } from "./figure.ts";
import { SEVERITY_FILL } from "./palette.ts";
import { eventMark, severityTitle, updateMark, type Lane } from "./timelineMarks.ts";
import {
  annotated,
  noteText,
  noteTime,
  placeNotes,
  textWidth,
  type NotePlace,
} from "./timelineNotes.ts";

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

/** Most rows of annotations, by the width they are laid out at (the stylesheet makes room for 14). */
const maxRows = (width: number) => (width < 400 ? 4 : 14);
const MUTED = "#5a5a5a";
/** A halo of the paper's colour behind text, for the drawing on its own (the page restyles it). */
const HALO = {
  stroke: "#fff",
  "stroke-width": 3,
  "stroke-linejoin": "round",
  "paint-order": "stroke",
} as const;

/**
 * Draws an incident's timeline: a strip of the worst service impact in effect, one lane per
 * phase present (its name above it), events as dots (or as ranges where the time is known
 * only to the hour or day), status posts on their own lane, the impact period as a band, a
 * UTC axis, and a label with its time over every milestone and every event with a label.
 *
 * With a `width`, it is drawn at that size in pixels (downloads, the social card). Without,
 * it is drawn for the page: horizontal places are percentages of whatever width the page
 * gives it, no viewBox scales its text, and the annotations and ticks come in one layout per
 * band of widths (`TIMELINE_BANDS`, `data-band`), which the stylesheet picks with container
 * queries; the page adds above the drawing the room its band's annotation rows take
 * (`data-rows`). Browser code later re-lays it out for zoom and the reader's zone.
 */
export function timelineMarks(
  input: TimelineInput,
  options: { width?: number; milestonesOnly?: boolean } = {},
): ChartMarks {
  const { events, impact } = input;
  const fixed = options.width;
  const updates = input.updates ?? [];
  const bands = severityBands(input.spans ?? []);
  const lanes: Lane[] = PHASES.filter((phase) => events.some((e) => e.phase === phase));
  if (updates.length > 0) lanes.push("updates");
  const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
  const { laneHeight, laneRule, marginBottom, left: A, right: B, gutter } = TIMELINE;
  const strip = bands.length > 0 ? TIMELINE.stripHeight : 0;
  const lanesTop = TIMELINE.marginTop + strip;
  const axisY = lanesTop + Math.max(lanes.length, 1) * laneHeight;
  const drawing = axisY + marginBottom;

  /** A share of the width as an SVG length: pixels at a fixed width, else a percentage. */
  const X = (share: number): number | string =>
    fixed !== undefined ? round(share * fixed) : `${Math.round(share * 100_000) / 1000}%`;

  const times = [
    ...events.flatMap((e) => [e.time, e.end ?? e.time]),
    ...updates.map((u) => u.time),
  ];
  const domain = focusDomain(times, impact);
  const hasLeft = times.some((t) => t < domain[0]);
  const hasRight = times.some((t) => t > domain[1]);
  const share = (t: number) => A + ((t - domain[0]) / (domain[1] - domain[0])) * (B - A);
  const laneY = (lane: Lane) => lanesTop + (laneIndex.get(lane) ?? 0) * laneHeight + laneRule;
  const place = (t: number) =>
    t < domain[0] ? A - gutter / 2 : t > domain[1] ? B + gutter / 2 : share(t);
  const clip = (t0: number, t1: number): [number, number] => {
    const left = Math.max(A, share(t0));
    return [left, Math.max(left, Math.min(B, share(t1)))];
  };

  const laneGroups = el(
    "g",
    { class: "tl-lanes" },
    lanes.map((lane) => {
      const y = laneY(lane);
      return el(
        "g",
        { class: "tl-lane", "data-lane": lane },
        el("line", { stroke: "#dedbd3", x1: 0, x2: "100%", y1: y, y2: y }),
      );
    }),
  );
  // Drawn over the marks, with a halo, so the stems of annotations pass behind them.
  const laneNames = el(
    "g",
    { class: "tl-lane-names" },
    lanes.map((lane) =>
      el("text", { x: 0, y: laneY(lane) - laneRule + 13, "data-lane": lane }, LANE_LABELS[lane]),
    ),
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
      x: X(x0),
      y: lanesTop,
      width: X(Math.max(0.002, x1 - x0)),
      height: lanes.length * laneHeight,
    });
  }

  let severityStrip: Element | null = null;
  if (bands.length > 0) {
    const y = TIMELINE.marginTop + laneRule;
    severityStrip = el(
      "g",
      { class: "tl-severities", "data-lane": "severity" },
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
            x: X(x0),
            y: y - 5,
            width: X(x1 - x0),
            height: 10,
          },
          el("title", {}, severityTitle(band, input.serviceNames ?? new Map())),
        );
      }),
    );
  }

  // Annotations: one layout per band of widths on the page, one at a fixed width.
  const multiDay = domain[1] - domain[0] > DAY;
  const notes = annotated(events)
    .filter((event) => !options.milestonesOnly || event.milestone !== undefined)
    .map((event) => ({
      id: event.id,
      at: place(event.time),
      time: noteTime(event, multiDay),
      text: noteText(event),
      milestone: event.milestone !== undefined,
    }));
  const widths = fixed !== undefined ? [fixed] : [...TIMELINE_BANDS];
  const layouts = widths.map((w) => placeNotes(notes, w, maxRows(w)));
  const rowsOf = layouts.map((layout) => layout.reduce((n, p) => Math.max(n, p.row + 1), 0));
  const top = fixed !== undefined ? noteTop(rowsOf[0] ?? 0) : 0;

  const noteMarks = (event: EventRow, y: number): Child[] => {
    const variants: Array<{ place: NotePlace; bands: number[] }> = [];
    layouts.forEach((layout, band) => {
      const found = layout.find((p) => p.id === event.id);
      if (!found) return;
      const same = variants.find(
        (v) =>
          v.place.row === found.row &&
          v.place.offset === found.offset &&
          v.place.text === found.text &&
          v.place.stemRow === found.stemRow &&
          String(v.place.gaps) === String(found.gaps) &&
          v.place.width === found.width,
      );
      if (same) same.bands.push(band);
      else variants.push({ place: found, bands: [band] });
    });
    return variants.map(({ place: p, bands: inBands }) => {
      const baselineOf = (row: number) => -(TIMELINE.noteGap + 4 + row * TIMELINE.noteRow) - y;
      const baseline = baselineOf(p.row);
      // Over a note of the same moment, the stem stops above that note's text.
      const stemEnd = p.stemRow === undefined ? -8 : baselineOf(p.stemRow) - 13;
      // Where it must pass a lower note's words, the stem leaves a gap, so it runs behind them.
      let top = baseline + 4;
      const segments: string[] = [];
      for (const gap of [...new Set(p.gaps ?? [])].sort((a, b) => b - a)) {
        const [above, below] = [baselineOf(gap) - 13, baselineOf(gap) + 4];
        if (above > top) segments.push(`M0.5 ${round(top)}V${round(above)}`);
        top = Math.max(top, below);
      }
      if (stemEnd > top) segments.push(`M0.5 ${round(top)}V${round(stemEnd)}`);
      return el(
        "g",
        {
          class: "tl-note",
          "data-band": fixed !== undefined ? undefined : inBands.join(" "),
          "aria-hidden": "true",
        },
        // A note right over another of its moment needs no stem of its own.
        segments.length === 0
          ? null
          : p.gaps
            ? el("path", { class: "tl-stem", d: segments.join(""), fill: "none", stroke: MUTED })
            : el("line", {
                class: "tl-stem",
                x1: 0.5,
                x2: 0.5,
                y1: baseline + 4,
                y2: stemEnd,
                stroke: MUTED,
              }),
        el(
          "text",
          {
            class: "tl-note__text",
            ...HALO,
            "data-annotation": event.id,
            // Its width as laid out, so the browser keeps it inside the chart when zoomed.
            "data-width": fixed === undefined ? p.width : undefined,
            x: p.offset,
            y: baseline,
            fill: "#1b1b1b",
          },
          el("tspan", { class: "tl-note__time", "font-weight": 700 }, p.time),
          ` ${p.text}`,
        ),
      );
    });
  };

  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  const marks = el(
    "g",
    { class: "tl-events" },
    ordered.map((event) => {
      const [t0, t1] = uncertainty(event.time, event.precision);
      const last = Math.max(t1, event.end ?? event.time);
      const inside = event.time >= domain[0] && event.time <= domain[1];
      const at = place(event.time);
      const y = laneY(event.phase);
      const extent = inside ? clip(t0, last) : null;
      return eventMark(event, {
        anchor: input.anchors ?? false,
        span: [t0, last],
        at: [X(at), y],
        range: rangeOf(event.precision !== "minute", last > t0, at, extent, X, fixed),
        notes: noteMarks(event, y),
        nested: fixed === undefined,
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
            .map((update) =>
              updateMark(update, [X(place(update.time)), laneY("updates")], fixed === undefined),
            ),
        )
      : null;

  // Ticks: at each width, as many as have room, never over the gutters' labels or the edges.
  const earlierWidth = textWidth("earlier") + 4;
  const ticks = zonedTicks(domain, 12, "UTC").map((tick) => {
    const at = share(tick.time);
    const half = textWidth(tick.label) / 2 + 2;
    return { tick, at, half };
  });
  const shownIn = new Map<number, number[]>();
  widths.forEach((w, band) => {
    let last = -Infinity;
    for (const { tick, at, half } of ticks) {
      const x = at * w;
      if (x - half < (hasLeft ? earlierWidth + 6 : 0) || x + half > w - (hasRight ? 40 : 0))
        continue;
      if (x - half < last + 14) continue;
      last = x + half;
      shownIn.set(tick.time, [...(shownIn.get(tick.time) ?? []), band]);
    }
  });
  const tickMarks = ticks
    .filter(({ tick }) => shownIn.has(tick.time))
    .map(({ tick, at }) =>
      el(
        "g",
        {
          class: "tl-tick",
          "data-band": fixed !== undefined ? undefined : (shownIn.get(tick.time) ?? []).join(" "),
        },
        el("line", { stroke: MUTED, x1: X(at), x2: X(at), y2: 5 }),
        el("text", { x: X(at), y: 18, "text-anchor": "middle" }, tick.label),
      ),
    );
  const gutterLabel = (side: "before" | "after") =>
    el(
      "text",
      {
        class: "tl-gutter-label",
        "data-side": side,
        x: side === "before" ? 0 : "100%",
        y: 18,
        "text-anchor": side === "before" ? "start" : "end",
      },
      side === "before" ? "earlier" : "later",
    );
  const axis = el(
    "g",
    { class: "tl-axis", transform: `translate(0,${axisY})` },
    el("line", { stroke: MUTED, x1: X(A), x2: X(B) }),
    tickMarks,
    hasLeft && gutterLabel("before"),
    hasRight && gutterLabel("after"),
    el("text", { class: "tl-zone", x: 0, y: 36 }, "Time (UTC)"),
  );

  const stripName =
    bands.length > 0 &&
    el("text", { x: 0, y: TIMELINE.marginTop + 13, "data-lane": "severity" }, LANE_LABELS.severity);
  const body = [
    laneGroups,
    impactBand,
    severityStrip,
    marks,
    posts,
    el("g", { class: "tl-lane-names", ...HALO }, stripName, laneNames.children),
    axis,
  ];
  const svg = el(
    "svg",
    {
      class: "timeline-svg",
      "font-family": "system-ui, sans-serif",
      "font-size": 12,
      fill: MUTED,
      "data-domain": `${isoInstant(domain[0])}/${isoInstant(domain[1])}`,
      ...(fixed !== undefined
        ? {}
        : Object.fromEntries(rowsOf.map((rows, band) => [`data-rows-${band}`, rows]))),
    },
    fixed !== undefined ? el("g", { transform: `translate(0,${top})` }, body) : body,
  );
  return { svg, size: { width: fixed ?? TIMELINE.width, height: drawing + top } };
}

/** The room `rows` rows of annotations take above the drawing, in pixels. */
export const noteTop = (rows: number): number =>
  rows === 0 ? 0 : TIMELINE.noteGap + rows * TIMELINE.noteRow;

/**
 * The range of an event that lasts or whose time is known only to the hour or day, relative
 * to its mark: at least as wide as a dot, so an uncertain event is never smaller than a point.
 */
function rangeOf(
  uncertain: boolean,
  lasting: boolean,
  at: number,
  extent: [number, number] | null,
  X: (share: number) => number | string,
  fixed: number | undefined,
): { x: number | string; width: number | string } | null {
  if (!uncertain && !(lasting && extent)) return null;
  const least = uncertain ? 10 : 2;
  if (!extent) return { x: -least / 2, width: least };
  const [left, right] = extent;
  // Narrower than its least width at the narrowest page: drawn at that width, centred.
  const narrowest = fixed ?? TIMELINE_BANDS[0];
  if ((right - left) * narrowest < least) {
    const middle = ((left + right) / 2 - at) * narrowest;
    return { x: round(middle - least / 2), width: least };
  }
  return { x: X(left - at), width: X(right - left) };
}
