/**
 * Stands in, in the browser, for the two d3 modules that d3-zoom and d3-brush use only to
 * animate programmatic moves: d3-transition and d3-interpolate (see
 * src/integrations/animationStandIn.ts). The timeline animates its own moves and never hands
 * d3 a transition, so these paths are never taken — and readers are spared about 10 KB gzip
 * of d3-transition, d3-interpolate, d3-color, d3-ease and d3-timer.
 */
import { selection } from "d3-selection";

const unused = (name: string) => () => {
  throw new Error(`${name} needs d3-transition, which browser bundles leave out.`);
};

/** d3-transition: stops a running transition. There never is one. */
export function interrupt(): void {}

/** d3-interpolate: only ever called from inside a transition. */
export const interpolate = unused("interpolate");
export const interpolateZoom = unused("interpolateZoom");

// d3-zoom calls `selection.interrupt()` before it applies a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
