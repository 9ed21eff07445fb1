import type { APIRoute } from "astro";
import { embeddablePaths, type Embeddable } from "../../../components/charts/embeddable.ts";
import { publishedChart } from "../../../components/charts/publishedChart.ts";
import { svgToPng } from "../../../lib/png.ts";

export const getStaticPaths = embeddablePaths;

/** The chart as a PNG at twice its size, rendered from the standalone SVG at build time. */
export const GET: APIRoute = async ({ props, site }) => {
  const published = await publishedChart((props as { entry: Embeddable }).entry, site);
  return new Response(svgToPng(published.svg, 2), { headers: { "content-type": "image/png" } });
};
