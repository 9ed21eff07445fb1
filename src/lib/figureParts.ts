import { parseHTML } from "linkedom";
import { attributesOf, elementEnd, tags, type Tag } from "../charts/markup.ts";
import type { EmbedContent } from "./embedSnippet.ts";

/** What a rendered ChartFigure says, read back from its HTML. */
export interface FigureParts {
  title: string;
  summary: string;
  /** The source line as shown, e.g. "Source: Microsoft; The Register". */
  source: string;
  /** Text of the legend, if any; it takes room in an embed. */
  legend: string;
  /** The legend's entries: a label, and the name of its key (see `legendSwatch`). */
  legendItems: Array<{ label: string; key: string }>;
  /** The chart's SVG markup. */
  svg: string;
  /** The chart's drawing size in SVG units. */
  size: { width: number; height: number };
}

/** A legend key's name: what it stands for, or its most specific class. */
function keyOf(swatch: Element | null): string {
  if (!swatch) return "";
  const severity = swatch.getAttribute("data-severity");
  if (severity) return `severity:${severity}`;
  const phase = swatch.getAttribute("data-phase");
  if (phase) return `phase:${phase}`;
  return (swatch.getAttribute("class") ?? "").trim().split(/\s+/).at(-1) ?? "";
}

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** The first `<svg role="img">` from `from` on: the chart itself, not an icon beside it. */
function chartSvg(html: string, from = 0): { open: Tag; start: number; end: number } | null {
  for (const tag of tags(html, from)) {
    if (tag.name === "svg" && !tag.closing && attributesOf(tag).get("role") === "img")
      return { open: tag, start: tag.start, end: elementEnd(html, tag) };
  }
  return null;
}

/**
 * Where the chart's own SVG lies in a rendered figure: the first after the chart body opens.
 * Found by scanning tags rather than parsing, since only its outer tag is needed.
 */
function chartSvgRange(html: string): { open: Tag; start: number; end: number } | null {
  for (const tag of tags(html)) {
    const classes = tag.name === "div" && !tag.closing ? attributesOf(tag).get("class") : undefined;
    if (classes?.split(/\s+/).includes("chart__body")) return chartSvg(html, tag.end);
  }
  return null;
}

const CAPTION_CLASSES = ["chart__title", "chart__summary", "chart__legend", "chart__source"];

/** The title, summary, legend and source elements of a figure, as written. */
function captionElements(html: string): string[] {
  const found: string[] = [];
  let after = 0;
  for (const tag of tags(html)) {
    if (tag.closing || tag.start < after || !tag.attributes.includes("chart__")) continue;
    const classes = (attributesOf(tag).get("class") ?? "").split(/\s+/);
    if (!classes.some((name) => CAPTION_CLASSES.includes(name))) continue;
    after = elementEnd(html, tag);
    found.push(html.slice(tag.start, after));
  }
  return found;
}

function sizeOf(open: Tag): { width: number; height: number } {
  const attributes = attributesOf(open);
  const box = (attributes.get("viewBox") ?? "").split(/[\s,]+/).map(Number);
  return {
    width: Number(attributes.get("width")) || box[2] || 640,
    height: Number(attributes.get("height")) || box[3] || 400,
  };
}

/**
 * Reads a ChartFigure's parts from its rendered HTML, so the downloads and the oEmbed
 * description are made from the very figure the page shows.
 */
export function figureParts(html: string): FigureParts {
  const range = chartSvgRange(html);
  if (!range) throw new Error("figureParts: no figure[data-chart] with an SVG chart.");
  // Only the words around the chart are parsed; the chart itself is kept as written, and the
  // data table and the tools are left alone.
  const { document } = parseHTML(
    `<!doctype html><html><body><figure data-chart>${captionElements(html.slice(0, range.start) + html.slice(range.end)).join("")}</figure></body></html>`,
  );
  const figure = document.querySelector("figure[data-chart]");
  if (!figure || !/<figure\b[^>]*\sdata-chart\b/.test(html))
    throw new Error("figureParts: no figure[data-chart] with an SVG chart.");
  return {
    title: squash(figure.querySelector(".chart__title")?.textContent),
    summary: squash(figure.querySelector(".chart__summary")?.textContent),
    source: squash(figure.querySelector(".chart__source")?.textContent),
    legend: squash(figure.querySelector(".chart__legend")?.textContent),
    legendItems: [...figure.querySelectorAll(".chart__legend li")].map((item) => ({
      label: squash(item.textContent),
      key: keyOf(item.firstElementChild),
    })),
    svg: html.slice(range.start, range.end),
    size: sizeOf(range.open),
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of an HTML fragment: tags dropped, character references read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    });
}

/**
 * What a figure still being rendered shows, from its props and its rendered slots: enough to
 * size its embed, without parsing the chart.
 */
export function figureContent(input: {
  title: string;
  summary: string;
  source: string;
  legendHtml: string;
  bodyHtml: string;
}): Omit<EmbedContent, "story"> {
  const open = chartSvg(input.bodyHtml)?.open;
  if (!open) throw new Error(`figureContent: the chart "${input.title}" has no SVG chart.`);
  return {
    title: squash(input.title),
    summary: squash(input.summary),
    source: `Source: ${squash(input.source)}`,
    legend: squash(textOf(input.legendHtml)),
    size: sizeOf(open),
  };
}
