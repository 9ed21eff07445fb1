import { gutterX, TIMELINE } from "../../geometry/timelineLayout.ts";
import { planLane, type Cluster } from "./lod.ts";
import type { Lane, Mark, TimelineModel } from "./model.ts";
import type { View } from "./scale.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Marks closer than this many pixels in a lane may merge into a cluster. */
const MIN_GAP = 8;
/** Most clusters drawn with their count; beyond it the glyphs alone show where marks lie. */
const MAX_COUNTED = 80;

/** A cluster glyph on screen and the marks it stands for. */
export interface ClusterHit {
  lane: Lane;
  first: Mark;
  last: Mark;
}

export interface Renderer {
  /** Draws one frame; only what changed since the last frame is written. */
  draw(view: View, pinned: readonly Mark[]): { before: boolean; after: boolean };
  /** The marks behind a cluster glyph, for a click on it. */
  clusterOf(el: Element): ClusterHit | undefined;
}

const fixed = (n: number) => n.toFixed(1);

/**
 * Writes the level-of-detail plan of every lane into the SVG: shows, moves and hides marks,
 * stretches ranges and bands, and reuses a pool of cluster glyphs. It only writes (never
 * reads layout), so a frame never forces the browser to lay the page out twice.
 */
export function createRenderer(model: TimelineModel): Renderer {
  const { svg, lanes, bands } = model;
  const layer = document.createElementNS(SVG_NS, "g");
  layer.setAttribute("class", "tl-clusters");
  layer.setAttribute("aria-hidden", "true");
  svg.querySelector(".tl-events")?.before(layer);
  const pool: SVGGElement[] = [];
  const hits = new WeakMap<Element, ClusterHit>();
  let shownLast: Mark[] = [];
  let frame = 0;
  const detach = model.detached;
  const show = (mark: Mark) => {
    if (detach) mark.home.append(mark.el);
    else mark.el.style.display = "";
  };
  const hide = (mark: Mark) => {
    if (detach) mark.el.remove();
    else mark.el.style.display = "none";
  };

  const glyph = (i: number): SVGGElement => {
    let g = pool[i];
    if (!g) {
      g = document.createElementNS(SVG_NS, "g");
      g.setAttribute("class", "tl-cluster");
      const circle = document.createElementNS(SVG_NS, "circle");
      circle.setAttribute("r", "10");
      const text = document.createElementNS(SVG_NS, "text");
      text.setAttribute("dy", "0.35em");
      text.setAttribute("text-anchor", "middle");
      g.append(circle, text);
      layer.append(g);
      pool.push(g);
    }
    return g;
  };

  const drawCluster = (i: number, lane: Lane, cluster: Cluster, counted: boolean) => {
    const g = glyph(i);
    // Counts are drawn only while clusters are few: hundreds of labels cost more than they say.
    const label = !counted
      ? ""
      : cluster.count < 1000
        ? String(cluster.count)
        : `${Math.floor(cluster.count / 1000)}k`;
    const text = g.lastChild as SVGTextElement;
    if (text.textContent !== label) text.textContent = label;
    g.setAttribute("transform", `translate(${fixed(cluster.x)},${lane.y})`);
    if (g.style.display) g.style.display = "";
    hits.set(g, {
      lane,
      first: lane.marks[cluster.first] as Mark,
      last: lane.marks[cluster.last] as Mark,
    });
  };

  // Annotation texts, read once: where the build put each (relative to its mark) and how wide.
  const notes = new Map<
    Mark,
    Array<{ el: SVGTextElement; offset: number; width: number; x: number }>
  >();
  const notesOf = (mark: Mark) => {
    let found = notes.get(mark);
    if (!found) {
      found = [...mark.el.querySelectorAll<SVGTextElement>(".tl-note__text")].map((el) => {
        const offset = Number(el.getAttribute("x"));
        return { el, offset, width: Number(el.dataset["width"] ?? 0), x: offset };
      });
      notes.set(mark, found);
    }
    return found;
  };
  /** Slides a mark's annotations left as needed to keep them inside the chart, or back. */
  const keepNotesInside = (mark: Mark, x: number, view: View) => {
    const chart = view.r1 / TIMELINE.right;
    for (const note of notesOf(mark)) {
      const left = Math.round(Math.max(-x, Math.min(note.offset, chart - 2 - note.width - x)));
      if (left !== note.x) {
        note.el.setAttribute("x", String(left));
        note.x = left;
      }
    }
  };

  const place = (mark: Mark, x: number, inside: boolean, view: View) => {
    const drawn = mark.drawn;
    drawn.frame = frame;
    if (!drawn.shown) {
      show(mark);
      drawn.shown = true;
    }
    if (!(Math.abs(drawn.x - x) < 0.05)) {
      mark.el.setAttribute("transform", `translate(${fixed(x)},${mark.lane.y})`);
      drawn.x = x;
      keepNotesInside(mark, x, view);
    }
    const range = mark.range;
    if (!range) return;
    const uncertain = mark.precision !== "minute";
    let rx = -5;
    let rw = uncertain ? 10 : 0;
    if (inside) {
      const left = Math.max(view.r0, view.x(mark.span[0]));
      const right = Math.min(view.r1, view.x(mark.span[1]));
      const least = uncertain ? 10 : 2;
      rw = Math.max(least, right - left);
      rx = (right - left < least ? (left + right - least) / 2 : left) - x;
    }
    if (Math.abs(drawn.rx - rx) < 0.05 && Math.abs(drawn.rw - rw) < 0.05) return;
    if (rw === 0) range.style.display = "none";
    else {
      if (!(drawn.rw > 0)) range.style.display = "";
      range.setAttribute("x", fixed(rx));
      range.setAttribute("width", fixed(rw));
    }
    drawn.rx = rx;
    drawn.rw = rw;
  };

  return {
    draw(view, pinned) {
      frame += 1;
      const gutters: [number, number] = [
        gutterX(view.r0, view.r1, "before"),
        gutterX(view.r0, view.r1, "after"),
      ];
      const shown: Mark[] = [];
      let glyphs = 0;
      let before = false;
      let after = false;
      const plans = lanes.map((lane) => {
        const pins = pinned.filter((m) => m.lane === lane).map((m) => m.laneIndex);
        return planLane(lane, view, gutters, MIN_GAP, pins);
      });
      const counted = plans.reduce((n, plan) => n + plan.clusters.length, 0) <= MAX_COUNTED;
      plans.forEach((plan, l) => {
        const lane = lanes[l] as Lane;
        before ||= plan.before;
        after ||= plan.after;
        for (const { index, x, inside } of plan.shown) {
          const mark = lane.marks[index] as Mark;
          place(mark, x, inside, view);
          shown.push(mark);
        }
        for (const cluster of plan.clusters) drawCluster(glyphs++, lane, cluster, counted);
      });
      for (const mark of shownLast) {
        if (mark.drawn.frame !== frame && mark.drawn.shown) {
          hide(mark);
          mark.drawn.shown = false;
        }
      }
      // On the first frame, marks still in the document as built are hidden unless in view.
      if (frame === 1 && !detach) {
        for (const mark of model.marks) if (mark.drawn.frame !== frame) hide(mark);
      }
      shownLast = shown;
      for (let i = glyphs; i < pool.length; i++) {
        const g = pool[i] as SVGGElement;
        if (g.style.display !== "none") g.style.display = "none";
      }
      for (const band of bands) {
        const left = Math.max(view.r0, view.x(band.start));
        const right = Math.min(view.r1, view.x(band.end));
        band.el.setAttribute("x", fixed(left));
        band.el.setAttribute("width", fixed(Math.max(0, right - left)));
      }
      return { before, after };
    },
    clusterOf: (el) => hits.get(el),
  };
}
