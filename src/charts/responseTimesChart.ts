import * as Plot from "@observablehq/plot";
import { formatInterval } from "../lib/format.ts";
import type { Interval } from "../lib/metrics.ts";
import { MINUTE } from "../lib/time.ts";
import type { ChartMarks } from "./figure.ts";
import { fromPlot, plotFrame } from "./plotDom.ts";
import { PHASE_FILL } from "../geometry/timelineLayout.ts";

/** One incident's response, counted from its impact-start milestone. */
export interface ResponseTimes {
  slug: string;
  label: string;
  timeToDetect: Interval | null;
  timeToMitigate: Interval | null;
  timeToResolve: Interval | null;
}

export interface ResponseTimesInput {
  /** Accessible name of the chart. */
  label: string;
  /** One row per incident, drawn in the order given. */
  incidents: readonly ResponseTimes[];
}

/** Narrower than the time charts: on a phone it scales down less, so its labels stay legible. */
const WIDTH = 480;
const BAND = 44;
const MARGIN = { top: 4, right: 24, bottom: 30, left: 12 };

/** The three moments, with the phase whose colour they take and the symbol they are drawn as. */
export const RESPONSE_MARKS = [
  { key: "timeToDetect", phase: "detection", symbol: "circle", words: "Detected", r: 5 },
  {
    key: "timeToMitigate",
    phase: "mitigation",
    symbol: "diamond",
    words: "Mitigated",
    r: 6.5,
  },
  { key: "timeToResolve", phase: "resolved", symbol: "square", words: "Resolved", r: 5.5 },
] as const;

/** Drawn last to first, so a detection at the same moment as mitigation stays visible. */
const DRAW_ORDER = ["timeToResolve", "timeToMitigate", "timeToDetect"];

/** "detected after 5 min", "detected about 3 min before impact". */
function tipWhen(words: string, interval: Interval): string {
  const verb = words.toLowerCase();
  return interval.ms < 0
    ? `${verb} ${formatInterval(interval)}`
    : `${verb} after ${formatInterval(interval)}`;
}

/** Reference ticks, in minutes: from a minute to two weeks, each a span readers know. */
const TICKS: Array<[number, string]> = [
  [0, "0"],
  [10, "10 min"],
  [60, "1 h"],
  [360, "6 h"],
  [1440, "1 day"],
  [10080, "1 week"],
];

/** The references labelled on a narrow drawing. */
const NARROW_TICKS = new Set([0, 60, 1440]);

/**
 * Time to detect, mitigate and resolve for every incident on one scale: a row per incident,
 * a line from impact start to the last known moment, and a symbol for each moment. The
 * scale is logarithmic (symlog, so "before impact" still has a place left of zero): minutes
 * and weeks must share it. Symbols carry `data-slug`, `data-phase` and `data-offset`.
 */
export function responseTimesMarks(input: ResponseTimesInput, width: number = WIDTH): ChartMarks {
  const rows = input.incidents.map((incident, i) => ({
    incident,
    y: MARGIN.top + i * BAND + 29,
    labelY: MARGIN.top + i * BAND + 10,
  }));
  const marks = rows
    .flatMap((row) =>
      RESPONSE_MARKS.flatMap((mark) => {
        const interval = row.incident[mark.key];
        return interval === null ? [] : [{ row, mark, interval, minutes: interval.ms / MINUTE }];
      }),
    )
    .sort((a, b) => DRAW_ORDER.indexOf(a.mark.key) - DRAW_ORDER.indexOf(b.mark.key));
  type Mark = (typeof marks)[number];
  const spans = rows.flatMap((row) => {
    const known = marks.filter((m) => m.row === row).map((m) => m.minutes);
    return known.length > 0
      ? [{ row, from: Math.min(0, ...known), to: Math.max(0, ...known) }]
      : [];
  });
  const least = Math.min(0, ...marks.map((m) => m.minutes));
  const most = Math.max(60, ...marks.map((m) => m.minutes));
  const ticks = TICKS.filter(([minutes]) => minutes <= most * 1.2);
  const height = MARGIN.top + rows.length * BAND + MARGIN.bottom;
  const chart = Plot.plot({
    ...plotFrame({ width, height, margin: MARGIN, label: input.label }),
    x: { type: "symlog", constant: 1, domain: [least * 1.3, most * 1.2], axis: null },
    y: { type: "identity", axis: null },
    symbol: { type: "identity" },
    r: { type: "identity" },
    marks: [
      Plot.ruleX(ticks, {
        x: ([minutes]) => minutes,
        stroke: "#dedbd3",
        y1: MARGIN.top,
        y2: height - MARGIN.bottom,
        className: "response-grid",
      }),
      // On a narrow drawing every other reference keeps its label, so none collide.
      Plot.text(width < 440 ? ticks.filter(([minutes]) => NARROW_TICKS.has(minutes)) : ticks, {
        x: ([minutes]) => minutes,
        y: height - MARGIN.bottom + 8,
        dy: 6,
        text: ([, label]) => label,
        fill: "currentColor",
        className: "response-tick",
      }),
      Plot.ruleX([0], {
        stroke: "currentColor",
        strokeDasharray: "3,3",
        y1: MARGIN.top,
        y2: height - MARGIN.bottom,
        className: "impact-start",
      }),
      Plot.link(spans, {
        x1: "from",
        x2: "to",
        y1: (s) => s.row.y,
        y2: (s) => s.row.y,
        stroke: "#8a8780",
        strokeWidth: 1.5,
        className: "response-span",
      }),
      Plot.dot(marks, {
        x: "minutes",
        y: (m) => m.row.y,
        symbol: (m: Mark) => m.mark.symbol,
        r: (m: Mark) => m.mark.r,
        fill: (m: Mark) => PHASE_FILL[m.mark.phase],
        stroke: "#fbfaf7",
        strokeWidth: 1,
        className: "response-marks",
        render(index, scales, values, dimensions, context, next) {
          const g = next?.(index, scales, values, dimensions, context) as
            SVGGElement | null | undefined;
          if (!g) return null;
          const shapes = g.querySelectorAll("path, circle");
          index.forEach((i, k) => {
            const m = marks[i];
            const shape = shapes[k];
            if (!m || !shape) return;
            shape.setAttribute("data-slug", m.row.incident.slug);
            shape.setAttribute("data-phase", m.mark.phase);
            shape.setAttribute("data-offset", String(Math.round(m.minutes * MINUTE)));
            shape.setAttribute(
              "data-tip",
              `${m.row.incident.label}: ${tipWhen(m.mark.words, m.interval)}`,
            );
          });
          return g;
        },
      }),
      Plot.text(
        rows.filter((row) => !marks.some((m) => m.row === row)),
        {
          x: 0,
          y: "y",
          dx: 6,
          textAnchor: "start",
          text: () => "no milestones published",
          fill: "currentColor",
          fillOpacity: 0.7,
          className: "response-unknown",
        },
      ),
      Plot.text(rows, {
        y: "labelY",
        frameAnchor: "left",
        textAnchor: "start",
        text: (r) => r.incident.label,
        fill: "currentColor",
        className: "response-label",
      }),
    ],
  }) as unknown as SVGSVGElement;
  return { svg: fromPlot(chart, { class: "response-svg" }), size: { width, height } };
}
