import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const SOURCE = readFileSync(join(import.meta.dirname, "..", "..", "public", "embed.js"), "utf8");
const SITE = "https://atlas.example";

interface FakeFrame {
  src: string;
  contentWindow: { sent: [unknown, string][]; postMessage: (data: unknown, to: string) => void };
  style: { height?: string };
}

/** Runs embed.js on a fake host page holding `frames`; returns a way to post messages. */
function hostPage(frames: FakeFrame[]) {
  let listener: ((event: object) => void) | undefined;
  const window: Record<string, unknown> = {
    location: { href: "https://news.example/article" },
    document: { getElementsByTagName: (name: string) => (name === "iframe" ? frames : []) },
    URL,
    addEventListener: (type: string, handler: (event: object) => void) => {
      if (type === "message") listener = handler;
    },
  };
  window["window"] = window;
  runInNewContext(SOURCE, window);
  runInNewContext(SOURCE, window); // a second snippet on the same page adds no second listener
  return (event: { source: object; origin: string; data: unknown }) => listener?.(event);
}

const frame = (src: string): FakeFrame => {
  const sent: [unknown, string][] = [];
  return {
    src,
    contentWindow: { sent, postMessage: (data, to) => sent.push([data, to]) },
    style: {},
  };
};
const height = (value: unknown) => ({
  type: "outage-atlas:height",
  chart: "timeline",
  height: value,
});

describe("embed.js", () => {
  it("stays small and depends on nothing", () => {
    expect(Buffer.byteLength(SOURCE)).toBeLessThanOrEqual(1280);
    expect(gzipSync(SOURCE).length).toBeLessThan(600);
    expect(SOURCE).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it("sizes the iframe whose window sent the height, from the origin of its src", () => {
    const timeline = frame(`${SITE}/embed/a/timeline/`);
    const impact = frame(`${SITE}/embed/a/impact/`);
    const post = hostPage([timeline, impact]);
    post({ source: impact.contentWindow, origin: SITE, data: height(612.2) });
    expect(impact.style.height).toBe("613px");
    expect(timeline.style.height).toBeUndefined();
  });

  it("ignores a height sent by another frame", () => {
    const timeline = frame(`${SITE}/embed/a/timeline/`);
    const post = hostPage([timeline]);
    post({ source: {}, origin: SITE, data: height(4000) });
    expect(timeline.style.height).toBeUndefined();
  });

  it("ignores a height from the right frame when its page is no longer on the chart's origin", () => {
    const timeline = frame(`${SITE}/embed/a/timeline/`);
    const post = hostPage([timeline]);
    post({ source: timeline.contentWindow, origin: "https://evil.example", data: height(4000) });
    expect(timeline.style.height).toBeUndefined();
  });

  it("ignores other messages and heights that are not a sensible number", () => {
    const timeline = frame(`${SITE}/embed/a/timeline/`);
    const post = hostPage([timeline]);
    for (const data of [
      null,
      "outage-atlas:height",
      { type: "other", height: 300 },
      height("300px; background:red"),
      height(-5),
      height(1e9),
      height(Number.NaN),
    ])
      post({ source: timeline.contentWindow, origin: SITE, data });
    expect(timeline.style.height).toBeUndefined();
  });

  it("asks each frame already on the page for its height, at the origin its src names", () => {
    // The snippet loads the script async, after the iframe: a chart can load first and
    // report to a page with no one listening.
    const timeline = frame(`${SITE}/embed/a/timeline/`);
    const relative = frame("/embed/a/impact/");
    const blank = frame("about:blank");
    hostPage([timeline, relative, blank]);
    const ask = { type: "outage-atlas:measure" };
    // Asked once, though the page holds the script twice.
    expect(timeline.contentWindow.sent).toEqual([[ask, SITE]]);
    expect(relative.contentWindow.sent).toEqual([[ask, "https://news.example"]]);
    expect(blank.contentWindow.sent).toEqual([]);
  });
});
