import type { AlignedIncident, AlignedMoment, KeyMoment } from "../lib/alignment.ts";
import { formatUtc, isoInstant } from "../lib/format.ts";
import { el, type Element } from "../lib/serialize.ts";
import {
  COMPARE,
  compareAxis,
  compareScale,
  impactPlacement,
  momentPlacement,
  offsetLabel,
  type CompareScale,
} from "../geometry/compareLayout.ts";
import { LANE_LABELS, PHASE_FILL } from "../geometry/timelineLayout.ts";
import type { ChartMarks } from "./figure.ts";

/** One incident's lane. */
export interface CompareLane {
  aligned: AlignedIncident;
  /** Short name shown above the lane, e.g. "Microsoft, 28 Sep 2020". */
  label: string;
}

export interface CompareInput {
  /** Every incident that can be compared, in drawing order. */
  lanes: readonly CompareLane[];
  /** Slugs of the lanes shown at first. */
  selected: readonly string[];
}

/** How each key moment is drawn, centred on its time. */
const KEY_SHAPES: Record<KeyMoment, Element> = {
  detect: el("circle", { r: 6 }),
  mitigate: el("path", { d: "M0,-7.5L7.5,0L0,7.5L-7.5,0Z" }),
  resolve: el("rect", { x: -5.5, y: -5.5, width: 11, height: 11 }),
};

function momentMark(moment: AlignedMoment, scale: CompareScale | null): Element {
  const place = scale ? momentPlacement(scale, moment.offset, moment.offsetEnd) : null;
  let range: Element | null = null;
  if (moment.offsetEnd > moment.offset) {
    // A day-long uncertainty is drawn thinner and fainter than a known duration.
    const day = moment.precision === "day";
    range = el("rect", {
      class: "cmp-range",
      y: day ? -3 : -5,
      height: day ? 6 : 10,
      rx: day ? 3 : 5,
      "fill-opacity": moment.precision === "minute" ? 0.5 : day ? 0.18 : 0.25,
      display: place && !place.range.inside ? "none" : undefined,
      x: place?.range.x,
      width: place?.range.width,
    });
  }
  const shape = moment.key
    ? el(KEY_SHAPES[moment.key].name, {
        ...KEY_SHAPES[moment.key].attributes,
        class: "cmp-mark",
        stroke: "#fbfaf7",
      })
    : el("circle", { class: "cmp-mark", r: 3.5, "fill-opacity": 0.8 });
  return el(
    "g",
    {
      class: moment.key ? "cmp-moment cmp-moment--key" : "cmp-moment",
      fill: PHASE_FILL[moment.phase],
      "data-event-id": moment.id,
      "data-phase": moment.phase,
      "data-precision": moment.precision,
      "data-offset": moment.offset,
      "data-offset-end": moment.offsetEnd,
      "data-time": isoInstant(moment.time),
      "data-tip": `${LANE_LABELS[moment.phase]}, ${offsetLabel(moment.offset)}: ${moment.title}`,
      "data-key": moment.key ?? undefined,
      transform: place?.transform,
    },
    range,
    shape,
    el(
      "title",
      {},
      `${formatUtc(moment.time, moment.precision)} (${offsetLabel(moment.offset)}) · ${LANE_LABELS[moment.phase]}: ${moment.title}`,
    ),
  );
}

/** Key moments last, so they sit on top of the events around them; detection last of all. */
const KEY_ORDER: Array<KeyMoment | null> = ["resolve", "mitigate", "detect"];

/**
 * Incidents side by side on one clock that starts at each one's impact (t = 0), so their
 * phases line up: a lane per incident with its impact period as a band, every event as a
 * dot in its phase's colour, and the moments time to detect, mitigate and resolve are
 * measured to as a circle, a diamond and a square. Every lane is drawn; those not selected
 * are hidden, and the browser shows them and re-lays the chart out when the reader asks.
 */
export function compareMarks(
  input: CompareInput,
  width: number = COMPARE.width,
  options: { selectedOnly?: boolean } = {},
): ChartMarks {
  const visible = input.lanes.filter((lane) => input.selected.includes(lane.aligned.slug));
  const scale = compareScale(
    visible.map(({ aligned }) => ({
      focus: aligned.focus,
      offsets: aligned.moments.map((m) => m.offset),
    })),
    width,
  );
  // A drawing may hold only the lanes shown: the browser copies in the others when asked.
  const drawn = options.selectedOnly
    ? input.lanes.filter((lane) => input.selected.includes(lane.aligned.slug))
    : input.lanes;
  const lanes = drawn.map(({ aligned, label }) => {
    const index = visible.findIndex((lane) => lane.aligned === aligned);
    const shown = index >= 0 ? scale : null;
    const impact = aligned.impact && shown ? impactPlacement(shown, ...aligned.impact) : null;
    return el(
      "g",
      {
        class: "cmp-lane",
        "data-slug": aligned.slug,
        "data-focus": aligned.focus.map(Math.round).join(","),
        display: shown ? undefined : "none",
        transform: shown ? `translate(0,${scale.laneTop(index)})` : undefined,
      },
      el(
        "text",
        { class: "cmp-label", x: COMPARE.marginLeft, y: COMPARE.labelY, dy: "0.32em" },
        label,
      ),
      el("line", {
        class: "cmp-track",
        y1: COMPARE.markY,
        y2: COMPARE.markY,
        stroke: "#dedbd3",
        x1: COMPARE.marginLeft,
        x2: width - COMPARE.marginRight,
      }),
      aligned.impact &&
        el("rect", {
          class: "cmp-impact",
          y: COMPARE.markY - 10,
          height: 20,
          fill: "#a3231b",
          "fill-opacity": 0.12,
          "data-offset": aligned.impact[0],
          "data-offset-end": aligned.impact[1],
          x: impact?.x,
          width: impact?.width,
        }),
      aligned.moments.filter((m) => !m.key).map((m) => momentMark(m, shown)),
      aligned.moments
        .filter((m) => m.key)
        .sort((a, b) => KEY_ORDER.indexOf(a.key) - KEY_ORDER.indexOf(b.key))
        .map((m) => momentMark(m, shown)),
    );
  });
  const svg = el(
    "svg",
    {
      class: "compare-svg",
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
      fill: "currentColor",
      "data-domain": scale.domain.map(Math.round).join(","),
    },
    el("g", { class: "cmp-axis" }, compareAxis(scale)),
    lanes,
  );
  return { svg, size: { width, height: scale.height } };
}
