import type { APIRoute } from "astro";
import { embeddablePaths, figureAt, type Embeddable } from "../../../build/figures.ts";
import { publishedChart, standaloneFile } from "../../../build/published.ts";

export const getStaticPaths = embeddablePaths;

/** The chart as a standalone SVG file: title, labels, legend and source drawn in. */
export const GET: APIRoute = ({ props, site }) => {
  const { slug, chart } = (props as { entry: Embeddable }).entry;
  return new Response(standaloneFile(publishedChart(figureAt(slug, chart), site)), {
    headers: { "content-type": "image/svg+xml" },
  });
};
