import type { IncidentView } from "../../lib/incidentView.ts";
import type { Figure } from "../figure.ts";
import { blastRadiusFigure } from "./blastRadiusFigure.ts";
import { concurrencyFigure } from "./concurrencyFigure.ts";
import type { FigureContext } from "./context.ts";
import { impactFigure } from "./impactFigure.ts";
import { timelineFigure } from "./timelineFigure.ts";

/** One kind of incident chart: when an incident has it, and how its figure is built. */
interface IncidentChart {
  applies: (view: IncidentView) => boolean;
  figure: (view: IncidentView, context: FigureContext) => Figure;
}

/**
 * Every chart an incident page can show, by its `data-chart` name, in page order. The page,
 * the embed route and the downloads all take a chart from this one table, so a chart added
 * here is embeddable and downloadable everywhere at once.
 */
export const INCIDENT_CHARTS = {
  timeline: { applies: () => true, figure: timelineFigure },
  impact: { applies: (view) => view.data.impact.length > 0, figure: impactFigure },
  concurrency: { applies: (view) => view.data.impact.length > 0, figure: concurrencyFigure },
  "blast-radius": {
    applies: (view) => view.blast.nodes.some((node) => node.depth > 0),
    figure: blastRadiusFigure,
  },
} satisfies Record<string, IncidentChart>;

export type IncidentChartName = keyof typeof INCIDENT_CHARTS;

/** The charts shown for one incident, in page order. */
export function chartsFor(view: IncidentView): IncidentChartName[] {
  return (Object.keys(INCIDENT_CHARTS) as IncidentChartName[]).filter((name) =>
    INCIDENT_CHARTS[name].applies(view),
  );
}

/** Site-wide charts, by `data-chart` name: each has an embed under `all/`, like incident charts. */
export const SITE_CHARTS = ["overview", "compare", "response-times"] as const;
export type SiteChartName = (typeof SITE_CHARTS)[number];
