import { incidentSlugs, incidentView } from "../../lib/incidentView.ts";
import { SITE_WIDE } from "../../lib/urls.ts";
import { chartsFor, INCIDENT_CHARTS } from "./registry.ts";
import { SITE_CHARTS } from "./siteRegistry.ts";

/** One chart that can be embedded: where it lives and how to draw it. */
export interface Embeddable {
  /** The incident's slug, or `all` for a site-wide chart. */
  slug: string;
  /** Its `data-chart` name. */
  chart: string;
  /** The story the chart belongs to: the incident's headline, or the site's name. */
  story: string;
  /** The component that draws the chart, the same one the incident page uses. */
  component: (props: never) => unknown;
  /** The props it is drawn with. */
  props: Record<string, unknown>;
}

/**
 * Every embeddable chart: each chart of each published incident page, straight from the
 * registry, then every site-wide chart. A chart added to either registry is embeddable,
 * downloadable and described by oEmbed without further work.
 */
export function embeddables(): Embeddable[] {
  const slugs = incidentSlugs({ includeDrafts: import.meta.env.DEV });
  const views = slugs.map((slug) => incidentView(slug));
  const incidentCharts = views.flatMap((view) =>
    chartsFor(view).map((chart) => ({
      slug: view.slug,
      chart,
      story: view.meta.title,
      component: INCIDENT_CHARTS[chart].component,
      props: { view },
    })),
  );
  const siteCharts = Object.entries(SITE_CHARTS).map(([chart, entry]) => ({
    slug: SITE_WIDE,
    chart,
    story: "Outage Atlas",
    component: entry.component,
    props: { views },
  }));
  return [...incidentCharts, ...siteCharts];
}

/** `getStaticPaths` entries for routes with `[slug]` and `[chart]` parameters. */
export function embeddablePaths() {
  return embeddables().map((entry) => ({
    params: { slug: entry.slug, chart: entry.chart },
    props: { entry },
  }));
}
