import { brushX, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import { baseX } from "./scale.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const HEIGHT = 36;

export interface Overview {
  /** Redraws the strip for a new plot range. */
  resize(width: number, range: [number, number]): void;
  /** Moves the brush to show the main view's window, without reporting it back. */
  show(window: [number, number]): void;
}

/**
 * A strip under the timeline showing where all the marks lie over the whole time span
 * (a density profile, so its cost does not grow with the number of events) and a brush
 * (d3-brush) over the window on view: drag it, resize it, or draw a new one to move the
 * timeline there; a click centres the window on that moment.
 */
export function createOverview(
  after: Element,
  times: readonly number[],
  full: [number, number],
  onWindow: (window: [number, number]) => void,
  onCentre: (time: number) => void,
): Overview {
  const wrapper = document.createElement("div");
  wrapper.className = "tl-overview";
  const label = document.createElement("p");
  label.className = "tl-overview__label";
  label.textContent = "Overview of the whole span: drag across it to choose a window.";
  const svg = document.createElementNS(SVG_NS, "svg");
  // A pointer shortcut; the buttons and keys above do the same for keyboard and reader users.
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "tl-overview__svg");
  svg.dataset["start"] = new Date(full[0]).toISOString();
  svg.dataset["end"] = new Date(full[1]).toISOString();
  const profile = document.createElementNS(SVG_NS, "path");
  profile.setAttribute("class", "tl-overview__profile");
  const brushLayer = document.createElementNS(SVG_NS, "g");
  brushLayer.setAttribute("class", "tl-overview__brush");
  svg.append(profile, brushLayer);
  wrapper.append(label, svg);
  after.after(wrapper);

  let range: [number, number] = [0, 1];
  let moving = false;
  const x = (t: number) => baseX(full, range, t);
  const time = (px: number) =>
    full[0] + ((px - range[0]) / (range[1] - range[0])) * (full[1] - full[0]);
  const brush = brushX<unknown>()
    .handleSize(12)
    .on("brush end", (event: D3BrushEvent<unknown>) => {
      if (moving || !event.sourceEvent) return;
      const selection = event.selection as [number, number] | null;
      if (selection && selection[1] - selection[0] > 2)
        onWindow([time(selection[0]), time(selection[1])]);
      else if (event.type === "end" && !selection) {
        const [px] = pointerX(event.sourceEvent as MouseEvent | TouchEvent, svg);
        onCentre(time(px));
      }
    });
  const brushG = select(brushLayer);

  return {
    resize(width, next) {
      range = next;
      svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
      brush.extent([
        [range[0], 1],
        [range[1], HEIGHT - 1],
      ]);
      brushG.call(brush);
      // One bar per two pixels: how many marks begin there, on a square-root scale.
      const bins = new Array<number>(Math.max(1, Math.ceil((range[1] - range[0]) / 2))).fill(0);
      for (const t of times) {
        const i = Math.min(bins.length - 1, Math.max(0, Math.floor((x(t) - range[0]) / 2)));
        bins[i] = (bins[i] ?? 0) + 1;
      }
      const most = Math.sqrt(Math.max(1, ...bins));
      let d = "";
      bins.forEach((n, i) => {
        if (n === 0) return;
        const h = Math.max(3, (Math.sqrt(n) / most) * (HEIGHT - 8));
        d += `M${range[0] + i * 2},${HEIGHT - 3}v${(-h).toFixed(1)}h2v${h.toFixed(1)}z`;
      });
      profile.setAttribute("d", d);
    },
    show(window) {
      moving = true;
      const a = Math.max(range[0], x(window[0]));
      const b = Math.min(range[1], x(window[1]));
      brushG.call(brush.move, b - a >= 1 ? [a, b] : null);
      moving = false;
    },
  };
}

function pointerX(event: MouseEvent | TouchEvent, svg: SVGSVGElement): [number] {
  const point = "touches" in event ? (event.changedTouches[0] ?? { clientX: 0 }) : event;
  const box = svg.getBoundingClientRect();
  const scale = svg.viewBox.baseVal.width / Math.max(1, box.width);
  return [(point.clientX - box.left) * scale];
}
