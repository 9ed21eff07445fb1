/**
 * Where a key moves the focus among `count` marks in time order, from `current`; null for
 * keys that do not move it. Arrow keys step (left and up go back), Home and End jump to the
 * ends, Page Up and Page Down step by ten.
 */
export function keyTarget(key: string, current: number, count: number): number | null {
  const last = count - 1;
  const step = (by: number) => Math.max(0, Math.min(last, current + by));
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return step(1);
    case "ArrowLeft":
    case "ArrowUp":
      return step(-1);
    case "PageDown":
      return step(10);
    case "PageUp":
      return step(-10);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}

/** The zoom factor a key asks for, or null: + and = zoom in, - zooms out. */
export function keyZoom(key: string): number | null {
  if (key === "+" || key === "=") return 2;
  if (key === "-" || key === "_") return 0.5;
  return null;
}
