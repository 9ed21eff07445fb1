import type { LegendKey } from "../figure.ts";
import { el, type Element } from "../../lib/serialize.ts";
import { CAUSE_FILL, SEVERITY_FILL } from "../palette.ts";
import { PHASE_FILL } from "../../geometry/timelineLayout.ts";

const INK = "#1b1b1b";
const DIAMOND = "M0,-7.5L7.5,0L0,7.5L-7.5,0Z";

/**
 * How a legend key is drawn in a standalone image, 18 × 12 units at the origin: the page
 * paints its keys with CSS, which a downloaded file does not have. Null for words alone.
 */
export function legendSwatch(key: LegendKey): Element | null {
  switch (key.kind) {
    case "severity":
      return key.severity === "none"
        ? el("rect", { x: 0.5, y: 0.5, width: 17, height: 11, rx: 2, fill: "#fbfaf7", stroke: INK })
        : el("rect", { width: 18, height: 12, rx: 2, fill: SEVERITY_FILL[key.severity] });
    case "phase":
      return el("circle", { cx: 9, cy: 6, r: 5, fill: PHASE_FILL[key.phase] });
    case "cause":
      return el("rect", { width: 18, height: 12, rx: 2, fill: CAUSE_FILL[key.cause] });
    case "size":
      return el("circle", {
        cx: 9,
        cy: 6,
        r: key.radius,
        fill: "none",
        stroke: INK,
        "stroke-width": 1,
      });
    case "moment": {
      const fill = PHASE_FILL[key.phase];
      const shape =
        key.shape === "circle"
          ? el("circle", { r: 6, fill })
          : key.shape === "diamond"
            ? el("path", { d: DIAMOND, fill })
            : el("rect", { x: -5.5, y: -5.5, width: 11, height: 11, fill });
      return el("g", { transform: "translate(9,6)" }, shape);
    }
    case "mark":
      return MARKS[key.mark];
    case "zone":
    case "text":
      return null;
  }
}

const MARKS: Record<Extract<LegendKey, { kind: "mark" }>["mark"], Element> = {
  "impact-period": el("rect", { width: 18, height: 12, fill: "#a3231b", "fill-opacity": 0.15 }),
  point: el("circle", { cx: 9, cy: 6, r: 5, fill: INK }),
  range: el("rect", {
    width: 18,
    height: 12,
    rx: 6,
    fill: INK,
    "fill-opacity": 0.25,
    stroke: INK,
  }),
  duration: el("rect", { width: 18, height: 12, rx: 6, fill: INK, "fill-opacity": 0.55 }),
  post: el("rect", {
    x: 5,
    y: 2,
    width: 8,
    height: 8,
    fill: PHASE_FILL.communication,
    transform: "rotate(45 9 6)",
  }),
  "impact-rule": el("line", {
    x1: 9,
    x2: 9,
    y1: -1,
    y2: 13,
    stroke: INK,
    "stroke-width": 1.5,
    "stroke-dasharray": "3,3",
  }),
  "unknown-duration": el("circle", { cx: 9, cy: 6, r: 5, fill: "none", stroke: INK }),
};
