import type { APIContext } from "astro";
import { siteFigures } from "../build/figures.ts";
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
      description: view.meta.dek,
      link: url(`incidents/${view.slug}/`),
      pubDate: new Date(view.anchor),
      categories: [view.provider.name, view.meta.cause, ...view.meta.tags],
    })),
  });
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
