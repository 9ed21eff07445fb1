import { describe, expect, it } from "vitest";
import { absoluteUrl, chartPaths, withBase } from "../../src/lib/urls.ts";

describe("withBase", () => {
  it("puts a path under the site's base, with or without its slashes", () => {
    expect(withBase("/", "embed.js")).toBe("/embed.js");
    expect(withBase("/atlas", "embed.js")).toBe("/atlas/embed.js");
    expect(withBase("/atlas/", "/embed/x/timeline/")).toBe("/atlas/embed/x/timeline/");
  });
});

describe("absoluteUrl", () => {
  it("joins the site, the base path and the path", () => {
    expect(absoluteUrl("https://example.org", "/atlas/", chartPaths.embed("s", "impact"))).toBe(
      "https://example.org/atlas/embed/s/impact/",
    );
  });

  it("refuses to guess a host when no site is configured", () => {
    expect(() => absoluteUrl(undefined, "/", "embed.js")).toThrow(/SITE_URL/);
  });
});

describe("chartPaths", () => {
  it("names the routes of DESIGN.md and the downloads", () => {
    expect(chartPaths.embed("2020-09-28-azure-ad", "timeline")).toBe(
      "embed/2020-09-28-azure-ad/timeline/",
    );
    expect(chartPaths.oembed("2020-09-28-azure-ad", "timeline")).toBe(
      "oembed/2020-09-28-azure-ad/timeline.json",
    );
    expect(chartPaths.data("2020-09-28-azure-ad", "events", "csv")).toBe(
      "data/2020-09-28-azure-ad/events.csv",
    );
    expect(chartPaths.image("all", "overview", "svg")).toBe("download/all/overview.svg");
  });

  it("credits site-wide charts to the home page", () => {
    expect(chartPaths.story("all")).toBe("");
    expect(chartPaths.story("2020-09-28-azure-ad")).toBe("incidents/2020-09-28-azure-ad/");
  });
});
