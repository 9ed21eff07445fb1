import type { APIContext } from "astro";
import { siteFigures } from "../build/figures.ts";
import { formatDate } from "../lib/format.ts";
import { rssDocument } from "../lib/rss.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** The feed of published incidents, newest first. */
export function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(context.site, base, path);
  const body = rssDocument({
    title: "Outage Atlas",
    description:
      "The stories of major cloud outages, told with sourced timelines and service-impact charts.",
    link: url(""),
    items: siteFigures().views.map((view) => ({
      title: view.meta.title,
      // A corrected page says so in the feed too, as it does under its headline.
      description: [
        view.meta.dek,
        ...view.meta.corrections.map((c) => `Correction, ${formatDate(c.date)}: ${c.text}`),
      ].join(" "),
      link: url(`incidents/${view.slug}/`),
      pubDate: new Date(view.anchor),
      categories: [view.provider.name, view.meta.cause, ...view.meta.tags],
    })),
  });
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
