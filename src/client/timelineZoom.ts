import { scaleUtc, type ScaleTime } from "d3-scale";
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior } from "d3-zoom";
import { utcTicks } from "../charts/axisTicks.ts";
import { TIMELINE } from "../charts/timelineLayout.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

interface Mark {
  el: SVGGElement;
  time: number;
  span: [number, number];
  range: SVGRectElement | null;
}

function parseSpan(value: string | undefined): [number, number] {
  const [a = "", b = ""] = (value ?? "").split("/");
  return [Date.parse(a), Date.parse(b)];
}

/** Adds zoom and pan (wheel, drag, pinch, buttons) to one build-time timeline. */
function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>("svg.timeline-svg");
  const frame = figure.querySelector<HTMLElement>(".tl-frame");
  const controls = figure.querySelector<HTMLElement>(".tl-controls");
  if (!svg || !frame || !controls) return;
  const { marginLeft, marginRight, gutter } = TIMELINE;
  const domain = parseSpan(svg.dataset["domain"]);
  const height = svg.viewBox.baseVal.height;
  const marks: Mark[] = [...svg.querySelectorAll<SVGGElement>(".tl-event")].map((el) => ({
    el,
    time: Date.parse(el.dataset["time"] ?? ""),
    span: parseSpan(el.dataset["span"]),
    range: el.querySelector<SVGRectElement>(".tl-range, .tl-duration"),
  }));
  const updates = [...svg.querySelectorAll<SVGRectElement>(".tl-update")].map((el) => ({
    el,
    time: Date.parse(el.dataset["time"] ?? ""),
    y: Number(el.getAttribute("y")) + 4,
  }));
  const band = svg.querySelector<SVGRectElement>(".tl-impact");
  const bandSpan: [number, number] = [
    Date.parse(band?.dataset["start"] ?? ""),
    Date.parse(band?.dataset["end"] ?? ""),
  ];
  const axis = svg.querySelector<SVGGElement>(".tl-axis");
  const allTimes = marks.flatMap((m) => m.span).concat(updates.map((u) => u.time));
  const fullSpan = Math.max(...allTimes) - Math.min(...allTimes);
  const focusSpan = domain[1] - domain[0];

  let base: ScaleTime<number, number> = scaleUtc();

  function layout(x: ScaleTime<number, number>): void {
    const [r0, r1] = x.range() as [number, number];
    const [t0, t1] = x.domain().map((d) => d.getTime()) as [number, number];
    const place = (t: number) => (t < t0 ? r0 - gutter / 2 : t > t1 ? r1 + gutter / 2 : x(t));
    for (const mark of marks) {
      const cx = place(mark.time);
      const y = mark.el.transform.baseVal[0]?.matrix.f ?? 0;
      mark.el.setAttribute("transform", `translate(${cx.toFixed(1)},${y})`);
      const inside = mark.time >= t0 && mark.time <= t1;
      if (mark.range) {
        const left = Math.max(r0, x(mark.span[0]));
        const right = Math.min(r1, x(mark.span[1]));
        mark.range.style.display = inside ? "" : "none";
        mark.range.setAttribute("x", (left - cx).toFixed(1));
        mark.range.setAttribute("width", Math.max(2, right - left).toFixed(1));
      }
    }
    for (const update of updates) {
      const cx = place(update.time);
      update.el.setAttribute("x", (cx - 4).toFixed(1));
      update.el.setAttribute("transform", `rotate(45 ${cx.toFixed(1)} ${update.y})`);
    }
    if (band) {
      const left = Math.max(r0, x(bandSpan[0]));
      const right = Math.min(r1, x(bandSpan[1]));
      band.setAttribute("x", left.toFixed(1));
      band.setAttribute("width", Math.max(0, right - left).toFixed(1));
    }
    if (axis) {
      for (const tick of axis.querySelectorAll(".tl-tick")) tick.remove();
      const count = Math.max(3, Math.floor((r1 - r0) / 70));
      for (const tick of utcTicks([t0, t1], count)) {
        const g = document.createElementNS(SVG_NS, "g");
        g.setAttribute("class", "tl-tick");
        g.setAttribute("transform", `translate(${x(tick.time).toFixed(1)},0)`);
        const line = document.createElementNS(SVG_NS, "line");
        line.setAttribute("y2", "5");
        const text = document.createElementNS(SVG_NS, "text");
        text.setAttribute("y", "18");
        text.setAttribute("text-anchor", "middle");
        text.textContent = tick.label;
        g.append(line, text);
        axis.append(g);
      }
    }
  }

  const resize = (): void => {
    const width = Math.max(280, Math.round(frame.clientWidth));
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    for (const line of svg.querySelectorAll<SVGLineElement>(".tl-lane line"))
      line.setAttribute("x2", String(width - marginRight));
    const range: [number, number] = [marginLeft + gutter, width - marginRight - gutter];
    axis?.querySelector(":scope > line")?.setAttribute("x1", String(range[0]));
    axis?.querySelector(":scope > line")?.setAttribute("x2", String(range[1]));
    const later = axis?.querySelectorAll(".tl-gutter-label");
    later?.forEach((label) => {
      label.setAttribute(
        "x",
        String(
          label.textContent === "earlier"
            ? marginLeft + gutter / 2
            : width - marginRight - gutter / 2,
        ),
      );
    });
    base = scaleUtc().domain(domain).range(range);
    behaviour.extent([
      [range[0], 0],
      [range[1], height],
    ]);
    layout(transformOf().rescaleX(base));
  };

  const minScale = Math.min(1, focusSpan / Math.max(fullSpan, 1) / 1.1);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([minScale, 500])
    .on("zoom", (event: { transform: ReturnType<typeof transformOf> }) =>
      layout(event.transform.rescaleX(base)),
    );
  const selection = select(svg);
  const transformOf = () =>
    (svg as unknown as { __zoom?: typeof zoomIdentity }).__zoom ?? zoomIdentity;
  selection.call(behaviour);

  controls.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-zoom]");
    if (!button) return;
    const action = button.dataset["zoom"];
    if (action === "in") behaviour.scaleBy(selection, 1.6);
    else if (action === "out") behaviour.scaleBy(selection, 1 / 1.6);
    else behaviour.transform(selection, zoomIdentity);
  });
  svg.dataset["enhanced"] = "";
  new ResizeObserver(() => resize()).observe(frame);
  resize();
}

/** Enhances every timeline on the page. */
export function enhanceTimelines(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart="timeline"]'))
    enhance(figure);
}
