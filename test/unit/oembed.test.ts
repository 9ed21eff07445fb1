import { describe, expect, it } from "vitest";
import { oembedRich } from "../../src/lib/oembed.ts";
import { oembedProblems } from "../helpers/oembed.ts";

const input = {
  html: '<iframe src="https://example.org/embed/s/timeline/"></iframe>',
  width: 600,
  height: 540.2,
  title: "Timeline · A story",
  providerUrl: "https://example.org/",
  thumbnail: { url: "https://example.org/og/s.png", width: 1376, height: 824 },
};

describe("oembedRich", () => {
  it("describes a chart as an oEmbed 1.0 rich response", () => {
    expect(oembedRich(input)).toEqual({
      version: "1.0",
      type: "rich",
      html: input.html,
      width: 600,
      height: 540,
      title: "Timeline · A story",
      provider_name: "Outage Atlas",
      provider_url: "https://example.org/",
      thumbnail_url: "https://example.org/og/s.png",
      thumbnail_width: 1376,
      thumbnail_height: 824,
    });
  });

  it("passes the checker the browser tests use on every chart", () => {
    expect(oembedProblems(oembedRich(input))).toEqual([]);
  });
});

describe("oembedProblems", () => {
  it("names what a response lacks or gets wrong", () => {
    expect(oembedProblems({ version: "1", type: "rich", width: 0 })).toEqual([
      'version: found "1"; allowed: "1.0"',
      "html: found nothing; required for type rich",
      "width: found 0; allowed: a positive whole number of pixels",
      "height: found nothing; allowed: a positive whole number of pixels",
    ]);
  });

  it("wants all three thumbnail fields or none", () => {
    const partial: Record<string, unknown> = { ...oembedRich(input) };
    delete partial["thumbnail_width"];
    expect(oembedProblems(partial)).toEqual([
      "thumbnail_*: found some of url, width, height; allowed: all three or none",
    ]);
  });
});
