import { el, toXml, XML_DECLARATION } from "./serialize.ts";

/** One entry of the feed. */
export interface FeedItem {
  title: string;
  description: string;
  /** Absolute URL of the story. */
  link: string;
  pubDate: Date;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site. */
  link: string;
  items: FeedItem[];
}

/**
 * An RSS 2.0 document, written through the site's one serializer: every title, description
 * and category is text, whatever it holds.
 */
export function rssDocument(feed: Feed): string {
  const channel = el(
    "channel",
    {},
    el("title", {}, feed.title),
    el("description", {}, feed.description),
    el("link", {}, feed.link),
    feed.items.map((item) =>
      el(
        "item",
        {},
        el("title", {}, item.title),
        el("link", {}, item.link),
        el("guid", { isPermaLink: "true" }, item.link),
        el("description", {}, item.description),
        el("pubDate", {}, item.pubDate.toUTCString()),
        item.categories.map((category) => el("category", {}, category)),
      ),
    ),
  );
  return `${XML_DECLARATION}\n${toXml(el("rss", { version: "2.0" }, channel))}\n`;
}
