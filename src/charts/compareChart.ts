import type { AlignedIncident, AlignedMoment, KeyMoment } from "../lib/alignment.ts";
import { formatUtc, isoInstant } from "../lib/format.ts";
import { COMPARE, layoutCompare, offsetLabel } from "./compareLayout.ts";
import { createDocument, SVG_NS } from "./dom.ts";
import { LANE_LABELS, PHASE_FILL } from "./timelineLayout.ts";

/** One incident's lane. */
export interface CompareLane {
  aligned: AlignedIncident;
  /** Short name shown above the lane, e.g. "Microsoft, 28 Sep 2020". */
  label: string;
}

export interface CompareInput {
  /** Accessible name of the chart. */
  label: string;
  /** Every incident that can be compared, in drawing order. */
  lanes: readonly CompareLane[];
  /** Slugs of the lanes shown at first. */
  selected: readonly string[];
}

/** How each key moment is drawn, centred on its time. */
const KEY_SHAPES: Record<KeyMoment, { name: string; attributes: Record<string, string> }> = {
  detect: { name: "circle", attributes: { r: "6" } },
  mitigate: { name: "path", attributes: { d: "M0,-7.5L7.5,0L0,7.5L-7.5,0Z" } },
  resolve: { name: "rect", attributes: { x: "-5.5", y: "-5.5", width: "11", height: "11" } },
};

function add(parent: Element, name: string, attributes: Record<string, string | number> = {}) {
  const el = parent.ownerDocument.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  parent.append(el);
  return el;
}

function drawMoment(lane: Element, moment: AlignedMoment): void {
  const g = add(lane, "g", {
    class: moment.key ? "cmp-moment cmp-moment--key" : "cmp-moment",
    fill: PHASE_FILL[moment.phase],
    "data-event-id": moment.id,
    "data-phase": moment.phase,
    "data-precision": moment.precision,
    "data-offset": moment.offset,
    "data-offset-end": moment.offsetEnd,
    "data-time": isoInstant(moment.time),
    "data-tip": `${LANE_LABELS[moment.phase]}, ${offsetLabel(moment.offset)}: ${moment.title}`,
  });
  if (moment.key) g.setAttribute("data-key", moment.key);
  if (moment.offsetEnd > moment.offset) {
    // A day-long uncertainty is drawn thinner and fainter than a known duration.
    const day = moment.precision === "day";
    add(g, "rect", {
      class: "cmp-range",
      y: day ? -3 : -5,
      height: day ? 6 : 10,
      rx: day ? 3 : 5,
      "fill-opacity": moment.precision === "minute" ? 0.5 : day ? 0.18 : 0.25,
    });
  }
  if (moment.key) {
    const shape = KEY_SHAPES[moment.key];
    add(g, shape.name, { ...shape.attributes, class: "cmp-mark", stroke: "#fbfaf7" });
  } else {
    add(g, "circle", { class: "cmp-mark", r: 3.5, "fill-opacity": 0.8 });
  }
  add(g, "title").textContent =
    `${formatUtc(moment.time, moment.precision)} (${offsetLabel(moment.offset)}) · ${LANE_LABELS[moment.phase]}: ${moment.title}`;
}

/**
 * Incidents side by side on one clock that starts at each one's impact (t = 0), so their
 * phases line up: a lane per incident with its impact period as a band, every event as a
 * dot in its phase's colour, and the moments time to detect, mitigate and resolve are
 * measured to as a circle, a diamond and a square. Every lane is drawn; those not selected
 * are hidden, and the browser shows them and re-lays the chart out when the reader asks.
 */
export function compareSvg(input: CompareInput): string {
  const document = createDocument();
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("class", "compare-svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", input.label);
  svg.setAttribute("font-family", "system-ui, sans-serif");
  svg.setAttribute("font-size", "11");
  svg.setAttribute("fill", "currentColor");
  add(svg, "g", { class: "cmp-axis" });
  for (const { aligned, label } of input.lanes) {
    const lane = add(svg, "g", {
      class: "cmp-lane",
      "data-slug": aligned.slug,
      "data-focus": aligned.focus.map(Math.round).join(","),
    });
    add(lane, "text", {
      class: "cmp-label",
      x: COMPARE.marginLeft,
      y: COMPARE.labelY,
      dy: "0.32em",
    }).textContent = label;
    add(lane, "line", {
      class: "cmp-track",
      y1: COMPARE.markY,
      y2: COMPARE.markY,
      stroke: "#dedbd3",
    });
    if (aligned.impact) {
      add(lane, "rect", {
        class: "cmp-impact",
        y: COMPARE.markY - 10,
        height: 20,
        fill: "#a3231b",
        "fill-opacity": 0.12,
        "data-offset": aligned.impact[0],
        "data-offset-end": aligned.impact[1],
      });
    }
    for (const moment of aligned.moments.filter((m) => !m.key)) drawMoment(lane, moment);
    // Key moments last, so they sit on top of the events around them; the circle of
    // detection last of all, so it stays visible when mitigation began at the same time.
    const keyOrder: Array<KeyMoment | null> = ["resolve", "mitigate", "detect"];
    for (const moment of aligned.moments
      .filter((m) => m.key)
      .sort((a, b) => keyOrder.indexOf(a.key) - keyOrder.indexOf(b.key)))
      drawMoment(lane, moment);
  }
  layoutCompare(svg, input.selected);
  return (svg as unknown as { outerHTML: string }).outerHTML;
}
