import type { APIRoute } from "astro";
import { embeddablePaths, type Embeddable } from "../../../components/charts/embeddable.ts";
import { publishedChart } from "../../../components/charts/publishedChart.ts";

export const getStaticPaths = embeddablePaths;

/** The chart as a standalone SVG file, title and source included. */
export const GET: APIRoute = async ({ props, site }) => {
  const published = await publishedChart((props as { entry: Embeddable }).entry, site);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${published.svg}\n`, {
    headers: { "content-type": "image/svg+xml" },
  });
};
