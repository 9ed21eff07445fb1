import { parseHTML } from "linkedom";

/** A server-side DOM in which charts are drawn; linkedom is fast enough to build every page. */
export function createDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

export { round, SVG_NS } from "../geometry/svg.ts";
