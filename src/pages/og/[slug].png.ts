import type { APIContext } from "astro";
import { socialCardSvg } from "../../charts/socialCard.ts";
import { timelineSvg } from "../../charts/timeline.ts";
import { formatDuration, formatUtc } from "../../lib/format.ts";
import { incidentSlugs, incidentView, type IncidentView } from "../../lib/incidentView.ts";
import { svgToPng } from "../../lib/png.ts";

export function getStaticPaths() {
  return incidentSlugs({ includeDrafts: import.meta.env.DEV }).map((slug) => ({
    params: { slug },
  }));
}

function card(view: IncidentView): string {
  const { metrics, data } = view;
  const kicker = [
    view.provider.name,
    formatUtc(view.anchor, "day"),
    ...(metrics.duration === null ? [] : [formatDuration(metrics.duration)]),
  ].join(" · ");
  const timeline = timelineSvg({
    label: view.meta.title,
    events: data.events,
    updates: data.updates,
    impact:
      metrics.impactStart !== null && metrics.impactEnd !== null
        ? [metrics.impactStart, metrics.impactEnd]
        : null,
    spans: data.impact,
    serviceNames: view.serviceNames,
  });
  return socialCardSvg({ title: view.meta.title, kicker, timeline });
}

/** The Open Graph image of one incident, drawn at build time. */
export function GET({ params }: APIContext) {
  const view = incidentView(params["slug"] ?? "");
  return new Response(svgToPng(card(view), 1), { headers: { "content-type": "image/png" } });
}
