import type { Mark } from "./model.ts";

/** What the popover says about a mark, prepared by the caller in the reader's zone. */
export interface PopoverContent {
  /** The time as readers see it, e.g. "28 Sep 2020, 21:25 UTC". */
  when: string;
  /** The instant, for `<time datetime>`. */
  datetime: string;
  /** "Trigger", "Status page", … */
  kind: string;
  /** "Time known to the minute". */
  precision: string;
  /** The link to this event on its incident page, for "Copy link"; null for status posts. */
  link: string | null;
  /** Whether the narrative has a passage about it. */
  hasPassage: boolean;
}

export interface Popover {
  readonly el: HTMLElement;
  readonly mark: Mark | null;
  show(mark: Mark, content: PopoverContent, x: number, y: number): void;
  /** Follows the mark as the view moves; writes only. */
  move(x: number, y: number): void;
  hide(): void;
}

const TEMPLATE = `<button type="button" class="tl-popover__close" aria-label="Close">×</button>
<p class="tl-popover__meta"><span></span> · <time data-zoned></time></p>
<p class="tl-popover__title"></p>
<p class="tl-popover__detail"></p>
<p class="tl-popover__precision"></p>
<p class="tl-popover__actions"><a class="tl-popover__source"></a>
<button type="button" class="tl-popover__copy">Copy link</button>
<button type="button" class="tl-popover__story">Read in the story</button></p>
<p class="tl-popover__status" role="status"></p>`;

let count = 0;

/**
 * The details of one mark: title, detail, the exact time in the chosen zone, how precisely
 * it is known, its source, a link to copy and the passage of the story about it. A
 * non-modal dialog placed beside the mark; Escape or the close button dismisses it.
 */
export function createPopover(
  body: HTMLElement,
  svg: SVGSVGElement,
  actions: { close: (mark: Mark) => void; story: (mark: Mark) => void },
): Popover {
  const el = document.createElement("div");
  const titleId = `tl-popover-title-${++count}`;
  el.className = "tl-popover";
  el.setAttribute("role", "dialog");
  el.setAttribute("aria-labelledby", titleId);
  el.tabIndex = -1;
  el.hidden = true;
  el.innerHTML = TEMPLATE;
  const part = <T extends HTMLElement>(name: string) =>
    el.querySelector(`.tl-popover__${name}`) as T;
  const meta = part<HTMLElement>("meta");
  const kind = meta.firstElementChild as HTMLElement;
  const time = meta.querySelector("time") as HTMLTimeElement;
  const title = part<HTMLElement>("title");
  title.id = titleId;
  const detail = part<HTMLElement>("detail");
  const precision = part<HTMLElement>("precision");
  const source = part<HTMLAnchorElement>("source");
  const copy = part<HTMLButtonElement>("copy");
  const story = part<HTMLButtonElement>("story");
  const status = part<HTMLElement>("status");
  svg.closest(".tl-frame")?.after(el);

  let current: Mark | null = null;
  let link: string | null = null;
  let origin = { x: 0, y: 0, width: 0, own: 0 };

  const place = (x: number, y: number) => {
    const left = Math.max(0, Math.min(origin.x + x - 24, origin.width - origin.own));
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(origin.y + y + 14)}px`;
  };

  el.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current) {
      event.preventDefault();
      actions.close(current);
    }
  });
  part<HTMLButtonElement>("close").addEventListener("click", () => {
    if (current) actions.close(current);
  });
  story.addEventListener("click", () => {
    if (current) actions.story(current);
  });
  copy.addEventListener("click", async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = "Link copied.";
    } catch {
      // Clipboard access can be refused (e.g. in an iframe): offer the link to copy by hand.
      const field = document.createElement("input");
      field.readOnly = true;
      field.value = link;
      field.setAttribute("aria-label", "Link to this event");
      status.replaceChildren(field);
      field.select();
      field.focus();
    }
  });

  return {
    el,
    get mark() {
      return current;
    },
    show(mark, content, x, y) {
      current = mark;
      link = content.link;
      kind.textContent = content.kind;
      time.dateTime = content.datetime;
      time.dataset["precision"] = mark.precision;
      time.textContent = content.when;
      title.textContent = mark.title;
      detail.textContent = mark.detail;
      detail.hidden = !mark.detail;
      precision.textContent = content.precision;
      source.href = mark.source;
      source.textContent = `Source: ${hostOf(mark.source)}`;
      copy.hidden = !link;
      story.hidden = !content.hasPassage;
      status.textContent = "";
      el.hidden = false;
      // Measured once when opened; moving with the view then only writes.
      const bodyBox = body.getBoundingClientRect();
      const svgBox = svg.getBoundingClientRect();
      origin = {
        x: svgBox.left - bodyBox.left,
        // The drawing starts below the room its annotations take.
        y: svgBox.top - bodyBox.top + parseFloat(getComputedStyle(svg).paddingTop),
        width: bodyBox.width,
        own: el.offsetWidth,
      };
      place(x, y);
    },
    move(x, y) {
      if (current) place(x, y);
    },
    hide() {
      current = null;
      el.hidden = true;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
