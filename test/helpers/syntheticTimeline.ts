/**
 * A SYNTHETIC incident of any number of events, for benchmarks and scale tests only: seeded,
 * invented, and labelled as such in every title. It describes no real event.
 */
import { PHASES, type EventRow, type ImpactRow, type UpdateRow } from "../../src/lib/schemas.ts";
import { DAY, HOUR, MINUTE } from "../../src/lib/time.ts";

const START = Date.UTC(2030, 0, 1);
const SOURCE = "https://example.com/synthetic-benchmark";

/** A seeded generator (mulberry32), so every run draws the same synthetic incident. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` synthetic events over 30 days, half of them packed into a two-day synthetic
 * impact; mostly known to the minute, some to the hour or day, a few lasting; plus
 * `posts` synthetic status posts and two synthetic impact spans.
 */
export function syntheticIncident(count: number, posts = 200) {
  const next = random(20300101);
  const events: EventRow[] = Array.from({ length: count }, (_, i) => {
    const dense = next() < 0.5;
    const at = dense ? START + 10 * DAY + next() * 2 * DAY : START + next() * 30 * DAY;
    const time = Math.round(at / MINUTE) * MINUTE;
    const roll = next();
    const precision = roll < 0.85 ? "minute" : roll < 0.95 ? "hour" : "day";
    const lasting = precision === "minute" && next() < 0.05;
    return {
      id: `synthetic-${i}`,
      time,
      ...(lasting ? { end: time + Math.round(next() * 3 * HOUR) } : {}),
      precision,
      phase: PHASES[Math.floor(next() * PHASES.length)] ?? "impact",
      title: `Synthetic benchmark event ${i}`,
      source: SOURCE,
      line: i + 2,
    };
  });
  const updates: UpdateRow[] = Array.from({ length: posts }, (_, i) => ({
    time: START + 10 * DAY + i * 15 * MINUTE,
    channel: "status-page",
    author: "Synthetic status page",
    text: `Synthetic status post ${i}`,
    url: SOURCE,
    line: i + 2,
  }));
  const span = (start: number, end: number, severity: ImpactRow["severity"], line: number) => ({
    service: "synthetic",
    region: "global",
    start,
    end,
    severity,
    source: SOURCE,
    line,
  });
  const spans: ImpactRow[] = [
    span(START + 10 * DAY, START + 11 * DAY, "outage", 2),
    span(START + 11 * DAY, START + 12 * DAY, "degraded", 3),
  ];
  const impact: [number, number] = [START + 10 * DAY, START + 12 * DAY];
  return { events, updates, spans, impact };
}

/**
 * A built incident page with its timeline's SVG swapped for another: the whole drawing, up to
 * the end tag that closes it (its marks hold SVGs of their own).
 */
export function withTimeline(pageHtml: string, svg: string): string {
  const frame = /<div class="tl-frame"[^>]*>/.exec(pageHtml);
  const start = frame ? frame.index + frame[0].length : -1;
  if (!frame || !pageHtml.startsWith("<svg", start))
    throw new Error("The page has no timeline to replace.");
  const tags = /<svg[\s>]|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(pageHtml); tag; tag = tags.exec(pageHtml)) {
    depth += tag[0] === "</svg>" ? -1 : 1;
    if (depth === 0) return pageHtml.slice(0, start) + svg + pageHtml.slice(tags.lastIndex);
  }
  throw new Error("The page's timeline never ends.");
}
