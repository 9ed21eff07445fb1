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
  return roundCoordinates(fromPlotExact(svg, attributes));
}

/** As {@link fromPlot}, with Plot's coordinates kept exact, to be fitted and rounded later. */
export function fromPlotExact(
  svg: globalThis.Element,
  attributes: Record<string, string>,
): Element {
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
    attributes[name] = name === "class" ? value.replace(/plot-[0-9a-f]{6}/g, "plot") : value;
  }
  if (element.localName === "g" && attributes["aria-label"] !== undefined)
    attributes["role"] = "group";
  return el(element.localName, attributes, ...childrenOf(element));
}

/**
 * A horizontal stretch of a drawing: positions from `from` to `to` (each the pixel range
 * the time scale maps onto), lengths by the same factor; vertical positions, offsets given
 * to whole groups (Plot's `dx`, `dy`) and everything else stay as they are.
 */
export interface Stretch {
  from: readonly [number, number];
  to: readonly [number, number];
}

/**
 * The drawing with its coordinates rounded to a tenth, first stretched horizontally when a
 * stretch is given: a chart Plot drew once at one width, fitted to another, is the drawing
 * Plot makes at that width (its marks are placed by a linear time scale over the width, its
 * labels at the left margin), to within the tenth of a unit coordinates are rounded to.
 * Root attributes are the caller's; a mark this cannot stretch (an arc) is an error.
 */
export function roundCoordinates(svg: Element, stretch?: Stretch): Element {
  const map = stretch ? stretchMap(stretch) : null;
  const children = svg.children.map((child) =>
    typeof child === "string" || "prewritten" in child ? child : fitElement(child, map),
  );
  return { name: svg.name, attributes: svg.attributes, children };
}

interface StretchMap {
  position: (x: number) => number;
  length: (dx: number) => number;
}

function stretchMap({ from, to }: Stretch): StretchMap {
  const k = (to[1] - to[0]) / (from[1] - from[0]);
  return { position: (x) => to[0] + (x - from[0]) * k, length: (dx) => dx * k };
}

const POSITIONS = new Set(["x", "x1", "x2", "cx"]);

function fitElement(element: Element, map: StretchMap | null): Element {
  const attributes: Record<string, string> = {};
  for (const [name, raw] of Object.entries(element.attributes)) {
    if (raw === null || raw === undefined || raw === false) continue;
    let value = String(raw);
    if (map && COORDINATES.has(name)) value = stretchAttribute(element.name, name, value, map);
    attributes[name] = COORDINATES.has(name) ? roundNumbers(value) : value;
  }
  const children = element.children.map((child) =>
    typeof child === "string" || "prewritten" in child ? child : fitElement(child, map),
  );
  return { name: element.name, attributes, children };
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

function stretchAttribute(element: string, name: string, value: string, map: StretchMap): string {
  const number = (f: (n: number) => number) => {
    if (!NUMBER.test(value)) throw new Error(`Cannot stretch ${name}="${value}" on <${element}>.`);
    return String(f(Number(value)));
  };
  if (POSITIONS.has(name)) return number(map.position);
  if (name === "width") return number(map.length);
  if (name === "r" || name === "points")
    throw new Error(`Cannot stretch ${name}="${value}" on <${element}>.`);
  if (name === "d") return stretchPath(value, map);
  // A group's translation is an offset in pixels (Plot's dx, dy); a mark's is its position.
  if (name === "transform" && element !== "g") {
    const translate = /^translate\(([^,\s)]+)[,\s]\s*([^)]+)\)$/.exec(value);
    if (!translate?.[1] || !translate[2] || !NUMBER.test(translate[1]))
      throw new Error(`Cannot stretch transform="${value}" on <${element}>.`);
    return `translate(${map.position(Number(translate[1]))},${translate[2]})`;
  }
  return value;
}

/** A path's absolute x coordinates moved, its relative ones scaled; arcs cannot be. */
function stretchPath(d: string, map: StretchMap): string {
  return d.replace(
    /([MLHVCSQTZmlhvcsqtz])([^MLHVCSQTZmlhvcsqtz]*)/g,
    (_, command: string, args: string) => {
      if (/[Aa]/.test(args)) throw new Error(`Cannot stretch the path "${d}".`);
      const numbers =
        args.trim() === ""
          ? []
          : args
              .trim()
              .split(/[\s,]+/)
              .map(Number);
      const absolute = command === command.toUpperCase();
      const fit = absolute ? map.position : map.length;
      const lower = command.toLowerCase();
      const moved = numbers.map((n, i) => {
        if (lower === "v" || lower === "z") return n;
        if (lower === "h") return fit(n);
        return i % 2 === 0 ? fit(n) : n;
      });
      return command + moved.join(",");
    },
  );
}
