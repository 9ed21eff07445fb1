import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/charts/dom.ts";
import {
  chartSnippetInput,
  embedSnippet,
  embedUrl,
  estimateEmbedHeight,
  readEmbedOptions,
  type EmbedContent,
} from "../../src/lib/embedSnippet.ts";

const SRC = "https://example.org/embed/2020-09-28-azure-ad/timeline/";

function parse(html: string): Element {
  const div = createDocument().createElement("div");
  div.innerHTML = html;
  return div;
}

describe("readEmbedOptions", () => {
  it("reads the theme, the time zone and the event to highlight", () => {
    expect(readEmbedOptions("?theme=dark&tz=local&event=rollback")).toEqual({
      theme: "dark",
      tz: "local",
      event: "rollback",
    });
  });

  it("falls back to light, UTC and no highlight", () => {
    expect(readEmbedOptions("")).toEqual({ theme: "light", tz: "utc", event: null });
    expect(readEmbedOptions("?theme=purple&tz=mars")).toEqual({
      theme: "light",
      tz: "utc",
      event: null,
    });
  });

  it("ignores an event id that could not be an id", () => {
    expect(readEmbedOptions('?event="]<script>').event).toBeNull();
  });
});

describe("embedUrl", () => {
  it("adds only the options that differ from the defaults", () => {
    expect(embedUrl(SRC)).toBe(SRC);
    expect(embedUrl(SRC, { theme: "light", tz: "utc" })).toBe(SRC);
    expect(embedUrl(SRC, { theme: "auto", event: "rollback" })).toBe(
      `${SRC}?theme=auto&event=rollback`,
    );
  });
});

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    src: `${SRC}?theme=dark`,
    title: 'Timeline · "Quoted" & more',
    height: 512.4,
    script: "https://example.org/embed.js",
  });
  const root = parse(snippet);

  it("is an iframe that works alone: titled, lazy, full width, borderless, fixed height", () => {
    const iframe = root.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(`${SRC}?theme=dark`);
    expect(iframe.getAttribute("title")).toBe('Timeline · "Quoted" & more');
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(iframe.getAttribute("style")).toBe("width:100%;border:0");
    expect(iframe.getAttribute("height")).toBe("512");
  });

  it("is followed by the host script, loaded asynchronously", () => {
    const script = root.querySelector("script")!;
    expect(script.getAttribute("src")).toBe("https://example.org/embed.js");
    expect(script.hasAttribute("async")).toBe(true);
  });
});

describe("estimateEmbedHeight", () => {
  const content: EmbedContent = {
    story: "A story",
    title: "Timeline",
    summary: "One sentence.",
    source: "Source: Someone",
    legend: "",
    size: { width: 640, height: 200 },
  };

  it("grows with the chart's height, scaled to the embed's width", () => {
    const short = estimateEmbedHeight(content);
    const tall = estimateEmbedHeight({ ...content, size: { width: 640, height: 400 } });
    expect(tall - short).toBeGreaterThanOrEqual(Math.floor((200 * 568) / 640 / 10) * 10);
  });

  it("grows when the summary needs more lines", () => {
    expect(estimateEmbedHeight({ ...content, summary: "word ".repeat(80) })).toBeGreaterThan(
      estimateEmbedHeight(content),
    );
  });

  it("is a round number of pixels", () => {
    expect(estimateEmbedHeight(content) % 10).toBe(0);
  });
});

describe("chartSnippetInput", () => {
  it("names the iframe after the chart and its story, sized for the figure", () => {
    const input = chartSnippetInput({
      embed: SRC,
      script: "https://example.org/embed.js",
      story: "Azure AD sign-ins fail worldwide",
      content: {
        title: "Timeline",
        summary: "One sentence.",
        source: "Source: Someone",
        legend: "",
        size: { width: 640, height: 200 },
      },
    });
    expect(input.title).toBe("Timeline · Azure AD sign-ins fail worldwide");
    expect(input.src).toBe(SRC);
    expect(input.height).toBeGreaterThan(300);
  });
});
