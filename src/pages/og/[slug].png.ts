import type { APIContext } from "astro";
import { incidentFigure } from "../../build/figures.ts";
import { rasterize, rasterizeAhead } from "../../build/raster.ts";
import { incidentView, publishedSlugs } from "../../build/site.ts";
import { socialCardSvg } from "../../charts/render/socialCard.ts";
import { formatUtc } from "../../lib/format.ts";
import { keyFigures } from "../../lib/keyFigures.ts";
import { toXml } from "../../lib/serialize.ts";

const cards = new Map<string, string>();

/** The social card's SVG: headline, provider, date, key figures and the page's own timeline. */
function cardSvg(slug: string): string {
  let svg = cards.get(slug);
  if (svg === undefined) {
    const view = incidentView(slug);
    const kicker = [view.provider.name, formatUtc(view.anchor, "day")].join(" · ");
    // The figures of the page's key-figure list, those its sources publish.
    const figures = keyFigures(view.metrics)
      .filter((figure) => figure.minutes !== null && figure.key !== "timeToDetect")
      .map((figure) => `${figure.label} ${figure.text}`)
      .join(" · ");
    const timeline = incidentFigure(view, "timeline");
    svg = toXml(socialCardSvg({ title: view.meta.title, kicker, figures, timeline }));
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
  return new Response(await rasterize(cardSvg(params["slug"] ?? ""), 1), {
    headers: { "content-type": "image/png" },
  });
}
