import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { pngSize } from "../../src/lib/png.ts";
import { build, projectCopy } from "../helpers/projectCopy.ts";

const SLUG = "2021-03-15-azure-ad";
const SITE = "https://atlas.example.org";

describe("building the embeds for a site in a sub-folder", () => {
  let dist = "";
  beforeAll(() => {
    const dir = projectCopy();
    const result = build(dir, { SITE_URL: SITE, BASE_PATH: "/atlas" });
    expect(result.ok, result.output).toBe(true);
    dist = join(dir, "dist");
  }, 180_000);
  const read = (path: string) => readFileSync(join(dist, path), "utf8");

  it("points the oEmbed snippet, thumbnail and provider at the configured site and folder", () => {
    const oembed = JSON.parse(read(`oembed/${SLUG}/timeline.json`)) as Record<string, string>;
    expect(oembed["html"]).toContain(`<iframe src="${SITE}/atlas/embed/${SLUG}/timeline/"`);
    expect(oembed["html"]).toContain(`<script src="${SITE}/atlas/embed.js" async></script>`);
    expect(oembed["thumbnail_url"]).toBe(`${SITE}/atlas/download/${SLUG}/timeline.png`);
    expect(oembed["provider_url"]).toBe(`${SITE}/atlas/`);
  });

  it("links the incident page's downloads, preview and dialog inside the folder", () => {
    const { document } = parseHTML(read(`incidents/${SLUG}/index.html`));
    const links = [...document.querySelectorAll('figure[data-chart="timeline"] .downloads a')].map(
      (a) => a.getAttribute("href"),
    );
    expect(links).toEqual([
      `/atlas/download/${SLUG}/timeline.png`,
      `/atlas/download/${SLUG}/timeline.svg`,
      `/atlas/data/${SLUG}/events.csv`,
      `/atlas/data/${SLUG}/events.json`,
      `/atlas/data/${SLUG}/updates.csv`,
      `/atlas/data/${SLUG}/updates.json`,
    ]);
    const dialog = document.querySelector(`#embed-${SLUG}-timeline`);
    expect(dialog?.getAttribute("data-page")).toBe(`/atlas/embed/${SLUG}/timeline/`);
    expect(dialog?.getAttribute("data-host-script")).toBe("/atlas/embed.js");
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      `${SITE}/atlas/og/${SLUG}.png`,
    );
  });

  it("credits the story and announces oEmbed from the embed page, inside the folder", () => {
    const { document } = parseHTML(read(`embed/${SLUG}/impact/index.html`));
    expect(document.querySelector(".embed__credit a")?.getAttribute("href")).toBe(
      `/atlas/incidents/${SLUG}/`,
    );
    expect(
      document.querySelector('link[type="application/json+oembed"]')?.getAttribute("href"),
    ).toBe(`${SITE}/atlas/oembed/${SLUG}/impact.json`);
  });

  it("publishes a site-wide chart under all/: embed, oEmbed, images, credit to the home page", () => {
    const { document } = parseHTML(read("embed/all/overview/index.html"));
    expect(document.querySelector('figure[data-chart="overview"] h1')?.textContent).toBe(
      "Every incident in the atlas",
    );
    expect(document.querySelector(".embed__credit a")?.getAttribute("href")).toBe("/atlas/");
    const oembed = JSON.parse(read("oembed/all/overview.json")) as Record<string, string>;
    expect(oembed["html"]).toContain(`<iframe src="${SITE}/atlas/embed/all/overview/"`);
    expect(pngSize(readFileSync(join(dist, "download/all/overview.png")))).not.toBeNull();
    expect(existsSync(join(dist, "download/all/overview.svg"))).toBe(true);
    expect(existsSync(join(dist, "data/all/services.csv"))).toBe(true);
  });
});
