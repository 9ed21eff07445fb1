import type { IncidentChartName, SiteChartName } from "../../charts/figures/registry.ts";
import BlastRadiusChart from "./BlastRadiusChart.astro";
import CompareChart from "./CompareChart.astro";
import ConcurrencyChart from "./ConcurrencyChart.astro";
import ImpactChart from "./ImpactChart.astro";
import OverviewChart from "./OverviewChart.astro";
import ResponseTimesChart from "./ResponseTimesChart.astro";
import Timeline from "./Timeline.astro";

/** The component that shows each incident chart; it is given the incident's view. */
export const INCIDENT_CHART_COMPONENTS: Record<IncidentChartName, typeof Timeline> = {
  timeline: Timeline,
  impact: ImpactChart,
  concurrency: ConcurrencyChart,
  "blast-radius": BlastRadiusChart,
};

/** The component that shows each site-wide chart; it needs no props. */
export const SITE_CHART_COMPONENTS: Record<SiteChartName, typeof OverviewChart> = {
  overview: OverviewChart,
  compare: CompareChart,
  "response-times": ResponseTimesChart,
};
