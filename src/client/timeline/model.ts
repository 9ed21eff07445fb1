import type { Precision } from "../../lib/zone.ts";
import type { LaneTimes } from "./lod.ts";

/** One focusable moment on the timeline: an event of events.csv or a status post. */
export interface Mark {
  el: SVGGElement;
  kind: "event" | "update";
  /** The event id; empty for a status post. */
  id: string;
  /** Position in time order. */
  order: number;
  lane: Lane;
  /** Position within its lane's time order. */
  laneIndex: number;
  time: number;
  span: [number, number];
  precision: Precision;
  /** Phase of an event, channel of a post. */
  kindLabel: string;
  title: string;
  detail: string;
  source: string;
  range: SVGRectElement | null;
  dot: SVGCircleElement | null;
  /** The group the mark is drawn in. */
  home: Element;
  /** What was last written to the DOM, so unchanged marks are not touched. */
  drawn: { shown: boolean; x: number; rx: number; rw: number; frame: number };
}

export interface Lane extends LaneTimes {
  name: string;
  y: number;
  marks: Mark[];
}

/** A span drawn as a band that stretches with zoom: the impact period, a severity band. */
export interface Band {
  el: SVGRectElement;
  start: number;
  end: number;
}

/** Everything the browser code needs, read once from the build-time SVG. */
export interface TimelineModel {
  svg: SVGSVGElement;
  marks: Mark[];
  lanes: Lane[];
  byId: Map<string, Mark>;
  /** The window the page opens on. */
  domain: [number, number];
  /** From the earliest to the latest moment of any mark. */
  full: [number, number];
  bands: Band[];
  height: number;
  /** Whether marks out of view are kept out of the document (see DETACH_ABOVE). */
  detached: boolean;
}

export function parseSpan(value: string | undefined): [number, number] {
  const [a = "", b = a] = (value ?? "").split("/");
  return [Date.parse(a), Date.parse(b)];
}

const CHANNELS: Record<string, string> = {
  "status-page": "Status page",
  social: "Social media",
  blog: "Blog",
  email: "Email",
  press: "Press",
};

function readMark(el: SVGGElement): Omit<Mark, "order" | "lane" | "laneIndex" | "home"> {
  const update = el.classList.contains("tl-update");
  // The page's drawing places a mark by a nested SVG; from here a transform places it.
  const at = el.querySelector(".tl-at");
  at?.replaceWith(...at.childNodes);
  const time = Date.parse(el.dataset["time"] ?? "");
  const title = el.querySelector("title");
  const desc = el.querySelector("desc");
  const detail = desc?.textContent ?? "";
  // The popover and the accessible name replace the native tooltip.
  title?.remove();
  desc?.remove();
  return {
    el,
    kind: update ? "update" : "event",
    id: el.dataset["eventId"] ?? "",
    time,
    span: update ? [time, time] : parseSpan(el.dataset["span"]),
    precision: (el.dataset["precision"] ?? "minute") as Precision,
    kindLabel: update
      ? (CHANNELS[el.dataset["channel"] ?? ""] ?? "Status post")
      : (el.dataset["phase"] ?? ""),
    title: update ? `Status post by ${el.dataset["author"] ?? ""}` : (el.dataset["title"] ?? ""),
    detail,
    source: el.dataset["source"] ?? "",
    range: el.querySelector<SVGRectElement>(".tl-range, .tl-duration"),
    dot: el.querySelector<SVGCircleElement>(".tl-dot"),
    drawn: { shown: false, x: Number.NaN, rx: Number.NaN, rw: Number.NaN, frame: -1 },
  };
}

/**
 * Above this many marks, marks out of view leave the document instead of being hidden:
 * Chromium still spends layout and paint time on hidden SVG elements (about five times the
 * frame time at 10,000 events), and changing elements out of the document is cheap.
 */
export const DETACH_ABOVE = 1000;

/** Reads the marks, lanes and bands of a build-time timeline SVG. */
export function readTimeline(svg: SVGSVGElement): TimelineModel {
  const laneYs = new Map<string, number>();
  for (const lane of svg.querySelectorAll<SVGGElement>(".tl-lane")) {
    laneYs.set(lane.dataset["lane"] ?? "", Number(lane.querySelector("line")?.getAttribute("y1")));
  }
  const elements = [...svg.querySelectorAll<SVGGElement>(".tl-event, .tl-update")];
  const homes = elements.map((el) => el.parentNode as Element);
  const detached = elements.length > DETACH_ABOVE;
  // Out of the document, reading and changing thousands of marks costs little; the renderer
  // brings back the ones in view.
  if (detached) for (const home of new Set(homes)) home.replaceChildren();
  const raw = elements.map((el, i) => ({ ...readMark(el), home: homes[i] as Element }));
  // Document order is time order within each kind; keep it for equal times.
  const sorted = raw.map((m, i) => ({ m, i })).sort((a, b) => a.m.time - b.m.time || a.i - b.i);
  const lanes = new Map<string, Lane>();
  const marks: Mark[] = sorted.map(({ m }, order) => {
    const name = m.kind === "update" ? "updates" : (m.el.dataset["phase"] ?? "");
    let lane = lanes.get(name);
    if (!lane) {
      lane = {
        name,
        y: laneYs.get(name) ?? 0,
        marks: [],
        time: [],
        start: [],
        end: [],
        reachBefore: 0,
        reachAfter: 0,
      };
      lanes.set(name, lane);
    }
    const mark: Mark = { ...m, order, lane, laneIndex: lane.marks.length };
    lane.marks.push(mark);
    (lane.time as number[]).push(m.time);
    (lane.start as number[]).push(m.span[0]);
    (lane.end as number[]).push(m.span[1]);
    lane.reachBefore = Math.max(lane.reachBefore, m.time - m.span[0]);
    lane.reachAfter = Math.max(lane.reachAfter, m.span[1] - m.time);
    return mark;
  });
  const bands: Band[] = [...svg.querySelectorAll<SVGRectElement>(".tl-impact, .tl-severity")].map(
    (el) => ({
      el,
      start: Date.parse(el.dataset["start"] ?? ""),
      end: Date.parse(el.dataset["end"] ?? ""),
    }),
  );
  const domain = parseSpan(svg.dataset["domain"]);
  const full: [number, number] = [...domain];
  for (const { span } of marks) {
    full[0] = Math.min(full[0], span[0]);
    full[1] = Math.max(full[1], span[1]);
  }
  return {
    svg,
    marks,
    lanes: [...lanes.values()],
    byId: new Map(marks.filter((m) => m.id).map((m) => [m.id, m])),
    domain,
    full,
    bands,
    height: svg.height.baseVal.value,
    detached,
  };
}
