import type { Figure, PositionedLabel } from "../figure.ts";
import { el, toHtml, type Element } from "../../lib/serialize.ts";
import { SVG_NS } from "../../geometry/svg.ts";

/** A share of a length as a CSS percentage, to a hundredth of a percent. */
const percent = (part: number, whole: number) =>
  `${Math.round((part / (whole || 1)) * 10_000) / 100}%`;

/**
 * The chart as the page and the embed draw it: its marks in an SVG that stretches to the
 * figure's width, with a role and an accessible name. Labels are not drawn here: see
 * {@link labelLayer}.
 */
export function chartSvg(figure: Pick<Figure, "fluid" | "size" | "svg" | "label">): Element {
  const { width, height } = figure.size;
  if (figure.fluid)
    return el(
      "svg",
      {
        xmlns: SVG_NS,
        ...figure.fluid.svg.attributes,
        height: figure.fluid.height,
        role: "img",
        "aria-label": figure.label,
      },
      figure.fluid.svg.children,
    );
  return el(
    "svg",
    {
      xmlns: SVG_NS,
      viewBox: `0 0 ${width} ${height}`,
      ...figure.svg.attributes,
      role: "img",
      "aria-label": figure.label,
    },
    figure.svg.children,
  );
}

const BASELINE = { top: "0.71em", middle: "0.32em", bottom: "0" } as const;

function labelBox(label: PositionedLabel, figure: Figure): Element {
  const { width, height } = figure.size;
  return el(
    "text",
    {
      class: ["chart-label", label.className].filter(Boolean).join(" "),
      ...label.attributes,
      x: percent(label.x, width),
      y: percent(label.y, height),
      dy: BASELINE[label.baseline],
      "text-anchor": label.anchor,
      "font-weight": label.strong ? 700 : undefined,
      "font-size": label.size,
    },
    label.text,
  );
}

/**
 * The labels of a chart as a layer over its drawing: an SVG without a viewBox, so nothing
 * scales its text, each label placed in percentages of the drawing, so the text keeps its
 * CSS size however wide the chart is drawn (and no style attribute is needed); null when
 * the chart has none.
 */
export function labelLayer(figure: Figure): Element | null {
  if (figure.labels.length === 0) return null;
  return el(
    "svg",
    { xmlns: SVG_NS, class: "chart__labels", width: "100%", height: "100%", overflow: "visible" },
    figure.labels.map((label) => labelBox(label, figure)),
  );
}

/**
 * A chart drawn once per band of widths: each drawing carries its bands, and the
 * stylesheet shows the one for the width the chart is given.
 */
function variantSvgs(figure: Figure): Element[] {
  return (figure.variants ?? []).map((variant) =>
    chartSvg({
      ...withoutFluid(figure),
      size: variant.size,
      svg: {
        ...variant.svg,
        attributes: {
          ...variant.svg.attributes,
          class: [variant.svg.attributes["class"], "chart-variant"].filter(Boolean).join(" "),
          "data-band": variant.bands.join(" "),
        },
      },
    }),
  );
}

function withoutFluid(figure: Figure): Figure {
  const rest = { ...figure };
  delete rest.fluid;
  return rest;
}

const bodies = new WeakMap<Figure, string>();

/**
 * The chart body's markup for `set:html`: the SVG and its label layer, written once per
 * figure however many pages show it (its page and its embed).
 */
export function chartBodyHtml(figure: Figure): string {
  let body = bodies.get(figure);
  if (body === undefined) {
    const layer = labelLayer(figure);
    const drawings = figure.variants?.length ? variantSvgs(figure) : [chartSvg(figure)];
    body = drawings.map((svg) => toHtml(svg)).join("") + (layer ? toHtml(layer) : "");
    bodies.set(figure, body);
  }
  return body;
}
