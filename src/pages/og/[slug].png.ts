import type { APIContext } from "astro";
import { incidentFigure } from "../../build/figures.ts";
import { rasterize } from "../../build/raster.ts";
import { incidentView, publishedSlugs } from "../../build/site.ts";
import { socialCardOf } from "../../charts/render/socialCard.ts";

export function getStaticPaths() {
  // The build starts drawing every card on worker threads before the pages are bundled
  // (src/integrations/rasterCache.ts); each one here is found drawn, or waited for.
  return publishedSlugs().map((slug) => ({ params: { slug } }));
}

/**
 * The Open Graph image of one incident, drawn at build time: headline, provider, date, key
 * figures and the page's own timeline.
 */
export async function GET({ params }: APIContext) {
  const view = incidentView(params["slug"] ?? "");
  const png = await rasterize(socialCardOf(view, incidentFigure(view, "timeline")), 1);
  return new Response(png, { headers: { "content-type": "image/png" } });
}
