/** What says the reader reaches for a chart: pressing, scrolling or touching the drawing. */
const ON_DRAWING = ["pointerdown", "wheel", "touchstart"] as const;

/**
 * Runs a chart's enhancement now on the site's own pages, but in an embed only once the
 * reader reaches for that chart (or tabs into it), so a news page with embeds loads next to
 * no script. Hovering is not reaching: controls appearing under a passing pointer would
 * move what it was heading for.
 */
export function enhanceWhenWanted(chart: string, enhance: () => Promise<unknown>): void {
  if (!document.documentElement.hasAttribute("data-embed")) {
    void enhance();
    return;
  }
  const figures = [...document.querySelectorAll(`figure[data-chart="${CSS.escape(chart)}"]`)];
  const drawings = figures.flatMap((figure) => [...figure.querySelectorAll(".chart__body")]);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const drawing of drawings)
      for (const type of ON_DRAWING) drawing.removeEventListener(type, start);
    for (const figure of figures) figure.removeEventListener("focusin", start);
    void enhance();
  };
  for (const drawing of drawings)
    for (const type of ON_DRAWING) drawing.addEventListener(type, start, { passive: true });
  for (const figure of figures) figure.addEventListener("focusin", start);
}
