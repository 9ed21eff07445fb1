import type { APIRoute } from "astro";
import { embeddablePaths, type Embeddable } from "../../../components/charts/embeddable.ts";
import { EMBED_WIDTH, publishedChart } from "../../../components/charts/publishedChart.ts";
import { oembedRich } from "../../../lib/oembed.ts";

export const getStaticPaths = embeddablePaths;

/** The oEmbed description of one chart: its snippet, size and a PNG thumbnail. */
export const GET: APIRoute = async ({ props, site }) => {
  const published = await publishedChart((props as { entry: Embeddable }).entry, site);
  const body = oembedRich({
    html: published.snippet,
    width: EMBED_WIDTH,
    height: published.height,
    title: published.title,
    providerUrl: published.urls.home,
    thumbnail: {
      url: published.urls.png,
      width: published.svgSize.width * 2,
      height: published.svgSize.height * 2,
    },
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
