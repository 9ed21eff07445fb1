/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4.4). */
export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  /** The snippet to paste: iframe and script. */
  html: string;
  /** The width the snippet is meant for, in pixels. */
  width: number;
  /** The height it takes at that width, in pixels. */
  height: number;
  title: string;
  provider_name: "Outage Atlas";
  provider_url: string;
  /** A PNG for link previews: all three thumbnail fields or none. */
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedInput {
  html: string;
  width: number;
  height: number;
  title: string;
  providerUrl: string;
  /** The preview image, or null when the chart has none. */
  thumbnail: { url: string; width: number; height: number } | null;
}

/** The oEmbed description of one chart. */
export function oembedRich(input: OEmbedInput): OEmbedRich {
  return {
    version: "1.0",
    type: "rich",
    html: input.html,
    width: Math.round(input.width),
    height: Math.round(input.height),
    title: input.title,
    provider_name: "Outage Atlas",
    provider_url: input.providerUrl,
    ...(input.thumbnail
      ? {
          thumbnail_url: input.thumbnail.url,
          thumbnail_width: Math.round(input.thumbnail.width),
          thumbnail_height: Math.round(input.thumbnail.height),
        }
      : {}),
  };
}
