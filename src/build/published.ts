/**
 * One chart as it is published outside its page: the embed snippet and its height, the
 * standalone SVG, the URLs of its files. Made from the chart's figure, once per build.
 */
import { sourceText, type Figure } from "../charts/figure.ts";
import { standaloneDocument, standaloneSvg, type Standalone } from "../charts/render/standalone.ts";
import { chartSnippetInput, embedSnippet, type SnippetInput } from "../lib/embedSnippet.ts";
import { absoluteUrl, chartPaths, SITE_WIDE } from "../lib/urls.ts";
import { siteCorpus } from "./site.ts";

export interface PublishedChart {
  figure: Figure;
  /** The story's headline, or the site's name for site-wide charts. */
  story: string;
  snippet: SnippetInput;
  /** The snippet's markup, iframe and script. */
  html: string;
  urls: {
    embed: string;
    oembed: string;
    svg: string;
    story: string;
    home: string;
    script: string;
    /** The incident's social card, the chart's preview image; none for site-wide charts. */
    card: string | null;
  };
  /** The standalone image, drawn when asked for (once a build, by its download route). */
  standalone: () => Standalone;
}

const BASE = import.meta.env.BASE_URL;
const cache = new WeakMap<Figure, PublishedChart>();

/** The words of a figure's legend and notes, which take room in an embed. */
export function legendText(figure: Figure): string {
  return [
    ...figure.legend.flatMap((group) => [group.intro ?? "", ...group.items.map((i) => i.label)]),
    ...figure.notes,
  ]
    .filter(Boolean)
    .join(" ");
}

/** How one chart is published, made once per figure however many routes ask for it. */
export function publishedChart(figure: Figure, site: URL | string | undefined): PublishedChart {
  const known = cache.get(figure);
  if (known) return known;
  const slug = figure.incident === SITE_WIDE ? SITE_WIDE : figure.incident;
  const story =
    slug === SITE_WIDE ? "Outage Atlas" : (siteCorpus().frontmatter.get(slug)?.title ?? slug);
  const url = (path: string) => absoluteUrl(site, BASE, path);
  const urls = {
    embed: url(chartPaths.embed(slug, figure.chart)),
    oembed: url(chartPaths.oembed(slug, figure.chart)),
    svg: url(chartPaths.image(slug, figure.chart, "svg")),
    story: url(chartPaths.story(slug)),
    home: url(""),
    script: url(chartPaths.script()),
    card: slug === SITE_WIDE ? null : url(`og/${slug}.png`),
  };
  const snippet = chartSnippetInput({
    embed: urls.embed,
    script: urls.script,
    story,
    content: {
      title: figure.title,
      summary: figure.summary,
      source: sourceText(figure),
      legend: legendText(figure),
      size: figure.size,
    },
  });
  const published: PublishedChart = {
    figure,
    story,
    snippet,
    html: embedSnippet(snippet),
    urls,
    standalone: () => standaloneSvg(figure, `Outage Atlas · ${urls.story}`),
  };
  cache.set(figure, published);
  return published;
}

/** The standalone SVG file of a published chart. */
export function standaloneFile(published: PublishedChart): string {
  return standaloneDocument(published.standalone());
}
