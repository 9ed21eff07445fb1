const WANTED = ["pointerover", "pointerdown", "touchstart", "focusin", "wheel"] as const;

/**
 * Runs a chart's enhancement now on the site's own pages, but in an embed only once the
 * reader reaches for that chart, so a news page with embeds loads next to no script.
 */
export function enhanceWhenWanted(chart: string, enhance: () => Promise<unknown>): void {
  if (!document.documentElement.hasAttribute("data-embed")) {
    void enhance();
    return;
  }
  const figures = document.querySelectorAll(`figure[data-chart="${CSS.escape(chart)}"]`);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const figure of figures)
      for (const type of WANTED) figure.removeEventListener(type, start);
    void enhance();
  };
  for (const figure of figures)
    for (const type of WANTED) figure.addEventListener(type, start, { passive: true });
}
