/**
 * The snippet a journalist pastes, and the options an embed understands. Pure code: the
 * build writes the default snippet into the page, the embed dialog rewrites it in the browser.
 */
import { el, externalScript, toHtml } from "./serialize.ts";

export const THEMES = ["light", "dark", "auto"] as const;
export const ZONES = ["utc", "local"] as const;
export type EmbedTheme = (typeof THEMES)[number];
export type EmbedZone = (typeof ZONES)[number];

/** What an embed URL may ask for: `?theme=dark&tz=local&event=rollback`. */
export interface EmbedOptions {
  theme: EmbedTheme;
  tz: EmbedZone;
  /** The id of a timeline event to highlight. */
  event: string | null;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: "light", tz: "utc", event: null };

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads embed options from a query string; anything unknown falls back to the default. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const tz = params.get("tz");
  const event = params.get("event");
  return {
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_OPTIONS.theme,
    tz: ZONES.find((z) => z === tz) ?? DEFAULT_OPTIONS.tz,
    event: event !== null && EVENT_ID.test(event) ? event : null,
  };
}

/** The embed URL with the options that differ from the defaults, in a stable order. */
export function embedUrl(base: string, options: Partial<EmbedOptions> = {}): string {
  const url = new URL(base);
  const { theme, tz, event } = { ...DEFAULT_OPTIONS, ...options };
  if (theme !== DEFAULT_OPTIONS.theme) url.searchParams.set("theme", theme);
  if (tz !== DEFAULT_OPTIONS.tz) url.searchParams.set("tz", tz);
  if (event) url.searchParams.set("event", event);
  return url.href;
}

export interface SnippetInput {
  /** Absolute URL of the embed page, options included. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** Height in pixels without the script, and before it has measured. */
  height: number;
  /** Absolute URL of `embed.js`. */
  script: string;
}

/**
 * An `<iframe>` that works alone at a fixed height, and the script that makes its height
 * follow the chart's (DESIGN.md, embed protocol).
 */
export function embedSnippet(input: SnippetInput): string {
  const frame = el("iframe", {
    src: input.src,
    title: input.title,
    loading: "lazy",
    style: "width:100%;border:0",
    height: Math.round(input.height),
  });
  return `${toHtml(frame)}\n${toHtml(externalScript(input.script))}`;
}

/** The width an embed is described at (oEmbed) and its fixed height is estimated for. */
export const EMBED_WIDTH = 600;

/** What takes room in an embed, from a rendered figure. */
export interface EmbedContent {
  /** The story's headline, shown above the chart. */
  story: string;
  title: string;
  summary: string;
  source: string;
  legend: string;
  /** The chart's drawing size; it is scaled to the embed's width. */
  size: { width: number; height: number };
}

/**
 * The height an embed needs at `width` pixels, estimated from its content: the scaled chart
 * plus lines of text. The snippet's fixed height; the script corrects it to the pixel.
 */
export function estimateEmbedHeight(content: EmbedContent, width = EMBED_WIDTH): number {
  const inner = width - 2 * 16;
  const lines = (text: string, fontSize: number, em = 0.52) =>
    text ? Math.max(1, Math.ceil((text.length * fontSize * em) / inner)) : 0;
  const chart = (content.size.height * inner) / content.size.width;
  const height =
    12 + // page padding
    lines(content.story, 13) * 20 +
    8 +
    14 + // rule and padding above the title
    lines(content.title, 20) * 23 +
    lines(content.summary, 16) * 24 +
    20 +
    chart +
    // Legend keys wrap whole, each with its swatch and a gap: wider than their words.
    (content.legend ? lines(content.legend, 13, 0.75) * 22 + 8 : 0) +
    56 + // the data table's disclosure
    lines(content.source, 13) * 20 +
    8 +
    52 + // download row
    28 + // credit line
    16 +
    // Some room to spare: a frame too short scrolls, one too tall only leaves a gap.
    24;
  return Math.ceil(height / 10) * 10;
}

/** The snippet's iframe title: "Timeline · Azure AD sign-ins fail worldwide…". */
export function embedTitle(chartTitle: string, story: string): string {
  return `${chartTitle} · ${story}`;
}

/** The default snippet of one chart, from what its figure shows; options are added later. */
export function chartSnippetInput(input: {
  /** Absolute URL of the chart's embed page. */
  embed: string;
  /** Absolute URL of `embed.js`. */
  script: string;
  /** The story's headline, or the site's name for site-wide charts. */
  story: string;
  content: Omit<EmbedContent, "story">;
}): SnippetInput {
  return {
    src: input.embed,
    title: embedTitle(input.content.title, input.story),
    height: estimateEmbedHeight({ ...input.content, story: input.story }),
    script: input.script,
  };
}
