import * as Plot from "@observablehq/plot";
import { causeLabel, formatInterval, formatUtc } from "../lib/format.ts";
import type { Interval } from "../lib/metrics.ts";
import { DAY, MINUTE } from "../lib/time.ts";
import type { Cause } from "../lib/frontmatter.ts";
import { CAUSE_FILL } from "./palette.ts";
import { el } from "../lib/serialize.ts";
import type { ChartMarks } from "./figure.ts";
import { fromPlot, plotFrame } from "./plotDom.ts";
import { timeAxis } from "../geometry/timeAxis.ts";

/** One incident as the overview draws it. */
export interface OverviewIncident {
  slug: string;
  title: string;
  provider: string;
  cause: Cause;
  /** Where it sits on the time axis: impact start, else its date. */
  time: number;
  /** Impact start to resolved: the time to resolve; null when not published. */
  duration: Interval | null;
  /** Its page. */
  href: string;
}

export interface OverviewInput {
  /** Accessible name of the chart. */
  label: string;
  incidents: readonly OverviewIncident[];
  /** The axis runs from 1 January of the first incident's year to this time (the build's "today"). */
  today: number;
}

const WIDTH = 720;
const BAND = 46;
const MARGIN = { top: 6, right: 16, bottom: 28, left: 4 };
const R_MIN = 3;
const R_MAX = 15;
const SHORTEST = 30 * MINUTE;
const LONGEST = 14 * DAY;

/**
 * Circle radius for a duration, growing with its logarithm from half an hour to two weeks.
 * Durations span three orders of magnitude; circles with area in proportion would leave all
 * but the two longest incidents as identical specks. The legend shows reference sizes.
 */
export function radius(duration: number): number {
  const clamped = Math.min(LONGEST, Math.max(SHORTEST, duration));
  const share = Math.log(clamped / SHORTEST) / Math.log(LONGEST / SHORTEST);
  return Math.round((R_MIN + share * (R_MAX - R_MIN)) * 10) / 10;
}

/** Providers in the order they first appear, each with its incidents. */
function providerRows(incidents: readonly OverviewIncident[]) {
  const sorted = [...incidents].sort((a, b) => a.time - b.time || a.slug.localeCompare(b.slug));
  const rows = new Map<string, OverviewIncident[]>();
  for (const incident of sorted)
    rows.set(incident.provider, [...(rows.get(incident.provider) ?? []), incident]);
  return [...rows.entries()].map(([provider, list], i) => ({ provider, list, top: i * BAND }));
}

/**
 * Every incident on one time axis from its first year to today: a row per provider, a circle per
 * incident sized by how long it lasted and coloured by its cause. An incident whose
 * duration is not known is a hollow ring. Circles carry `data-slug`, `data-href` and
 * `data-cause`; the page links each to its incident in the table beside it.
 */
export function overviewMarks(input: OverviewInput, width: number = WIDTH): ChartMarks {
  const rows = providerRows(input.incidents);
  const firstYear = Math.min(...input.incidents.map((i) => new Date(i.time).getUTCFullYear()));
  const domain: [number, number] = [
    Date.UTC(Number.isFinite(firstYear) ? firstYear : new Date(input.today).getUTCFullYear(), 0, 1),
    input.today,
  ];
  const height = MARGIN.top + rows.length * BAND + MARGIN.bottom;
  const dots = rows.flatMap((row) =>
    row.list.map((incident) => ({
      incident,
      y: MARGIN.top + row.top + 30,
      r: incident.duration === null ? 6 : radius(incident.duration.ms),
    })),
  );
  type Dot = (typeof dots)[number];
  // Long incidents first, so a short one close by is drawn on top and stays visible.
  dots.sort((a, b) => b.r - a.r);
  const tip = ({ incident }: (typeof dots)[number]) =>
    `${incident.title} (${formatUtc(incident.time, "day")}; ${
      incident.duration === null ? "duration not published" : formatInterval(incident.duration)
    }; ${causeLabel(incident.cause)})`;
  const chart = Plot.plot({
    ...plotFrame({ width, height, margin: MARGIN, label: input.label }),
    x: { type: "utc", domain: domain.map((t) => new Date(t)), axis: null },
    y: { type: "identity", axis: null },
    r: { type: "identity" },
    marks: [
      Plot.ruleY(rows, {
        y: (row) => MARGIN.top + row.top + 30,
        stroke: "#dedbd3",
        className: "overview-rows",
      }),
      Plot.dot(dots, {
        x: (d) => new Date(d.incident.time),
        y: "y",
        r: "r",
        fill: (d: Dot) => (d.incident.duration === null ? "none" : CAUSE_FILL[d.incident.cause]),
        fillOpacity: 0.85,
        stroke: (d: Dot) =>
          d.incident.duration === null ? CAUSE_FILL[d.incident.cause] : "#fbfaf7",
        strokeWidth: 1.5,
        className: "overview-dots",
        render(index, scales, values, dimensions, context, next) {
          const g = next?.(index, scales, values, dimensions, context) as
            SVGGElement | null | undefined;
          if (!g) return null;
          const circles = g.querySelectorAll("circle");
          index.forEach((i, k) => {
            const dot = dots[i];
            const circle = circles[k];
            if (!dot || !circle) return;
            circle.setAttribute("data-slug", dot.incident.slug);
            circle.setAttribute("data-href", dot.incident.href);
            circle.setAttribute("data-cause", dot.incident.cause);
            if (dot.incident.duration === null) circle.setAttribute("data-duration", "unknown");
            circle.setAttribute("data-tip", tip(dot));
          });
          return g;
        },
      }),
      Plot.text(rows, {
        x: () => new Date(domain[0]),
        y: (row) => MARGIN.top + row.top + 9,
        textAnchor: "start",
        text: (row) =>
          row.list.length > 1 ? `${row.provider} · ${row.list.length}` : row.provider,
        fill: "currentColor",
        className: "overview-label",
      }),
    ],
  }) as unknown as SVGSVGElement;
  const svg = fromPlot(chart, { class: "overview-svg" });
  const axis = timeAxis({
    domain,
    range: [MARGIN.left, width - MARGIN.right],
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
    // About one label per 100 pixels: as many years as have room at the width drawn.
    count: Math.max(2, Math.round(width / 100)),
  });
  return { svg: el("svg", svg.attributes, axis, ...svg.children), size: { width, height } };
}
