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

/** The drawing with its coordinates rounded to a tenth; its root attributes are the caller's. */
export function roundCoordinates(svg: Element): Element {
  return fittable(svg)();
}

/**
 * The drawing, to be had at other widths: with no stretch, its coordinates rounded to a tenth;
 * with one, first stretched horizontally. A chart Plot drew once at one width, fitted to
 * another, is the drawing Plot makes at that width (its marks are placed by a linear time
 * scale over the width, its labels at the left margin), to within the tenth coordinates are
 * rounded to. The drawing is read once: each width only computes the numbers that move, and
 * parts that hold none are shared. Root attributes are the caller's; a mark that cannot be
 * stretched (a circle, an arc) is an error when a stretch is asked for.
 */
export function fittable(svg: Element): (stretch?: Stretch) => Element {
  const children = svg.children.map(compile);
  const rounded: Element = {
    name: svg.name,
    attributes: svg.attributes,
    children: children.map((c) => c.rounded),
  };
  return (stretch) => {
    if (!stretch) return rounded;
    const map = stretchMap(stretch);
    return { name: svg.name, attributes: svg.attributes, children: children.map((c) => c.at(map)) };
  };
}

interface StretchMap {
  position: (x: number) => number;
  length: (dx: number) => number;
}

function stretchMap({ from, to }: Stretch): StretchMap {
  const k = (to[1] - to[0]) / (from[1] - from[0]);
  return { position: (x) => to[0] + (x - from[0]) * k, length: (dx) => dx * k };
}

/** A node read once: as rounded, and how to write it for a stretch. */
interface Compiled {
  rounded: MarkupNode;
  moves: boolean;
  at(map: StretchMap): MarkupNode;
}

type Fit = (map: StretchMap) => string;

function compile(node: MarkupNode): Compiled {
  if (typeof node === "string" || "prewritten" in node)
    return { rounded: node, moves: false, at: () => node };
  const attributes: Record<string, string> = {};
  const parts: Array<[string, string | Fit]> = [];
  let moves = false;
  for (const name in node.attributes) {
    const raw = node.attributes[name];
    if (raw === null || raw === undefined || raw === false) continue;
    const value = String(raw);
    const coordinate = COORDINATES.has(name);
    attributes[name] = coordinate ? roundNumbers(value) : value;
    const fit = coordinate ? stretcher(node.name, name, value) : null;
    if (fit) moves = true;
    parts.push([name, fit ?? attributes[name]]);
  }
  const children = node.children.map(compile);
  moves ||= children.some((c) => c.moves);
  const rounded: Element = {
    name: node.name,
    attributes,
    children: children.map((c) => c.rounded),
  };
  return {
    rounded,
    moves,
    at(map) {
      if (!moves) return rounded;
      const fitted: Record<string, string> = {};
      for (const [name, part] of parts) fitted[name] = typeof part === "string" ? part : part(map);
      return { name: node.name, attributes: fitted, children: children.map((c) => c.at(map)) };
    },
  };
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const POSITIONS = new Set(["x", "x1", "x2", "cx"]);
const cannot = (what: string, element: string) => () => {
  throw new Error(`Cannot stretch ${what} on <${element}>.`);
};

/** How a coordinate attribute moves with a stretch; null when it does not. */
function stretcher(element: string, name: string, value: string): Fit | null {
  const number = (f: (map: StretchMap) => (n: number) => number): Fit => {
    if (!NUMBER.test(value)) return cannot(`${name}="${value}"`, element);
    const n = Number(value);
    return (map) => roundNumbers(String(f(map)(n)));
  };
  if (POSITIONS.has(name)) return number((map) => map.position);
  if (name === "width") return number((map) => map.length);
  if (name === "r" || name === "points") return cannot(`${name}="${value}"`, element);
  if (name === "d") return pathStretcher(value, element);
  // A group's translation is an offset in pixels (Plot's dx, dy); a mark's is its position.
  if (name === "transform" && element !== "g") {
    const translate = /^translate\(([^,\s)]+)[,\s]\s*([^)]+)\)$/.exec(value);
    if (!translate?.[1] || !translate[2] || !NUMBER.test(translate[1]))
      return cannot(`transform="${value}"`, element);
    const [x, rest] = [Number(translate[1]), translate[2]];
    return (map) => roundNumbers(`translate(${map.position(x)},${rest})`);
  }
  return null;
}

/** A path's absolute x coordinates move, its relative ones scale; an arc cannot be stretched. */
function pathStretcher(d: string, element: string): Fit {
  const segments: Array<{ command: string; numbers: number[] }> = [];
  for (const [, command = "", args = ""] of d.matchAll(
    /([MLHVCSQTZmlhvcsqtz])([^MLHVCSQTZmlhvcsqtz]*)/g,
  )) {
    if (/[Aa]/.test(args)) return cannot(`the path "${d}"`, element);
    const text = args.trim();
    segments.push({ command, numbers: text === "" ? [] : text.split(/[\s,]+/).map(Number) });
  }
  return (map) =>
    roundNumbers(
      segments
        .map(({ command, numbers }) => {
          const lower = command.toLowerCase();
          const fit = command === lower ? map.length : map.position;
          const moved = numbers.map((n, i) =>
            lower === "v" || lower === "z" ? n : lower === "h" || i % 2 === 0 ? fit(n) : n,
          );
          return command + moved.join(",");
        })
        .join(""),
    );
}
