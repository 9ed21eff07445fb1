import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { formatDate } from "../lib/format.ts";
import { incidentSlugs, incidentView } from "../lib/incidentView.ts";

/** The feed of incidents, newest first. */
export function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  const items = incidentSlugs({ includeDrafts: false }).map((slug) => {
    const view = incidentView(slug);
    const start = view.metrics.impactStart ?? Date.parse(`${slug.slice(0, 10)}T00:00:00Z`);
    return {
      title: view.meta.title,
      // A corrected page says so in the feed too, as it does under its headline.
      description: [
        view.meta.dek,
        ...view.meta.corrections.map((c) => `Correction, ${formatDate(c.date)}: ${c.text}`),
      ].join(" "),
      link: `${base}incidents/${slug}/`,
      pubDate: new Date(start),
      categories: [view.provider.name, view.meta.cause, ...view.meta.tags],
    };
  });
  return rss({
    title: "Outage Atlas",
    description:
      "The stories of major cloud outages, told with sourced timelines and service-impact charts.",
    site: context.site ?? "http://localhost:4321",
    items,
  });
}
