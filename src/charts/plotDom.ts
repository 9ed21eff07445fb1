import type { PlotOptions } from "@observablehq/plot";
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

/**
 * Plot labels its mark groups with `aria-label` but gives them no role, which axe flags;
 * a `group` role makes the label valid. Also makes Plot's markup valid HTML and safe under a
 * strict Content-Security-Policy.
 */
export function accessibleGroups(svg: Element): void {
  svg.setAttribute("role", "img");
  for (const g of svg.querySelectorAll("g[aria-label]")) g.setAttribute("role", "group");
  // `font-variant` is not a valid SVG attribute; the stylesheet sets tabular numbers instead.
  for (const g of svg.querySelectorAll("[font-variant]")) g.removeAttribute("font-variant");
  // A strict Content-Security-Policy refuses inline style attributes: Plot's font size becomes
  // a presentation attribute, which the stylesheet can still override.
  const fontSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute("style") ?? "")?.[1];
  if (fontSize) svg.setAttribute("font-size", fontSize);
  for (const element of [svg, ...svg.querySelectorAll("[style]")]) element.removeAttribute("style");
  // Plot's own <style> element only sets defaults the site's stylesheet already provides.
  for (const style of svg.querySelectorAll("style")) style.remove();
}

/**
 * The element's markup, with Plot's generated class names made stable and coordinates
 * rounded to a tenth inside attributes, so snapshots stay readable and the HTML small.
 */
export function serialize(svg: Element): string {
  return (svg as unknown as { outerHTML: string }).outerHTML
    .replace(/plot-[0-9a-f]{6}/g, "plot")
    .replace(
      / (x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|transform|points)="([^"]*)"/g,
      (_, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`,
    );
}

function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
