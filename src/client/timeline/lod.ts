import type { View } from "./scale.ts";

/** One lane's marks in time order, as parallel arrays. */
export interface LaneTimes {
  /** Stated times, ascending. */
  time: ArrayLike<number>;
  /** Earliest and latest moment of each mark's range (equal to `time` for a point). */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  /** The most any range reaches before and after its stated time. */
  reachBefore: number;
  reachAfter: number;
}

/** A mark drawn on its own: `inside` the window, or standing alone in a side gutter. */
export interface ShownMark {
  index: number;
  x: number;
  inside: boolean;
}

/** Marks too close to tell apart, drawn as one glyph with their count. */
export interface Cluster {
  x: number;
  first: number;
  last: number;
  count: number;
}

export interface LanePlan {
  shown: ShownMark[];
  clusters: Cluster[];
  /** Whether any mark lies before or after the window. */
  before: boolean;
  after: boolean;
}

/** First index whose time is at least `value`. */
function lowerBound(times: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Minimum marks in a run before they are drawn as a cluster: two overlapping marks stay. */
const CLUSTER_MIN = 3;

/**
 * Decides what to draw for one lane at one view: level of detail for any number of marks.
 * Marks outside the window are culled; each side gutter shows the one mark there or a count;
 * inside, runs of three or more marks closer than `minGap` pixels become one cluster. The
 * `pinned` marks (focused, linked or highlighted) are always drawn on their own. The cost is
 * a binary search plus the marks in the window, however many lie outside it.
 */
export function planLane(
  lane: LaneTimes,
  view: View,
  gutters: [number, number],
  minGap: number,
  pinned: readonly number[],
): LanePlan {
  const { t0, t1, r0, r1, x } = view;
  const n = lane.time.length;
  const lo = lowerBound(lane.time, t0 - lane.reachAfter);
  const hi = lowerBound(lane.time, t1 + lane.reachBefore + 1);
  const isPinned = new Set(pinned);
  const shown: ShownMark[] = [];
  const clusters: Cluster[] = [];
  const outside: [number[], number[]] = [[], []];
  const side = (i: number): 0 | 1 | -1 =>
    (lane.end[i] as number) < t0 ? 0 : (lane.start[i] as number) > t1 ? 1 : -1;

  let run: number[] = [];
  let runX: number[] = [];
  const flush = () => {
    if (run.length >= CLUSTER_MIN) {
      const mean = runX.reduce((a, b) => a + b, 0) / runX.length;
      clusters.push({
        x: mean,
        first: run[0] as number,
        last: run.at(-1) as number,
        count: run.length,
      });
    } else {
      run.forEach((index, i) => shown.push({ index, x: runX[i] as number, inside: true }));
    }
    run = [];
    runX = [];
  };
  for (let i = lo; i < hi; i++) {
    const where = side(i);
    if (where !== -1) {
      if (!isPinned.has(i)) outside[where].push(i);
      continue;
    }
    const at = Math.min(r1, Math.max(r0, x(lane.time[i] as number)));
    if (isPinned.has(i)) {
      shown.push({ index: i, x: at, inside: true });
      continue;
    }
    if (run.length > 0 && at - (runX[0] as number) >= minGap) flush();
    run.push(i);
    runX.push(at);
  }
  flush();

  const gutter = (which: 0 | 1, from: number, to: number): boolean => {
    const gx = gutters[which];
    const listed = outside[which];
    const pinnedHere = pinned.filter((i) => side(i) === which);
    for (const index of pinnedHere) shown.push({ index, x: gx, inside: false });
    const pinnedInRange = pinnedHere.filter((i) => i >= from && i < to).length;
    const count = to - from - pinnedInRange + listed.length;
    if (count === 1) {
      const index = listed[0] ?? range(from, to).find((i) => !isPinned.has(i)) ?? from;
      shown.push({ index, x: gx, inside: false });
    } else if (count > 1) {
      const first = Math.min(to > from ? from : Infinity, listed[0] ?? Infinity);
      const last = Math.max(to > from ? to - 1 : -Infinity, listed.at(-1) ?? -Infinity);
      clusters.push({ x: gx, first, last, count });
    }
    return count + pinnedHere.length > 0;
  };
  const before = gutter(0, 0, lo);
  const after = gutter(1, hi, n);
  return { shown, clusters, before, after };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
