import type { Figure } from "../figure.ts";
import { formatUtc } from "../../lib/format.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { keyFigures } from "../../lib/keyFigures.ts";
import { el, toXml, type Element } from "../../lib/serialize.ts";
import { wrapText } from "../../lib/wrap.ts";
import { SVG_NS } from "../../geometry/svg.ts";
import { labelText } from "./standalone.ts";

export interface SocialCardInput {
  /** The incident's headline. */
  title: string;
  /** A short line above it: provider and date. */
  kicker: string;
  /** The key figures the page shows, e.g. "Time to mitigate 2 h 05 min · Time to resolve …". */
  figures: string;
  /**
   * The incident's timeline figure as its page draws it, or only the drawing the card shows
   * of it (the figure's `preview`).
   */
  timeline: CardTimeline;
}

/** What a card needs of a timeline: its preview drawing where it has one, else its own. */
export type CardTimeline = Pick<Figure, "svg" | "size"> &
  Partial<Pick<Figure, "preview" | "labels">>;

export const CARD = { width: 1200, height: 630 } as const;

/**
 * The picture a shared link unfurls with: 1200 × 630, the headline, provider, date, the
 * page's key figures and the incident's own timeline in miniature.
 */
export function socialCardSvg(input: SocialCardInput): Element {
  // The smaller drawing made for previews where the figure has one, else its own.
  const drawing = input.timeline.preview ?? input.timeline;
  const { width, height } = drawing.size;
  const attributes = { ...drawing.svg.attributes, class: undefined };
  // Bold serif capitals run wide: about 0.6 em a character keeps lines inside the card.
  const title = wrapText(input.title, { width: 1080, fontSize: 50, em: 0.6, maxLines: 3 });
  return el(
    "svg",
    {
      xmlns: SVG_NS,
      width: CARD.width,
      height: CARD.height,
      viewBox: `0 0 ${CARD.width} ${CARD.height}`,
      fill: "#1b1b1b",
      "font-family": "DejaVu Sans, sans-serif",
    },
    el("rect", { width: "100%", height: "100%", fill: "#fbfaf7" }),
    el("rect", { x: 60, y: 50, width: 1080, height: 4, fill: "#1b1b1b" }),
    el(
      "text",
      { x: 60, y: 96, "font-size": 24, "font-weight": 700, fill: "#a3231b", "letter-spacing": 1 },
      input.kicker.toUpperCase(),
    ),
    title.map((line, i) =>
      el(
        "text",
        {
          x: 60,
          y: 166 + i * 60,
          "font-size": 50,
          "font-weight": 700,
          "font-family": "DejaVu Serif, serif",
        },
        line,
      ),
    ),
    el(
      "svg",
      {
        ...attributes,
        x: 60,
        y: 330,
        width: 1080,
        height: 260,
        viewBox: `0 0 ${width} ${height}`,
        preserveAspectRatio: "xMidYMid meet",
      },
      drawing.svg.children,
      (drawing.labels ?? []).map(labelText),
    ),
    el("text", { x: 60, y: 610, "font-size": 22, "font-weight": 700 }, input.figures),
    el(
      "text",
      { x: 1140, y: 610, "font-size": 20, fill: "#5a5a5a", "text-anchor": "end" },
      "Outage Atlas",
    ),
  );
}

/**
 * The social card of an incident as an SVG document: headline, provider, date, the key
 * figures its page shows (those its sources publish) and its timeline figure.
 */
export function socialCardOf(view: IncidentView, timeline: CardTimeline): string {
  const kicker = [view.provider.name, formatUtc(view.anchor, "day")].join(" · ");
  const figures = keyFigures(view.metrics)
    .filter((figure) => figure.minutes !== null && figure.key !== "timeToDetect")
    .map((figure) => `${figure.label} ${figure.text}`)
    .join(" · ");
  return toXml(socialCardSvg({ title: view.meta.title, kicker, figures, timeline }));
}
