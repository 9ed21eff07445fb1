import type { IncidentView } from "../../lib/incidentView.ts";
import BlastRadiusChart from "./BlastRadiusChart.astro";
import ConcurrencyChart from "./ConcurrencyChart.astro";
import ImpactChart from "./ImpactChart.astro";
import Timeline from "./Timeline.astro";

/**
 * Every chart an incident page can show, by its `data-chart` name. The page, the embed
 * route and the downloads all render a chart through this one table, so a chart added here
 * is embeddable everywhere at once.
 */
export const INCIDENT_CHARTS = {
  timeline: { component: Timeline, title: "Timeline", applies: () => true },
  impact: {
    component: ImpactChart,
    title: "Service impact",
    applies: (view: IncidentView) => view.data.impact.length > 0,
  },
  concurrency: {
    component: ConcurrencyChart,
    title: "Services down at once",
    applies: (view: IncidentView) => view.data.impact.length > 0,
  },
  "blast-radius": {
    component: BlastRadiusChart,
    title: "Blast radius",
    applies: (view: IncidentView) => view.blast.nodes.some((node) => node.depth > 0),
  },
} as const;

export type IncidentChartName = keyof typeof INCIDENT_CHARTS;

/** The charts shown for one incident, in page order. */
export function chartsFor(view: IncidentView): IncidentChartName[] {
  return (Object.keys(INCIDENT_CHARTS) as IncidentChartName[]).filter((name) =>
    INCIDENT_CHARTS[name].applies(view),
  );
}
