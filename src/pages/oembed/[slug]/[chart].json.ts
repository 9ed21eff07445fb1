import type { APIRoute } from "astro";
import { embeddablePaths, figureAt, type Embeddable } from "../../../build/figures.ts";
import { publishedChart } from "../../../build/published.ts";
import { EMBED_WIDTH } from "../../../lib/embedSnippet.ts";
import { oembedRich } from "../../../lib/oembed.ts";

export const getStaticPaths = embeddablePaths;

/** The oEmbed description of one chart: its snippet and size, its incident's card as thumbnail. */
export const GET: APIRoute = ({ props, site }) => {
  const { slug, chart } = (props as { entry: Embeddable }).entry;
  const published = publishedChart(figureAt(slug, chart), site);
  const body = oembedRich({
    html: published.html,
    width: EMBED_WIDTH,
    height: published.snippet.height,
    title: published.snippet.title,
    providerUrl: published.urls.home,
    thumbnail: published.urls.card ? { url: published.urls.card, width: 1200, height: 630 } : null,
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
