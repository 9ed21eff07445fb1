import type { Element as Markup } from "../lib/serialize.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * An SVG element built as data (the same builder the build draws with) made into a live
 * element, so the browser redraws parts of a chart exactly as the build drew them.
 */
export function toSvgElement(node: Markup): SVGElement {
  const element = document.createElementNS(SVG_NS, node.name) as SVGElement;
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of node.children) {
    // The browser draws from elements built in it, never from markup written at build time.
    if (typeof child !== "string" && "prewritten" in child)
      throw new Error("toSvgElement: prewritten markup cannot be drawn here.");
    element.append(typeof child === "string" ? child : toSvgElement(child));
  }
  return element;
}
