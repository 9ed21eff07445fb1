import type { IncidentView } from "../../lib/incidentView.ts";
import SiteCompare from "./site/SiteCompare.astro";
import SiteOverview from "./site/SiteOverview.astro";
import SiteResponseTimes from "./site/SiteResponseTimes.astro";

/** A chart about every incident at once, e.g. an overview timeline or a comparison. */
export interface SiteChart {
  /** The component that draws it inside a ChartFigure; it is given every published incident. */
  component: (props: { views: IncidentView[] }) => unknown;
  /** Its short name, as in the figure's title. */
  title: string;
}

/**
 * Site-wide charts by their `data-chart` name. Each one gets an embed at
 * `/embed/all/<chart>/`, an oEmbed description and downloads, like incident charts.
 */
export const SITE_CHARTS: Readonly<Record<string, SiteChart>> = {
  overview: { component: SiteOverview, title: "Every incident in the atlas" },
  compare: { component: SiteCompare, title: "Incidents aligned at impact start" },
  "response-times": { component: SiteResponseTimes, title: "Time to detect, mitigate and resolve" },
};
