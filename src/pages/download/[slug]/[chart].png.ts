import type { APIRoute } from "astro";
import { embeddablePaths, type Embeddable } from "../../../components/charts/embeddable.ts";
import { publishedChart } from "../../../components/charts/publishedChart.ts";
import { rasterize, rasterizeAhead } from "../../../lib/png.ts";

const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
const svgOf = async (entry: Embeddable) => (await publishedChart(entry, site)).svg;

export function getStaticPaths() {
  const paths = embeddablePaths();
  if (import.meta.env.PROD)
    void rasterizeAhead(
      paths.map(
        ({ props }) =>
          () =>
            svgOf(props.entry),
      ),
      2,
    );
  return paths;
}

/** The chart as a PNG at twice its size, rendered from the standalone SVG at build time. */
export const GET: APIRoute = async ({ props }) =>
  new Response(await rasterize(await svgOf((props as { entry: Embeddable }).entry), 2), {
    headers: { "content-type": "image/png" },
  });
