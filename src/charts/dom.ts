import { parseHTML } from "linkedom";

let shared: Document | undefined;

/**
 * The server-side document Plot draws in. One serves every chart: Plot creates its elements
 * there, and the figure takes them as data (`fromPlot`) without ever inserting them, so
 * charts never meet. Parsing a document per chart cost more than drawing most charts.
 */
export function createDocument(): Document {
  shared ??= parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
  return shared;
}
