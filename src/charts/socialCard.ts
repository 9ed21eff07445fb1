import { editRoot, firstSvg } from "./markup.ts";

export interface SocialCardInput {
  /** The incident's headline. */
  title: string;
  /** A short line above it: provider and date. */
  kicker: string;
  /** The key figures the page shows, e.g. "Time to mitigate 2 h 05 min · Time to resolve …". */
  figures: string;
  /** The incident's timeline, as drawn on its page. */
  timeline: string;
}

export const CARD = { width: 1200, height: 630 } as const;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Breaks text into lines of about `width` pixels at a font size, by an average glyph width. */
function wrap(text: string, width: number, fontSize: number, maxLines: number): string[] {
  // Bold serif capitals run wide: about 0.6 em a character keeps lines inside the card.
  const perLine = Math.floor(width / (fontSize * 0.6));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]?.replace(/\s+\S*$/, "")}…`;
  }
  return lines;
}

/**
 * The picture a shared link unfurls with: 1200 × 630, the headline, provider, date, the
 * page's key figures and the incident's own timeline in miniature.
 */
export function socialCardSvg(input: SocialCardInput): string {
  const timeline = editRoot(input.timeline, firstSvg(input.timeline), {
    remove: ["role", "aria-label", "class"],
    set: { x: "60", y: "330", width: "1080", height: "260", preserveAspectRatio: "xMidYMid meet" },
  }).replace(
    /="([^"]*)"/g,
    (_, value: string) => `="${value.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`,
  );
  const title = wrap(input.title, 1080, 50, 3)
    .map(
      (line, i) =>
        `<text x="60" y="${166 + i * 60}" font-size="50" font-weight="700" font-family="DejaVu Serif, serif">${escapeXml(line)}</text>`,
    )
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" fill="#1b1b1b" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="#fbfaf7"/>`,
    `<rect x="60" y="50" width="1080" height="4" fill="#1b1b1b"/>`,
    `<text x="60" y="96" font-size="24" font-weight="700" fill="#a3231b" letter-spacing="1">${escapeXml(input.kicker.toUpperCase())}</text>`,
    title,
    timeline,
    `<text x="60" y="610" font-size="22" font-weight="700">${escapeXml(input.figures)}</text>`,
    `<text x="1140" y="610" font-size="20" fill="#5a5a5a" text-anchor="end">Outage Atlas</text>`,
    `</svg>`,
  ].join("");
}
