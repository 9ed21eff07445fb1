import { parseHTML } from "linkedom";

/** A server-side DOM in which charts are drawn; linkedom is fast enough to build every page. */
export function createDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Rounds coordinates so snapshots are stable and the HTML stays small. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
