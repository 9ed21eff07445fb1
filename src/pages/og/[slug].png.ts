import type { APIContext } from "astro";
import { incidentFigure } from "../../build/figures.ts";
import { rasterize, rasterizeAhead } from "../../build/raster.ts";
import { incidentView, publishedSlugs } from "../../build/site.ts";
import { socialCardOf } from "../../charts/render/socialCard.ts";

const cards = new Map<string, string>();

/** The social card's SVG: headline, provider, date, key figures and the page's own timeline. */
function cardSvg(slug: string): string {
  let svg = cards.get(slug);
  if (svg === undefined) {
    const view = incidentView(slug);
    svg = socialCardOf(view, incidentFigure(view, "timeline"));
    cards.set(slug, svg);
  }
  return svg;
}

export function getStaticPaths() {
  const slugs = publishedSlugs();
  // Cards are drawn on worker threads while the pages render.
  if (import.meta.env.PROD)
    void rasterizeAhead(
      slugs.map((slug) => () => cardSvg(slug)),
      1,
    );
  return slugs.map((slug) => ({ params: { slug } }));
}

/** The Open Graph image of one incident, drawn at build time. */
export async function GET({ params }: APIContext) {
  const slug = params["slug"] ?? "";
  const png = await rasterize(cardSvg(slug), 1);
  cards.delete(slug); // each card is asked for once; its SVG need not stay in memory
  return new Response(png, { headers: { "content-type": "image/png" } });
}
