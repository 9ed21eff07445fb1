import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import { gutterX, TIMELINE } from "../../geometry/timelineLayout.ts";
import { MINUTE } from "../../lib/time.ts";
import { createAxis } from "./axis.ts";
import type { Mark, TimelineModel } from "./model.ts";
import { createOverview } from "./overview.ts";
import { createRenderer, type ClusterHit } from "./render.ts";
import { baseX, transformFor, viewOf, type Transform, type View } from "./scale.ts";

export const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

export interface Viewport {
  view(): View;
  /** Where a mark is drawn: at its time, or in the gutter on its side. */
  markX(mark: Mark, view?: View): number;
  /** Shows exactly the window `[a, b]`. */
  show(window: [number, number], animate: boolean): void;
  /** Shows `[a, b]` with the least movement: a short pan, or a zoom out when it is wider. */
  fit(a: number, b: number, animate: boolean): void;
  /** The marks behind a cluster glyph. */
  clusterOf(el: Element): ClusterHit | undefined;
  /** Zooms by `factor` around the pixel `at`, as the reader asked. */
  zoomAt(factor: number, at: number): void;
  /** The reader acts: stop any glide, and let the story leave the view alone a while. */
  takeOver(): void;
  /** When the reader last moved the view (performance.now()). */
  readonly userAt: number;
  /** Asks for a frame; several asks before it are drawn once. */
  request(): void;
  /** Draws now, e.g. so a mark is in the document before it takes focus. */
  flush(): void;
}

export interface ViewportHooks {
  /** Marks always drawn on their own: focused, open, linked, being read. */
  pinned(view: View): Mark[];
  /** The IANA zone of the axis. */
  zone(): string;
  /** After each frame, with its view. */
  drew(view: View): void;
}

/**
 * What part of time the timeline shows, and how the reader moves it: d3-zoom for wheel,
 * trackpad, drag and pinch, sideways swipes to pan, the +/−/Reset buttons, the overview
 * brush, gliding moves (none for readers who prefer less motion), and resizing that keeps
 * the window. Every change is drawn once in the next animation frame.
 */
export function createViewport(
  model: TimelineModel,
  parts: { frame: HTMLElement; controls: HTMLElement },
  hooks: ViewportHooks,
): Viewport {
  const { svg, domain, full, height } = model;
  const renderer = createRenderer(model);
  const axis = createAxis(svg);
  const selection = select(svg);
  let transform: Transform = { k: 1, x: 0 };
  let range: [number, number] = [0, 1];
  let width = 0;
  let userAt = -Infinity;
  let queued = 0;
  let gliding = 0;

  const view = (): View => viewOf(domain, range, transform);
  const markX = (mark: Mark, v = view()): number =>
    mark.span[1] < v.t0
      ? gutterX(v.r0, v.r1, "before")
      : mark.span[0] > v.t1
        ? gutterX(v.r0, v.r1, "after")
        : Math.min(v.r1, Math.max(v.r0, v.x(mark.time)));

  const draw = () => {
    queued = 0;
    const v = view();
    const { before, after } = renderer.draw(v, hooks.pinned(v));
    axis.draw(v, hooks.zone(), before, after);
    overview.show([v.t0, v.t1]);
    hooks.drew(v);
  };
  const request = () => {
    queued ||= requestAnimationFrame(draw);
  };
  const flush = () => {
    cancelAnimationFrame(queued);
    draw();
  };
  const takeOver = () => {
    cancelAnimationFrame(gliding);
    userAt = performance.now();
  };

  const span = domain[1] - domain[0];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([
      Math.min(1, (0.9 * span) / (full[1] - full[0])),
      Math.max(1, span / (10 * MINUTE)),
    ])
    // Programmatic moves glide below; d3's own animation is left out of the bundle.
    .duration(0)
    .filter((event: Event) => {
      const e = event as WheelEvent;
      // Sideways trackpad swipes pan (below); the rest is d3-zoom's usual filter.
      if (e.type === "wheel" && Math.abs(e.deltaX) > Math.abs(e.deltaY)) return false;
      return (!e.ctrlKey || e.type === "wheel") && !e.button;
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = { k: event.transform.k, x: event.transform.x };
      if (event.sourceEvent) takeOver();
      request();
    });
  selection.call(behaviour);
  svg.addEventListener("wheel", (event) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    behaviour.translateBy(selection, -event.deltaX / transform.k, 0);
  });

  const apply = (t: Transform) =>
    behaviour.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
  /** Moves to `target`, gliding from window to window unless the reader prefers no motion. */
  const goTo = (target: Transform, animate: boolean) => {
    cancelAnimationFrame(gliding);
    if (!animate || reducedMotion()) return apply(target);
    const from = view();
    const to = viewOf(domain, range, target);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 300);
      const eased = t * (2 - t);
      const a = from.t0 + (to.t0 - from.t0) * eased;
      const b = from.t1 + (to.t1 - from.t1) * eased;
      apply(transformFor([a, b], domain, range));
      if (t < 1) gliding = requestAnimationFrame(step);
    };
    gliding = requestAnimationFrame(step);
  };
  const show = (window: [number, number], animate: boolean) =>
    goTo(transformFor(window, domain, range), animate);

  const fit = (a: number, b: number, animate: boolean) => {
    const v = view();
    const wide = v.t1 - v.t0;
    if (a >= v.t0 + wide * 0.02 && b <= v.t1 - wide * 0.02) return;
    const room = wide * 0.1;
    if (b - a > wide - 2 * room) show([a - room, b + room], animate);
    else if (a < v.t0 + room) show([a - room, a - room + wide], animate);
    else show([b + room - wide, b + room], animate);
  };

  parts.controls.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>("button[data-zoom]")
      ?.dataset["zoom"];
    if (!action) return;
    takeOver();
    if (action === "reset") return goTo({ k: 1, x: 0 }, true);
    const middle = (range[0] + range[1]) / 2;
    const [least, most] = behaviour.scaleExtent();
    const k = Math.min(most, Math.max(least, transform.k * (action === "in" ? 1.6 : 1 / 1.6)));
    goTo({ k, x: middle - ((middle - transform.x) * k) / transform.k }, true);
  });

  const overview = createOverview(
    parts.frame,
    model.marks.map((m) => m.time),
    full,
    (window) => {
      takeOver();
      show(window, false);
    },
    (time) => {
      takeOver();
      const v = view();
      const half = (v.t1 - v.t0) / 2;
      show([time - half, time + half], true);
    },
  );

  /** Fits everything to a new width, keeping the window of time on view. */
  const resize = (next: number) => {
    if (next === width) return;
    const window: [number, number] = width ? [view().t0, view().t1] : domain;
    width = next;
    range = [width * TIMELINE.left, width * TIMELINE.right];
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    overview.resize(width, range);
    const first = Math.min(range[0], baseX(domain, range, full[0]));
    const last = Math.max(range[1], baseX(domain, range, full[1]));
    const pad = (last - first) * 0.05;
    behaviour
      .extent([
        [range[0], 0],
        [range[1], height],
      ])
      .translateExtent([
        [first - pad, 0],
        [last + pad, height],
      ]);
    show(window, false);
    flush();
  };
  new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box) resize(Math.max(280, Math.round(box.width)));
  }).observe(parts.frame);
  resize(Math.max(280, Math.round(parts.frame.clientWidth)));

  return {
    view,
    markX,
    show,
    fit,
    clusterOf: (el) => renderer.clusterOf(el),
    zoomAt(factor, at) {
      takeOver();
      behaviour.scaleBy(selection, factor, [at, height / 2]);
    },
    takeOver,
    get userAt() {
      return userAt;
    },
    request,
    flush,
  };
}
