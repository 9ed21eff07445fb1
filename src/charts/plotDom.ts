import type { PlotOptions } from "@observablehq/plot";
import { el, type Element, type MarkupNode } from "../lib/serialize.ts";
import { createDocument } from "./dom.ts";

/** A chart's drawing size and its margins in SVG units. */
export interface PlotFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The chart's accessible name. */
  label: string;
}

/**
 * What every build-time Plot chart shares: a server-side document to draw in, its size and
 * margins, its accessible name, and type that follows the page's.
 */
export function plotFrame(frame: PlotFrame): PlotOptions {
  return {
    document: createDocument(),
    width: frame.width,
    height: frame.height,
    marginTop: frame.margin.top,
    marginRight: frame.margin.right,
    marginBottom: frame.margin.bottom,
    marginLeft: frame.margin.left,
    ariaLabel: frame.label,
    style: { fontSize: "11px", fontFamily: "inherit", background: "transparent" },
  };
}

/** Attributes whose numbers are coordinates: rounded to a tenth, so the HTML stays small. */
const COORDINATES = new Set([
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "width",
  "height",
  "d",
  "transform",
  "points",
]);

const roundNumbers = (value: string) =>
  value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** Plot's own root attributes, which the figure's renderers set for themselves. */
const ROOT_SET_ELSEWHERE = new Set(["viewBox", "role", "aria-label", "style", "class", "xmlns"]);

/**
 * Takes what Plot drew in its server-side document as figure marks: elements as data, read
 * node by node (never by parsing markup). On the way, Plot's generated class names are made
 * stable, coordinates rounded, labelled groups get the `group` role axe asks for, and what a
 * strict Content-Security-Policy refuses (inline styles, Plot's `<style>`) or SVG does not
 * know (`font-variant`) is left out; Plot's font size becomes a presentation attribute.
 */
export function fromPlot(svg: globalThis.Element, attributes: Record<string, string>): Element {
  const fontSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute("style") ?? "")?.[1];
  const root: Record<string, string> = {};
  for (const { name, value } of svg.attributes)
    if (!ROOT_SET_ELSEWHERE.has(name)) root[name] = value;
  if (fontSize) root["font-size"] = fontSize;
  return el("svg", { ...attributes, ...root }, ...childrenOf(svg));
}

function childrenOf(node: globalThis.Element): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.textContent ?? "");
    else if (child.nodeType === 1) {
      const element = child as globalThis.Element;
      if (element.localName === "style") continue;
      out.push(convert(element));
    }
  }
  return out;
}

function convert(element: globalThis.Element): Element {
  const attributes: Record<string, string> = {};
  for (const { name, value } of element.attributes) {
    if (name === "style" || name === "font-variant") continue;
    if (name === "class") attributes[name] = value.replace(/plot-[0-9a-f]{6}/g, "plot");
    else attributes[name] = COORDINATES.has(name) ? roundNumbers(value) : value;
  }
  if (element.localName === "g" && attributes["aria-label"] !== undefined)
    attributes["role"] = "group";
  return el(element.localName, attributes, ...childrenOf(element));
}
