import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent } from "d3-zoom";
import { LANE_LABELS, PRECISION_LABELS, TIMELINE } from "../../charts/timelineLayout.ts";
import { formatInZone, zoneName, type ZoneSetting } from "../../lib/zone.ts";
import { currentTimeZone } from "../settings.ts";
import { createAxis } from "./axis.ts";
import { keyTarget, keyZoom } from "./keyboard.ts";
import { readTimeline, type Mark } from "./model.ts";
import { createOverview } from "./overview.ts";
import { eventIdFromHash, passageFor, passageIds, watchReading } from "./passages.ts";
import { createPopover } from "./popover.ts";
import { createRenderer } from "./render.ts";
import { baseX, transformFor, viewOf, type Transform, type View } from "./scale.ts";

const MINUTE = 60_000;
/** Below this width (px) lane labels sit above their lanes. */
const COMPACT = 520;
const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Turns one build-time timeline into the interactive one: zoom and pan (wheel, trackpad,
 * drag, pinch, buttons, keys), an overview brush, level of detail for any number of events,
 * a popover, keyboard navigation with one tab stop, the reader's time zone, deep links and
 * the narrative's passages highlighted as they are read.
 */
function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>("svg.timeline-svg");
  const frame = figure.querySelector<HTMLElement>(".tl-frame");
  const controls = figure.querySelector<HTMLElement>(".tl-controls");
  const body = frame?.parentElement;
  if (!svg || !frame || !controls || !body) return;
  const model = readTimeline(svg);
  const { marks, domain, full, height } = model;
  const first = marks[0];
  if (!first) return;

  const renderer = createRenderer(model);
  const axis = createAxis(svg);
  const selection = select(svg);
  const pageUrl = frame.dataset["page"] ?? location.href.split("#")[0];
  const state = {
    transform: { k: 1, x: 0 } as Transform,
    range: [0, 1] as [number, number],
    width: 0,
    current: first,
    active: [] as Mark[],
    target: null as Mark | null,
    zone: zoneName(currentTimeZone()),
    /** Set when the reader closed the popover with Escape; cleared when they move on. */
    dismissed: false,
    /** Opened by a click, tap or the keyboard rather than a passing pointer. */
    held: false,
    userAt: -Infinity,
  };
  const view = (): View => viewOf(domain, state.range, state.transform);
  const markX = (mark: Mark, v = view()): number =>
    mark.span[1] < v.t0
      ? v.r0 - TIMELINE.gutter / 2
      : mark.span[0] > v.t1
        ? v.r1 + TIMELINE.gutter / 2
        : Math.min(v.r1, Math.max(v.r0, v.x(mark.time)));

  // ---- drawing: every change asks for a frame; one frame draws them all.
  let queued = 0;
  let gliding = 0;
  const draw = () => {
    queued = 0;
    const v = view();
    const pinned = [state.current, ...state.active];
    if (state.target) pinned.push(state.target);
    if (popover.mark) pinned.push(popover.mark);
    const { before, after } = renderer.draw(v, pinned);
    axis.draw(v, state.zone, before, after);
    overview.show([v.t0, v.t1]);
    if (popover.mark) popover.move(markX(popover.mark, v), popover.mark.lane.y);
  };
  const request = () => {
    queued ||= requestAnimationFrame(draw);
  };
  const flush = () => {
    cancelAnimationFrame(queued);
    draw();
  };

  // ---- zoom and pan
  const span = domain[1] - domain[0];
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([
      Math.min(1, (0.9 * span) / (full[1] - full[0])),
      Math.max(1, span / (10 * MINUTE)),
    ])
    .filter((event: Event) => {
      const e = event as WheelEvent;
      // Sideways trackpad swipes pan (below); the rest is d3-zoom's usual filter.
      if (e.type === "wheel" && Math.abs(e.deltaX) > Math.abs(e.deltaY)) return false;
      return (!e.ctrlKey || e.type === "wheel") && !e.button;
    })
    .duration(0)
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      state.transform = { k: event.transform.k, x: event.transform.x };
      if (event.sourceEvent) {
        state.userAt = performance.now();
        cancelAnimationFrame(gliding);
      }
      request();
    });
  selection.call(behaviour);
  svg.addEventListener("wheel", (event) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    behaviour.translateBy(selection, -event.deltaX / state.transform.k, 0);
  });
  // Programmatic moves glide from window to window, unless the reader prefers no motion.
  const apply = (t: Transform) =>
    behaviour.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
  const goTo = (transform: Transform, animate: boolean) => {
    cancelAnimationFrame(gliding);
    if (!animate || reducedMotion()) return apply(transform);
    const from = view();
    const to = viewOf(domain, state.range, transform);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 300);
      const e = t * (2 - t);
      const a = from.t0 + (to.t0 - from.t0) * e;
      const b = from.t1 + (to.t1 - from.t1) * e;
      apply(transformFor([a, b], domain, state.range));
      if (t < 1) gliding = requestAnimationFrame(step);
    };
    gliding = requestAnimationFrame(step);
  };
  /**
   * Brings `[a, b]` into view with the least movement: a pan just far enough to show it with
   * a little room, or, when it is wider than the window, a zoom out to fit it.
   */
  const fit = (a: number, b: number, animate: boolean) => {
    const v = view();
    const width = v.t1 - v.t0;
    if (a >= v.t0 + width * 0.02 && b <= v.t1 - width * 0.02) return;
    const room = width * 0.1;
    let window: [number, number];
    if (b - a > width - 2 * room) window = [a - room, b + room];
    else if (a < v.t0 + room) window = [a - room, a - room + width];
    else window = [b + room - width, b + room];
    goTo(transformFor(window, domain, state.range), animate);
  };
  controls.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>("button[data-zoom]")
      ?.dataset["zoom"];
    if (!action) return;
    const { k, x } = state.transform;
    const middle = (state.range[0] + state.range[1]) / 2;
    const by = action === "in" ? 1.6 : 1 / 1.6;
    const kExtent = behaviour.scaleExtent();
    const k1 = Math.min(kExtent[1], Math.max(kExtent[0], k * by));
    const zoomed = { k: k1, x: middle - ((middle - x) * k1) / k };
    goTo(action === "reset" ? { k: 1, x: 0 } : zoomed, true);
  });

  // ---- the overview strip and its brush
  const overview = createOverview(
    frame,
    marks.map((m) => m.time),
    full,
    ([a, b]) => goTo(transformFor([a, b], domain, state.range), false),
    (time) => {
      const v = view();
      const half = (v.t1 - v.t0) / 2;
      goTo(transformFor([time - half, time + half], domain, state.range), true);
    },
  );

  // ---- resizing keeps the window on view
  const resize = (width: number) => {
    if (width === state.width) return;
    const window: [number, number] = state.width ? [view().t0, view().t1] : domain;
    state.width = width;
    const compact = width < COMPACT;
    const left = compact ? 8 : TIMELINE.marginLeft;
    state.range = [left + TIMELINE.gutter, width - TIMELINE.marginRight - TIMELINE.gutter];
    svg.setAttribute("viewBox", `0 0 ${width} ${height + (compact ? 16 : 0)}`);
    axis.resize(width, state.range, compact);
    overview.resize(width, state.range);
    const first = Math.min(state.range[0], baseX(domain, state.range, full[0]));
    const last = Math.max(state.range[1], baseX(domain, state.range, full[1]));
    const pad = (last - first) * 0.05;
    behaviour
      .extent([
        [state.range[0], 0],
        [state.range[1], height],
      ])
      .translateExtent([
        [first - pad, 0],
        [last + pad, height],
      ]);
    goTo(transformFor(window, domain, state.range), false);
    flush();
  };
  new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box) resize(Math.max(280, Math.round(box.width)));
  }).observe(frame);

  // ---- marks as buttons, one tab stop, named in the reader's zone
  const help = controls.querySelector<HTMLElement>(".tl-hint");
  if (help) help.id ||= `tl-help-${figure.dataset["incident"] ?? "timeline"}`;
  svg.setAttribute("role", "application");
  svg.setAttribute("aria-roledescription", "interactive timeline");
  if (help) svg.setAttribute("aria-describedby", help.id);
  const kindOf = (mark: Mark) =>
    mark.kind === "event"
      ? LANE_LABELS[mark.kindLabel as keyof typeof LANE_LABELS]
      : mark.kindLabel;
  const label = () => {
    for (const mark of marks) {
      const when = formatInZone(mark.time, state.zone, mark.precision);
      const what = mark.kind === "event" ? mark.title : `${mark.title}: ${mark.detail}`;
      mark.el.setAttribute(
        "aria-label",
        `${when}. ${kindOf(mark)}. ${what}. ${mark.order + 1} of ${marks.length}.`,
      );
    }
  };
  for (const mark of marks) {
    mark.el.setAttribute("role", "button");
    mark.el.setAttribute("aria-haspopup", "dialog");
    mark.el.setAttribute("aria-expanded", "false");
    mark.el.tabIndex = mark === first ? 0 : -1;
  }
  label();
  const markOf = (target: EventTarget | null): Mark | undefined => {
    const el = (target as Element | null)?.closest?.(".tl-event, .tl-update");
    return el ? marks.find((m) => m.el === el) : undefined;
  };
  const setCurrent = (mark: Mark) => {
    if (mark === state.current) return;
    state.current.el.tabIndex = -1;
    mark.el.tabIndex = 0;
    state.current = mark;
    request();
  };
  const ensureVisible = (mark: Mark, animate: boolean) => fit(mark.time, mark.time, animate);

  // ---- the popover
  const popover = createPopover(body, svg, {
    close: (mark) => {
      state.dismissed = true;
      closePopover();
      mark.el.focus({ preventScroll: true });
    },
    story: (mark) => readPassage(mark.id),
  });
  const openPopover = (mark: Mark, held: boolean) => {
    popover.mark?.el.setAttribute("aria-expanded", "false");
    const precision =
      mark.kind === "event" ? `Time ${PRECISION_LABELS[mark.precision]}` : "Time as reported";
    popover.show(
      mark,
      {
        when: formatInZone(mark.time, state.zone, mark.precision),
        datetime: iso(mark.time),
        kind: kindOf(mark),
        precision,
        link: mark.kind === "event" ? `${pageUrl}#event-${mark.id}` : null,
        hasPassage: mark.kind === "event" && passageFor(mark.id) !== null,
      },
      markX(mark),
      mark.lane.y,
    );
    state.held = held;
    mark.el.setAttribute("aria-expanded", "true");
    request();
  };
  const closePopover = () => {
    popover.mark?.el.setAttribute("aria-expanded", "false");
    popover.hide();
    state.held = false;
    request();
  };
  let hideTimer = 0;
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!state.held) closePopover();
    }, 250);
  };
  svg.addEventListener("pointerover", (event) => {
    const mark = markOf(event.target);
    if (event.pointerType !== "mouse" || !mark) return;
    clearTimeout(hideTimer);
    if (popover.mark !== mark && !state.held) openPopover(mark, false);
  });
  svg.addEventListener("pointerout", (event) => {
    if (event.pointerType === "mouse" && markOf(event.target)) hideSoon();
  });
  popover.el.addEventListener("pointerenter", () => clearTimeout(hideTimer));
  popover.el.addEventListener("pointerleave", hideSoon);
  svg.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    setCurrent(mark);
    if (!state.dismissed && popover.mark !== mark) openPopover(mark, true);
    else state.held = popover.mark === mark;
  });
  figure.addEventListener("focusout", (event) => {
    if (!figure.contains(event.relatedTarget as Node | null)) closePopover();
  });
  document.addEventListener("pointerdown", (event) => {
    const inside = popover.el.contains(event.target as Node) || markOf(event.target);
    if (popover.mark && !inside) closePopover();
  });
  svg.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark) {
      state.dismissed = false;
      setCurrent(mark);
      flush();
      mark.el.focus({ preventScroll: true });
      openPopover(mark, true);
      return;
    }
    const glyph = (event.target as Element).closest(".tl-cluster");
    const hit = glyph && renderer.clusterOf(glyph);
    if (!hit) return;
    // Zoom in until the marks part; marks within a minute of each other never will.
    const [a, b] = [hit.first.time, hit.last.time];
    if (b - a < MINUTE) return moveTo(hit.first);
    const half = Math.max((b - a) * 0.65, 5 * MINUTE);
    goTo(transformFor([(a + b) / 2 - half, (a + b) / 2 + half], domain, state.range), true);
  });

  // ---- keyboard
  const moveTo = (mark: Mark) => {
    state.dismissed = false;
    setCurrent(mark);
    ensureVisible(mark, true);
    flush();
    mark.el.focus({ preventScroll: true });
    openPopover(mark, true);
  };
  svg.addEventListener("keydown", (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    const to = keyTarget(event.key, mark.order, marks.length);
    const factor = keyZoom(event.key);
    if (to !== null) moveTo(marks[to] as Mark);
    else if (factor !== null) behaviour.scaleBy(selection, factor, [markX(mark), height / 2]);
    else if (event.key === "Enter" || event.key === " ") {
      state.dismissed = false;
      openPopover(mark, true);
      popover.el.focus();
    } else if (event.key === "Escape" && popover.mark) {
      state.dismissed = true;
      closePopover();
    } else return;
    event.preventDefault();
  });

  // ---- the reader's time zone
  document.addEventListener("atlas:timezone", (event) => {
    state.zone = zoneName((event as CustomEvent<ZoneSetting>).detail);
    label();
    if (popover.mark) openPopover(popover.mark, state.held);
    request();
  });

  // ---- the narrative: passages tied to events
  let reading: HTMLElement[] = [];
  watchReading((passages) => {
    for (const passage of reading) passage.classList.remove("moment--active");
    for (const passage of passages) passage.classList.add("moment--active");
    reading = passages;
    const ids = new Set(passages.flatMap(passageIds));
    for (const mark of state.active) mark.el.classList.remove("tl-event--active");
    state.active = marks.filter((m) => ids.has(m.id));
    for (const mark of state.active) mark.el.classList.add("tl-event--active");
    figure.toggleAttribute("data-reading", state.active.length > 0);
    request();
    // Follow the story unless the reader has just moved the timeline themselves.
    if (state.active.length > 0 && performance.now() - state.userAt > 3000) {
      const a = Math.min(...state.active.map((m) => m.span[0]));
      const b = Math.max(...state.active.map((m) => m.span[1]));
      fit(a, b, true);
    }
  });
  const sticky = () => {
    for (let el: Element | null = figure; el; el = el.parentElement)
      if (getComputedStyle(el).position === "sticky") return true;
    return false;
  };
  let targeted: HTMLElement | null = null;
  const readPassage = (id: string) => {
    const passage = passageFor(id);
    if (!passage) return;
    targeted?.classList.remove("moment--target");
    passage.classList.add("moment--target");
    targeted = passage;
    passage.tabIndex = -1;
    passage.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
    passage.focus({ preventScroll: true });
  };

  // ---- deep links: #event-<id>
  const follow = (animate: boolean) => {
    const id = eventIdFromHash(location.hash);
    const mark = id ? model.byId.get(id) : undefined;
    if (!id || !mark) return;
    state.target = mark;
    state.dismissed = false;
    setCurrent(mark);
    ensureVisible(mark, animate);
    flush();
    mark.el.focus({ preventScroll: true });
    openPopover(mark, true);
    const passage = passageFor(id);
    targeted?.classList.remove("moment--target");
    passage?.classList.add("moment--target");
    targeted = passage;
    const behavior = animate && !reducedMotion() ? "smooth" : "auto";
    if (passage && sticky()) passage.scrollIntoView({ block: "center", behavior });
    else mark.el.scrollIntoView({ block: "center", behavior });
  };
  addEventListener("hashchange", () => follow(true));

  controls.hidden = false;
  frame.dataset["enhanced"] = "";
  svg.dataset["enhanced"] = "";
  resize(Math.max(280, Math.round(frame.clientWidth)));
  follow(false);
}

/** Enhances every timeline on the page. */
export function enhanceTimelines(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="timeline"]'))
    enhance(figure);
}
