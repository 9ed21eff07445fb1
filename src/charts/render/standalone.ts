import { sourceText, type Figure, type PositionedLabel } from "../figure.ts";
import { el, toXml, XML_DECLARATION, type Element } from "../../lib/serialize.ts";
import { wrapText } from "../../lib/wrap.ts";
import { SVG_NS } from "../../geometry/svg.ts";
import { legendSwatch } from "./legendSwatch.ts";

/** Colours and type of the standalone image: the light theme, without a stylesheet. */
const LOOK = {
  paper: "#ffffff",
  ink: "#1b1b1b",
  muted: "#5a5a5a",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'DejaVu Sans', sans-serif",
  serif: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif",
} as const;

const PAD = 24;
/** Label type in the chart's own units: the chart is drawn at its own size here. */
const LABEL_SIZE = 12;

const ANCHOR = { start: "start", middle: "middle", end: "end" } as const;
const BASELINE = { top: "0.71em", middle: "0.32em", bottom: "0" } as const;

/** A positioned label drawn into the SVG, as the page would show it at the chart's size. */
export function labelText(label: PositionedLabel): Element {
  return el(
    "text",
    {
      x: label.x,
      y: label.y,
      dy: BASELINE[label.baseline],
      "text-anchor": ANCHOR[label.anchor],
      "font-size": label.size ?? LABEL_SIZE,
      "font-weight": label.strong ? 700 : undefined,
      fill: "currentColor",
      class: label.className,
      ...label.attributes,
    },
    label.text,
  );
}

/** The chart itself, nested at (x, y) at its own size, its labels drawn in. */
function chartAt(figure: Figure, x: number, y: number): Element {
  const { width, height } = figure.size;
  const attributes = { ...figure.svg.attributes, class: undefined };
  return el(
    "svg",
    {
      ...attributes,
      x,
      y,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      overflow: "visible",
    },
    figure.svg.children,
    figure.labels.length > 0 && el("g", { class: "labels" }, figure.labels.map(labelText)),
  );
}

/** A standalone image of a figure: its SVG element and size. */
export interface Standalone {
  svg: Element;
  width: number;
  height: number;
}

/**
 * A figure as a file that stands on its own: white paper, the title and summary above, the
 * chart with its labels drawn in, the legend, then the source and a credit line, all as SVG
 * with explicit fills and fonts, so it reads the same in an image viewer, a slide or a
 * rasterizer as on the page. No script, no foreign objects, no event attributes.
 */
export function standaloneSvg(figure: Figure, credit: string): Standalone {
  const width = Math.max(600, Math.round(figure.size.width + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const parts: Element[] = [];
  let y = PAD;
  const lines = (
    text: string,
    fontSize: number,
    attributes: Record<string, string>,
    leading: number,
    em = 0.54,
  ) => {
    for (const line of wrapText(text, { width: textWidth, fontSize, em })) {
      y += fontSize * leading;
      parts.push(
        el(
          "text",
          {
            x: PAD,
            y: Math.round(y - fontSize * (leading - 1)),
            "font-size": fontSize,
            ...attributes,
          },
          line,
        ),
      );
    }
  };

  parts.push(el("rect", { x: PAD, y: PAD - 10, width: textWidth, height: 2, fill: LOOK.ink }));
  lines(figure.title, 22, { "font-family": LOOK.serif, "font-weight": "700" }, 1.25, 0.56);
  y += 4;
  lines(figure.summary, 14, { fill: LOOK.muted }, 1.4);
  y += 12;
  parts.push(chartAt(figure, PAD, Math.round(y)));
  y += figure.size.height + 10;

  const items = figure.legend.flatMap((group) => [
    ...(group.intro ? [{ label: group.intro, swatch: null }] : []),
    ...group.items.map((item) => ({
      label: item.key.kind === "zone" ? "Times in UTC" : item.label,
      swatch: legendSwatch(item.key),
    })),
  ]);
  if (items.length > 0) {
    let x = PAD;
    y += 4;
    for (const item of items) {
      const itemWidth = (item.swatch ? 24 : 0) + [...item.label].length * 12 * 0.56 + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += 20;
      }
      if (item.swatch)
        parts.push(
          el("g", { transform: `translate(${Math.round(x)},${Math.round(y)})` }, item.swatch),
        );
      parts.push(
        el(
          "text",
          {
            x: Math.round(x + (item.swatch ? 24 : 0)),
            y: Math.round(y + 10),
            "font-size": 12,
            fill: LOOK.muted,
          },
          item.label,
        ),
      );
      x += itemWidth;
    }
    y += 28;
  }
  for (const note of figure.notes) lines(note, 12, { fill: LOOK.muted }, 1.4);
  lines(sourceText(figure), 12, { fill: LOOK.muted }, 1.4);
  lines(credit, 12, { fill: LOOK.muted }, 1.4);
  const height = Math.round(y + PAD - 8);

  const svg = el(
    "svg",
    {
      xmlns: SVG_NS,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      "font-family": LOOK.sans,
      fill: LOOK.ink,
      color: LOOK.ink,
    },
    el("title", {}, figure.title),
    el("desc", {}, [figure.summary, sourceText(figure), credit].join(" ")),
    el("rect", { width: "100%", height: "100%", fill: LOOK.paper }),
    parts,
  );
  return { svg, width, height };
}

/** The standalone image as the text of an SVG file. */
export function standaloneDocument(
  standalone: Standalone,
  options: { pretty?: boolean } = {},
): string {
  return `${XML_DECLARATION}\n${toXml(standalone.svg, options)}\n`;
}
