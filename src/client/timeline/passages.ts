/**
 * The narrative's `<Moment event="…">` passages (rendered as `.moment[data-moment]`): which
 * events each is about, and which one the reader is reading.
 */

/** The event ids a passage is about. */
export function passageIds(passage: Element): string[] {
  return (passage.getAttribute("data-moment") ?? "").split(/\s+/).filter(Boolean);
}

/** The first passage of the narrative about an event, if any. */
export function passageFor(id: string): HTMLElement | null {
  for (const passage of document.querySelectorAll<HTMLElement>(".moment[data-moment]"))
    if (passageIds(passage).includes(id)) return passage;
  return null;
}

/** The event id a location hash links to: `#event-<id>`. */
export function eventIdFromHash(hash: string): string | null {
  const match = /^#event-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(hash);
  return match ? (match[1] as string) : null;
}

/**
 * Calls `onRead` with the passage at the reading line (a band a little above the middle of
 * the viewport) whenever it changes. Where sentences share a line, the one begun last is
 * the one being read. Between passages the last one stays current, so the highlight does
 * not flicker off between sentences.
 */
export function watchReading(onRead: (passages: HTMLElement[]) => void): void {
  const passages = [...document.querySelectorAll<HTMLElement>(".moment[data-moment]")];
  if (passages.length === 0 || !("IntersectionObserver" in window)) return;
  const crossing = new Set<HTMLElement>();
  let current: HTMLElement | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        if (entry.isIntersecting) crossing.add(el);
        else crossing.delete(el);
      }
      let reading: HTMLElement | undefined;
      let top = -Infinity;
      for (const passage of crossing) {
        const at = passage.getBoundingClientRect().top;
        if (at > top) [reading, top] = [passage, at];
      }
      if (reading && reading !== current) onRead([(current = reading)]);
    },
    { rootMargin: "-38% 0px -55% 0px" },
  );
  for (const passage of passages) observer.observe(passage);
}
