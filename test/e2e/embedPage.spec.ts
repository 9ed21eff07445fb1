import { expect, test } from "@playwright/test";
import { gzipSync } from "node:zlib";
import {
  chartsOnIncidentPages,
  corpus,
  expectNoAxeViolations,
  siteOrigin,
  watchErrors,
} from "./helpers.ts";

const SLUG = "2020-09-28-azure-ad";
const TIMELINE = `/embed/${SLUG}/timeline/`;
const IMPACT = `/embed/${SLUG}/impact/`;
const BUDGET = 20 * 1024;

test.describe("an embed page", () => {
  test("shows the figure alone: title, summary, chart, source and a credit back to the story", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(TIMELINE);
    await expect(page.locator(".site-header, .site-footer, nav, .settings")).toHaveCount(0);
    const figure = page.locator(`figure[data-chart="timeline"][data-incident="${SLUG}"]`);
    await expect(figure.getByRole("heading", { level: 1 })).toHaveText("Timeline");
    await expect(figure.locator(".chart__summary")).toContainText("Impact began");
    await expect(figure.locator('svg[role="img"]')).toBeVisible();
    await expect(figure.locator(".chart__source")).toContainText("Source:");
    await expect(page.getByRole("link", { name: "Read the full story" })).toHaveAttribute(
      "href",
      `/incidents/${SLUG}/`,
    );
    await expect(figure.getByRole("button", { name: "Embed" })).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("announces its oEmbed description and unfurls with its incident's card", async ({
    page,
  }) => {
    await page.goto(IMPACT);
    const site = siteOrigin();
    await expect(
      page.locator('link[rel="alternate"][type="application/json+oembed"]'),
    ).toHaveAttribute("href", `${site}/oembed/${SLUG}/impact.json`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `${site}/og/${SLUG}.png`,
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      /^Which services were hit, and for how long · Azure AD/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  });

  test("opens its links beside the article, not inside the frame", async ({ page }) => {
    await page.goto(TIMELINE);
    await expect(page.locator("base")).toHaveAttribute("target", "_blank");
  });

  test("has no axe violations, light or dark", async ({ page }) => {
    await page.goto(TIMELINE);
    await expectNoAxeViolations(page);
    await page.goto(`${IMPACT}?theme=dark`);
    await expectNoAxeViolations(page);
  });

  test("takes the theme, time zone and highlighted event from its URL", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const page = await context.newPage();
    await page.goto(`${TIMELINE}?theme=dark&tz=local&event=manual-config-update`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator('[data-event-id="manual-config-update"]')).toHaveAttribute(
      "data-highlighted",
      "",
    );
    const note = page.locator(".chart__highlight");
    await expect(note).toContainText("Highlighted:");
    await expect(note).toContainText("GMT-4");
    await expect(page.locator("figure time").first()).toContainText("GMT-4");
    await page.goto(`${TIMELINE}?theme=auto`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await context.close();
  });

  test("ignores an event it does not have", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${TIMELINE}?event=no-such-event`);
    await expect(page.locator("[data-highlighted]")).toHaveCount(0);
    await expect(page.locator(".chart__highlight")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("loads the timeline's zoom only when the reader reaches for the chart", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(TIMELINE);
    await page.waitForLoadState("networkidle");
    const atLoad = scripts.length;
    await expect(page.getByRole("button", { name: "Zoom in" })).toBeHidden();
    await page.locator("svg.timeline-svg").first().hover();
    await page.waitForTimeout(300);
    expect(scripts).toHaveLength(atLoad);
    await page.mouse.wheel(0, -200);
    await expect(page.getByRole("button", { name: "Zoom in" })).toBeVisible();
    expect(scripts.length).toBeGreaterThan(atLoad);
  });
});

test("every embed page loads at most 20 KB of gzipped JavaScript", async ({ page }) => {
  // One page after another, every chart of every incident: time grows with the corpus.
  test.setTimeout(300_000);
  for (const { slug, chart } of chartsOnIncidentPages()) {
    const bodies: Array<Promise<Buffer>> = [];
    const onResponse = (response: import("@playwright/test").Response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body());
    };
    page.on("response", onResponse);
    await page.goto(`/embed/${slug}/${chart}/`);
    await page.waitForLoadState("networkidle");
    page.off("response", onResponse);
    const inline = await page.locator("script:not([src])").allTextContents();
    const sizes = [...(await Promise.all(bodies)), ...inline.map((text) => Buffer.from(text))].map(
      (body) => gzipSync(body).length,
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total, `${slug}/${chart}: ${sizes.join(" + ")} bytes`).toBeLessThanOrEqual(BUDGET);
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an embed page is complete: chart, every event, data table, source, downloads", async ({
    page,
  }) => {
    await page.goto(TIMELINE);
    const events = corpus().incidents.get(SLUG)!.events;
    await expect(page.locator('figure[data-chart="timeline"] svg[role="img"]')).toBeVisible();
    await expect(page.locator("[data-event-id]")).toHaveCount(events.length);
    await expect(page.locator("figure details tbody tr")).toHaveCount(events.length);
    await expect(page.locator(".chart__source")).toContainText("Source:");
    await page.getByText("Download", { exact: true }).click();
    await expect(page.getByRole("link", { name: "SVG image" })).toBeVisible();
    // The PNG is drawn by a script from the SVG: without JavaScript there is no button.
    await expect(page.getByRole("button", { name: "PNG image" })).toBeHidden();
    await expect(page.getByRole("link", { name: "events.csv" })).toBeVisible();
  });
});
