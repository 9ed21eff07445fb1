import type { IncidentView } from "../../lib/incidentView.ts";

/** A chart about every incident at once, e.g. an overview timeline or a comparison. */
export interface SiteChart {
  /** The component that draws it inside a ChartFigure; it is given every published incident. */
  component: (props: { views: IncidentView[] }) => unknown;
  /** Its short name, as in the figure's title. */
  title: string;
}

/**
 * Site-wide charts by their `data-chart` name (`overview`, `compare`…). Each one gets an
 * embed at `/embed/all/<chart>/`, an oEmbed description and downloads, like incident charts.
 * Empty until such a chart exists; the routes build either way.
 */
export const SITE_CHARTS: Readonly<Record<string, SiteChart>> = {};
