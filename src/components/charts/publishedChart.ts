import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import { standaloneSvg } from "../../charts/standalone.ts";
import { chartSnippetInput, embedSnippet, EMBED_WIDTH } from "../../lib/embedSnippet.ts";
import { figureParts, type FigureParts } from "../../lib/figureParts.ts";
import { absoluteUrl, chartPaths } from "../../lib/urls.ts";
import type { Embeddable } from "./embeddable.ts";

/** One chart as it is published outside its page: the snippet, the files, their URLs. */
export interface PublishedChart {
  parts: FigureParts;
  /** The iframe's and the oEmbed's title: the chart's, then the story's. */
  title: string;
  /** The snippet's fixed height at {@link EMBED_WIDTH} pixels. */
  height: number;
  snippet: string;
  /** The chart as a standalone SVG document. */
  svg: string;
  /** The standalone SVG's size; the PNG is twice as large. */
  svgSize: { width: number; height: number };
  urls: { embed: string; oembed: string; svg: string; png: string; story: string; home: string };
}

const BASE = import.meta.env.BASE_URL;
let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<PublishedChart>>();

async function publish(entry: Embeddable, site: URL | undefined): Promise<PublishedChart> {
  container ??= AstroContainer.create({ astroConfig: site ? { site: site.href } : {} });
  // The very component of the incident page, rendered alone: no second implementation.
  const html = await (
    await container
  ).renderToString(entry.component as unknown as AstroComponentFactory, { props: entry.props });
  const parts = figureParts(html);
  const url = (path: string) => absoluteUrl(site, BASE, path);
  const urls = {
    embed: url(chartPaths.embed(entry.slug, entry.chart)),
    oembed: url(chartPaths.oembed(entry.slug, entry.chart)),
    svg: url(chartPaths.image(entry.slug, entry.chart, "svg")),
    png: url(chartPaths.image(entry.slug, entry.chart, "png")),
    story: url(chartPaths.story(entry.slug)),
    home: url(""),
  };
  const snippet = chartSnippetInput({
    embed: urls.embed,
    script: url(chartPaths.script()),
    story: entry.story,
    content: parts,
  });
  const svg = standaloneSvg({
    title: parts.title,
    summary: parts.summary,
    source: parts.source,
    credit: `Outage Atlas · ${urls.story}`,
    chart: parts.svg,
    legend: parts.legendItems,
  });
  const [, width = "0", svgHeight = "0"] =
    /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  return {
    parts,
    title: snippet.title,
    height: snippet.height,
    snippet: embedSnippet(snippet),
    svg,
    svgSize: { width: Number(width), height: Number(svgHeight) },
    urls,
  };
}

/** Renders and describes one chart once per build, however many routes ask for it. */
export function publishedChart(entry: Embeddable, site: URL | undefined): Promise<PublishedChart> {
  const key = `${entry.slug}/${entry.chart}`;
  let result = cache.get(key);
  if (!result) {
    result = publish(entry, site);
    cache.set(key, result);
  }
  return result;
}

export { EMBED_WIDTH };
