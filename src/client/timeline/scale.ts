/**
 * The timeline's time scale, kept as plain numbers: a base mapping of the opening window
 * onto the plot's pixels, and a zoom transform `{ k, x }` (scale, then shift) on top.
 */
export interface Transform {
  k: number;
  x: number;
}

/** What the reader sees: the window of time and where any moment of it is drawn. */
export interface View {
  t0: number;
  t1: number;
  r0: number;
  r1: number;
  x: (time: number) => number;
}

/** Pixels of the base scale (no zoom) for a time. */
export function baseX(domain: [number, number], range: [number, number], time: number): number {
  return range[0] + ((time - domain[0]) * (range[1] - range[0])) / (domain[1] - domain[0]);
}

/** The view under a zoom transform. */
export function viewOf(
  domain: [number, number],
  range: [number, number],
  transform: Transform,
): View {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const perPixel = (d1 - d0) / (r1 - r0);
  const timeAt = (px: number) => d0 + ((px - transform.x) / transform.k - r0) * perPixel;
  const k = transform.k / perPixel;
  const shift = transform.k * (r0 - d0 / perPixel) + transform.x;
  return { t0: timeAt(r0), t1: timeAt(r1), r0, r1, x: (time) => time * k + shift };
}

/** The zoom transform that shows exactly the window `[a, b]`. */
export function transformFor(
  window: [number, number],
  domain: [number, number],
  range: [number, number],
): Transform {
  const left = baseX(domain, range, window[0]);
  const right = baseX(domain, range, window[1]);
  const k = (range[1] - range[0]) / Math.max(right - left, 1e-9);
  return { k, x: range[0] - k * left };
}
