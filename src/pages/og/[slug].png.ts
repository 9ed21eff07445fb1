import type { APIContext } from "astro";
import { socialCardSvg } from "../../charts/socialCard.ts";
import { incidentTimelineSvg } from "../../charts/incidentTimeline.ts";
import { formatUtc } from "../../lib/format.ts";
import { keyFigures } from "../../lib/keyFigures.ts";
import { incidentSlugs, incidentView, type IncidentView } from "../../lib/incidentView.ts";
import { rasterize, rasterizeAhead } from "../../lib/png.ts";

function card(view: IncidentView): string {
  const { metrics } = view;
  const kicker = [view.provider.name, formatUtc(view.anchor, "day")].join(" · ");
  // The figures of the page's key-figure list, those its sources publish.
  const figures = keyFigures(metrics)
    .filter((figure) => figure.minutes !== null && figure.key !== "timeToDetect")
    .map((figure) => `${figure.label} ${figure.text}`)
    .join(" · ");
  // The page's own timeline, in miniature.
  const timeline = incidentTimelineSvg(view);
  return socialCardSvg({ title: view.meta.title, kicker, figures, timeline });
}

const cards = new Map<string, string>();
function cardSvg(slug: string): string {
  let svg = cards.get(slug);
  if (svg === undefined) {
    svg = card(incidentView(slug));
    cards.set(slug, svg);
  }
  return svg;
}

export function getStaticPaths() {
  const slugs = incidentSlugs({ includeDrafts: import.meta.env.DEV });
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
