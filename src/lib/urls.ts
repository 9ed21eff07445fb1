/**
 * Every URL the embeds hand out, built in one place so a site served from a sub-folder
 * (`BASE_PATH`) or another host (`SITE_URL`) gets them right everywhere.
 */

/** The slug under which site-wide charts and data live, beside the incident slugs. */
export const SITE_WIDE = "all";

/** `path` under the site's base path: `withBase("/atlas", "embed.js")` is `/atlas/embed.js`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/*$/, "/")}${path.replace(/^\/+/, "")}`;
}

/** The absolute URL of `path` under the base path, for snippets, oEmbed and link previews. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  if (site === undefined)
    throw new Error("Set `site` in astro.config.mjs (SITE_URL) for absolute URLs.");
  return new URL(withBase(base, path), site).href;
}

/** Paths of the files published for one chart, relative to the base path. */
export const chartPaths = {
  /** The chart alone, for an iframe. */
  embed: (slug: string, chart: string) => `embed/${slug}/${chart}/`,
  /** Its oEmbed description. */
  oembed: (slug: string, chart: string) => `oembed/${slug}/${chart}.json`,
  /** The chart as a standalone image (the browser draws a PNG from it on request). */
  image: (slug: string, chart: string, format: "svg") => `download/${slug}/${chart}.${format}`,
  /** A data file behind it: `events`, `impact`… */
  data: (slug: string, file: string, format: "csv" | "json") => `data/${slug}/${file}.${format}`,
  /** The incident page a chart belongs to; site-wide charts credit the home page. */
  story: (slug: string) => (slug === SITE_WIDE ? "" : `incidents/${slug}/`),
  /** The host-page script that sizes embeds. */
  script: () => "embed.js",
} as const;
