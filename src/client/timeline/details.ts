import { PRECISION_LABELS } from "../../geometry/timelineLayout.ts";
import { MINUTE } from "../../lib/time.ts";
import { formatInZone } from "../../lib/zone.ts";
import { keyTarget, keyZoom } from "./keyboard.ts";
import { kindOf } from "./labels.ts";
import type { Mark, TimelineModel } from "./model.ts";
import { passageFor } from "./passages.ts";
import { createPopover, type Popover } from "./popover.ts";
import { readPassage } from "./story.ts";
import type { Viewport } from "./viewport.ts";

export interface Details {
  readonly popover: Popover;
  /** The mark holding the tab stop. */
  readonly current: Mark;
  /** Moves focus to a mark, brings it into view and opens its details. */
  moveTo(mark: Mark, animate?: boolean): void;
  /** Rewrites the open popover, e.g. in a new time zone. */
  refresh(): void;
}

/**
 * The reader's way into each mark: a roving tab stop moved by the arrow keys, Home and End;
 * the popover opened by hover, focus, tap, Enter or Space and closed by Escape; + and − to
 * zoom around the focused mark; a click on a cluster to zoom into it.
 */
export function wireDetails(
  figure: HTMLElement,
  model: TimelineModel,
  viewport: Viewport,
  zone: () => string,
  pageUrl: string,
): Details {
  const { svg, marks } = model;
  const body = svg.closest(".tl-frame")?.parentElement ?? figure;
  const byElement = new Map<Element, Mark>(marks.map((m) => [m.el, m]));
  const markOf = (target: EventTarget | null): Mark | undefined => {
    const el = (target as Element | null)?.closest?.(".tl-event, .tl-update");
    return el ? byElement.get(el) : undefined;
  };
  let current = marks[0] as Mark;
  /** Set when the reader closed the popover with Escape; cleared when they move on. */
  let dismissed = false;
  /** Opened by a click, tap or key rather than by a passing pointer. */
  let held = false;

  const setCurrent = (mark: Mark) => {
    if (mark === current) return;
    current.el.tabIndex = -1;
    mark.el.tabIndex = 0;
    current = mark;
    viewport.request();
  };
  const close = () => {
    popover.mark?.el.setAttribute("aria-expanded", "false");
    popover.hide();
    held = false;
    viewport.request();
  };
  const open = (mark: Mark, hold: boolean) => {
    popover.mark?.el.setAttribute("aria-expanded", "false");
    const event = mark.kind === "event";
    popover.show(
      mark,
      {
        when: formatInZone(mark.time, zone(), mark.precision),
        datetime: new Date(mark.time).toISOString(),
        kind: kindOf(mark),
        precision: event ? `Time ${PRECISION_LABELS[mark.precision]}` : "Time as reported",
        link: event ? `${pageUrl}#event-${mark.id}` : null,
        hasPassage: event && passageFor(mark.id) !== null,
      },
      viewport.markX(mark),
      mark.lane.y,
    );
    held = hold;
    mark.el.setAttribute("aria-expanded", "true");
    viewport.request();
  };
  const popover = createPopover(body, svg, {
    close: (mark) => {
      dismissed = true;
      close();
      mark.el.focus({ preventScroll: true });
    },
    story: (mark) => readPassage(mark.id, { scroll: true, focus: true }),
  });

  const moveTo = (mark: Mark, animate = true) => {
    dismissed = false;
    setCurrent(mark);
    viewport.fit(mark.time, mark.time, animate);
    // Drawn now, so a mark that was culled is in the document before it takes focus.
    viewport.flush();
    mark.el.focus({ preventScroll: true });
    open(mark, true);
  };

  let hideTimer = 0;
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!held) close();
    }, 250);
  };
  svg.addEventListener("pointerover", (event) => {
    const mark = markOf(event.target);
    if (event.pointerType !== "mouse" || !mark) return;
    clearTimeout(hideTimer);
    if (popover.mark !== mark && !held) open(mark, false);
  });
  // Leaving for anything but a mark closes a popover the pointer opened, even when a redraw
  // moved the mark out from under a pointer that then left from somewhere else.
  svg.addEventListener("pointerout", (event) => {
    if (event.pointerType === "mouse" && !markOf(event.relatedTarget)) hideSoon();
  });
  popover.el.addEventListener("pointerenter", () => clearTimeout(hideTimer));
  popover.el.addEventListener("pointerleave", hideSoon);
  svg.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    // Only a mark that really has focus takes the tab stop: a focus event dispatched by a
    // script, after focus has moved on, would otherwise pull the popover back.
    if (!mark || event.target !== document.activeElement) return;
    setCurrent(mark);
    if (!dismissed && popover.mark !== mark) open(mark, true);
    else held = popover.mark === mark;
  });
  figure.addEventListener("focusout", (event) => {
    if (figure.contains(event.relatedTarget as Node | null)) return;
    // A redraw can take the focused mark out of the document (moving it out of a gutter, say):
    // focus then falls to the page, and goes back to the mark once the frame is drawn.
    const redrawn = !(event.target as Element).isConnected;
    requestAnimationFrame(() => {
      if (figure.contains(document.activeElement)) return;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (redrawn && lost && current.el.isConnected) current.el.focus({ preventScroll: true });
      else close();
    });
  });
  document.addEventListener("pointerdown", (event) => {
    if (popover.mark && !popover.el.contains(event.target as Node) && !markOf(event.target))
      close();
  });
  svg.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark) {
      viewport.takeOver();
      return moveTo(mark, false);
    }
    const glyph = (event.target as Element).closest(".tl-cluster");
    const hit = glyph ? viewport.clusterOf(glyph) : undefined;
    if (!hit) return;
    viewport.takeOver();
    // Zoom in until the marks part; marks within a minute of each other never will.
    const [a, b] = [hit.first.time, hit.last.time];
    if (b - a < MINUTE) return moveTo(hit.first);
    const half = Math.max((b - a) * 0.65, 5 * MINUTE);
    viewport.show([(a + b) / 2 - half, (a + b) / 2 + half], true);
  });

  svg.addEventListener("keydown", (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    const to = keyTarget(event.key, mark.order, marks.length);
    const factor = keyZoom(event.key);
    if (to !== null) {
      viewport.takeOver();
      moveTo(marks[to] as Mark);
    } else if (factor !== null) viewport.zoomAt(factor, viewport.markX(mark));
    else if (event.key === "Enter" || event.key === " ") {
      dismissed = false;
      open(mark, true);
      popover.el.focus();
    } else if (event.key === "Escape" && popover.mark) {
      dismissed = true;
      close();
    } else return;
    event.preventDefault();
  });

  return {
    popover,
    get current() {
      return current;
    },
    moveTo,
    refresh() {
      if (popover.mark) open(popover.mark, held);
    },
  };
}
