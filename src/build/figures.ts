/**
 * Every figure of the site, built once per build from the corpus and shared by every route
 * that shows it: the incident page, the embed page, the downloads, oEmbed and the social card.
 */
import type { Figure } from "../charts/figure.ts";
import { compareFigure } from "../charts/figures/compareFigure.ts";
import type { FigureContext } from "../charts/figures/context.ts";
import { overviewFigure } from "../charts/figures/overviewFigure.ts";
import {
  chartsFor,
  INCIDENT_CHARTS,
  SITE_CHARTS,
  type IncidentChartName,
  type SiteChartName,
} from "../charts/figures/registry.ts";
import { responseTimesFigure } from "../charts/figures/responseTimesFigure.ts";
import { corpusSummaries, defaultComparison } from "../lib/corpusViews.ts";
import type { IncidentView } from "../lib/incidentView.ts";
import { prewrite } from "../lib/serialize.ts";
import { SITE_WIDE } from "../lib/urls.ts";
import { buildDay } from "./buildDate.ts";
import { incidentView, publishedViews, siteCorpus } from "./site.ts";

const context = (): FigureContext => ({ base: import.meta.env.BASE_URL, corpus: siteCorpus() });

/**
 * A figure as it is kept for the rest of the build: its drawings written out once, in the form
 * they are read in (the page's drawings as HTML, the downloads' and the card's as XML), so a
 * thousand incidents' charts are held as strings, not as millions of element objects that
 * every garbage collection walks (on 1,000 synthetic incidents: a live heap of about 630 MB
 * down to about 430 MB, and full collections from about 6 to 1.2 CPU-seconds).
 */
function kept(figure: Figure): Figure {
  return {
    ...figure,
    svg: prewrite(figure.svg, "xml"),
    ...(figure.fluid
      ? { fluid: { ...figure.fluid, svg: prewrite(figure.fluid.svg, "html") } }
      : {}),
    ...(figure.preview
      ? { preview: { ...figure.preview, svg: prewrite(figure.preview.svg, "xml") } }
      : {}),
    ...(figure.variants
      ? {
          variants: figure.variants.map((variant) => ({
            ...variant,
            svg: prewrite(variant.svg, "html"),
          })),
        }
      : {}),
  };
}

const byView = new WeakMap<IncidentView, Map<string, Figure>>();

/** One chart of an incident, built the first time any route asks for it. */
export function incidentFigure(view: IncidentView, chart: IncidentChartName): Figure {
  let figures = byView.get(view);
  if (!figures) {
    figures = new Map();
    byView.set(view, figures);
  }
  let figure = figures.get(chart);
  if (!figure) {
    figure = kept(INCIDENT_CHARTS[chart].figure(view, context()));
    figures.set(chart, figure);
  }
  return figure;
}

/** The site-wide charts and what the pages around them show, from the published incidents. */
export interface SiteFigures {
  /** Every published incident, newest first. */
  views: IncidentView[];
  summaries: ReturnType<typeof corpusSummaries>;
  figures: Record<SiteChartName, Figure>;
}

const siteByViews = new WeakMap<object, SiteFigures>();

/** The site-wide figures, built once per corpus. */
export function siteFigures(): SiteFigures {
  const corpus = siteCorpus();
  let site = siteByViews.get(corpus);
  if (!site) {
    const views = publishedViews();
    const summaries = corpusSummaries(views);
    const ctx = context();
    site = {
      views,
      summaries,
      figures: {
        overview: overviewFigure(views, summaries.overview, buildDay(), ctx),
        compare: compareFigure([...views].reverse(), defaultComparison(views), ctx),
        "response-times": responseTimesFigure(views, summaries.responseTimes, ctx),
      },
    };
    siteByViews.set(corpus, site);
  }
  return site;
}

/** A chart that can be embedded: where it is published and the story it belongs to. */
export interface Embeddable {
  /** The incident's slug, or `all` for a site-wide chart. */
  slug: string;
  chart: string;
  /** The story's headline, or the site's name. */
  story: string;
}

/** The figure published at `<slug>/<chart>`. */
export function figureAt(slug: string, chart: string): Figure {
  if (slug === SITE_WIDE) return siteFigures().figures[chart as SiteChartName];
  return incidentFigure(incidentView(slug), chart as IncidentChartName);
}

/** Every embeddable chart: each chart of each published incident, then the site-wide ones. */
export function embeddables(): Embeddable[] {
  const { views } = siteFigures();
  return [
    ...views.flatMap((view) =>
      chartsFor(view).map((chart) => ({ slug: view.slug, chart, story: view.meta.title })),
    ),
    ...SITE_CHARTS.map((chart) => ({ slug: SITE_WIDE, chart, story: "Outage Atlas" })),
  ];
}

/** `getStaticPaths` entries for routes with `[slug]` and `[chart]` parameters. */
export function embeddablePaths() {
  return embeddables().map((entry) => ({
    params: { slug: entry.slug, chart: entry.chart },
    props: { entry },
  }));
}
