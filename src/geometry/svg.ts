/** Helpers shared by build-time charts and the browser code that redraws parts of them. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** Rounds coordinates so snapshots are stable and the HTML stays small. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
