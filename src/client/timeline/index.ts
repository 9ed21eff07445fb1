import { zoneName, type ZoneSetting } from "../../lib/zone.ts";
import { currentTimeZone } from "../settings.ts";
import { wireDetails, type Details } from "./details.ts";
import { labelMarks, markRoles } from "./labels.ts";
import { readTimeline, type Mark } from "./model.ts";
import { wireStory, type Pins } from "./story.ts";
import { createViewport } from "./viewport.ts";

/**
 * Turns one build-time timeline into the interactive one: zoom and pan, an overview brush,
 * level of detail for any number of events, a popover, keyboard navigation with one tab
 * stop, the reader's time zone, deep links and the story's passages followed as they are
 * read.
 */
function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>("svg.timeline-svg");
  const frame = figure.querySelector<HTMLElement>(".tl-frame");
  const controls = figure.querySelector<HTMLElement>(".tl-controls");
  if (!svg || !frame || !controls) return;
  const model = readTimeline(svg);
  if (model.marks.length === 0) return;
  controls.classList.add("is-enhanced");
  let zone = zoneName(currentTimeZone());
  const pins: Pins = { active: [], target: null };
  const noted = model.marks.filter((mark) => mark.el.querySelector(".tl-note"));
  // Wired after the viewport, which draws once before the details exist.
  const late: { details?: Details } = {};

  const viewport = createViewport(
    model,
    { frame, controls },
    {
      pinned: (view) => {
        // Annotated marks in view are always drawn on their own, so their labels stay on the
        // chart; out of view they wait in the edges' clusters like any other mark.
        const pinned: Mark[] = [
          ...noted.filter((mark) => mark.span[1] >= view.t0 && mark.span[0] <= view.t1),
          ...pins.active,
        ];
        if (pins.target) pinned.push(pins.target);
        if (late.details) pinned.push(late.details.current);
        if (late.details?.popover.mark) pinned.push(late.details.popover.mark);
        return pinned;
      },
      zone: () => zone,
      drew: (view) => {
        const open = late.details?.popover.mark;
        if (open) late.details?.popover.move(viewport.markX(open, view), open.lane.y);
      },
    },
  );
  const hint = controls.querySelector<HTMLElement>(".tl-hint");
  if (hint) hint.id ||= `tl-hint-${figure.dataset["incident"] ?? "timeline"}`;
  markRoles(model, hint);
  labelMarks(model.marks, zone);
  const details = wireDetails(
    figure,
    model,
    viewport,
    () => zone,
    frame.dataset["page"] ?? location.href.split("#")[0] ?? "",
  );
  late.details = details;
  // Drawn again now that the tab stop is known: it must be in the document, never culled.
  viewport.flush();

  document.addEventListener("atlas:timezone", (event) => {
    zone = zoneName((event as CustomEvent<ZoneSetting>).detail);
    labelMarks(model.marks, zone);
    details.refresh();
    viewport.request();
  });

  controls.hidden = false;
  frame.dataset["enhanced"] = "";
  svg.dataset["enhanced"] = "";
  wireStory(figure, model, viewport, pins, (mark) => details.moveTo(mark, false));
}

/** Enhances every timeline on the page. */
export function enhanceTimelines(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="timeline"]'))
    enhance(figure);
}
