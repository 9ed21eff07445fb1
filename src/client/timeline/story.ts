import type { Mark, TimelineModel } from "./model.ts";
import { eventIdFromHash, passageFor, passageIds, watchReading } from "./passages.ts";
import type { Viewport } from "./viewport.ts";
import { reducedMotion } from "./viewport.ts";

/** What the story marks on the timeline: the events being read, the event linked to. */
export interface Pins {
  active: Mark[];
  target: Mark | null;
}

let targeted: HTMLElement | null = null;

/**
 * Marks the passage about an event as the one linked to; scrolls to it and gives it focus
 * (so reading goes on from there) when asked.
 */
export function readPassage(
  id: string,
  options: { scroll: boolean; focus: boolean; smooth?: boolean },
): HTMLElement | null {
  const passage = passageFor(id);
  targeted?.classList.remove("moment--target");
  passage?.classList.add("moment--target");
  targeted = passage;
  if (!passage) return null;
  const behavior = options.smooth === false || reducedMotion() ? "auto" : "smooth";
  if (options.scroll) passage.scrollIntoView({ block: "center", behavior });
  if (options.focus) {
    passage.tabIndex = -1;
    passage.focus({ preventScroll: true });
  }
  return passage;
}

/** Whether the figure stays on screen as the page scrolls (the wide, side-by-side layout). */
function sticky(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement)
    if (getComputedStyle(node).position === "sticky") return true;
  return false;
}

/**
 * Ties the timeline to the story: as the reader reaches a `<Moment>` passage its events are
 * highlighted and brought into view (unless the reader has just moved the timeline), and a
 * link to `#event-<id>` opens that event and scrolls the story to the passage about it.
 */
export function wireStory(
  figure: HTMLElement,
  model: TimelineModel,
  viewport: Viewport,
  pins: Pins,
  open: (mark: Mark) => void,
): void {
  let reading: HTMLElement[] = [];
  watchReading((passages) => {
    for (const passage of reading) passage.classList.remove("moment--active");
    for (const passage of passages) passage.classList.add("moment--active");
    reading = passages;
    const ids = new Set(passages.flatMap(passageIds));
    for (const mark of pins.active) mark.el.classList.remove("tl-event--active");
    pins.active = model.marks.filter((m) => ids.has(m.id));
    for (const mark of pins.active) mark.el.classList.add("tl-event--active");
    figure.toggleAttribute("data-reading", pins.active.length > 0);
    viewport.request();
    if (pins.active.length > 0 && performance.now() - viewport.userAt > 3000) {
      const a = Math.min(...pins.active.map((m) => m.span[0]));
      const b = Math.max(...pins.active.map((m) => m.span[1]));
      viewport.fit(a, b, true);
    }
  });

  const follow = (animate: boolean) => {
    const id = eventIdFromHash(location.hash);
    const mark = id ? model.byId.get(id) : undefined;
    if (!id || !mark) return;
    pins.target = mark;
    viewport.fit(mark.time, mark.time, animate);
    open(mark);
    // Side by side, the story scrolls to the passage; stacked, the page shows the event.
    const scroll = () => {
      const beside = sticky(figure);
      const passage = readPassage(id, { scroll: beside, focus: false, smooth: animate });
      if (!beside || !passage) {
        const behavior = animate && !reducedMotion() ? "smooth" : "auto";
        mark.el.scrollIntoView({ block: "center", behavior });
      }
    };
    // On arrival, after the browser's own jump to the fragment, which would undo ours.
    if (document.readyState === "complete") scroll();
    else addEventListener("load", () => requestAnimationFrame(scroll), { once: true });
  };
  addEventListener("hashchange", () => follow(true));
  follow(false);
}
