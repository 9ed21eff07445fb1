import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, expectNoAxeViolations, ROOT, watchErrors } from "./helpers.ts";

/** Paths of every page in the built sitemap. */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(ROOT, "dist", "sitemap-0.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
}

test("searching “signing key” puts the March 2021 outage first", async ({ page }) => {
  await page.goto("/search/?q=signing%20key");
  const first = page.locator(".pagefind-ui__result-link").first();
  await expect(first).toHaveText(/signing key/i);
  await expect(first).toHaveAttribute("href", /\/incidents\/2021-03-15-azure-ad\//);
});

test("the header search box leads to results", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search incidents" }).fill("Kinesis");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Kinesis/);
  await expect(page.locator(".pagefind-ui__result-link").first()).toHaveAttribute(
    "href",
    /aws-kinesis/,
  );
});

test("the incident table filters and sorts, and keeps the choice in the URL", async ({ page }) => {
  await page.goto("/");
  const rows = page.locator("[data-incident-table] tbody tr:not([hidden])");
  const total = await rows.count();
  await page.getByRole("combobox", { name: "Provider" }).selectOption("aws");
  await expect(page).toHaveURL(/provider=aws/);
  const aws = await rows.count();
  expect(aws).toBeGreaterThan(0);
  expect(aws).toBeLessThan(total);
  for (const provider of await rows.locator("td:nth-child(3)").allTextContents())
    expect(provider).toBe("Amazon Web Services");
  await page.getByRole("button", { name: "Duration" }).click();
  await expect(page).toHaveURL(/sort=duration/);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Provider" })).toHaveValue("aws");
  await expect(rows).toHaveCount(aws);
});

test("the feeds parse and list every published incident", async ({ request }) => {
  const rss = await (await request.get("/rss.xml")).text();
  expect(rss).toMatch(/^<\?xml/);
  expect(rss).toContain("<rss");
  expect((rss.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(15);
  const index = await (await request.get("/sitemap-index.xml")).text();
  expect(index).toContain("sitemap-0.xml");
  const paths = sitemapPaths();
  expect(paths).toContain("/incidents/2020-09-28-azure-ad/");
  expect(paths.some((p) => p.includes("/gallery/") || p.includes("/search/"))).toBe(false);
});

test("an unknown address shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
});

test("every sitemap page has canonical, description and social tags", async ({ page }) => {
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute(
      "href",
      new RegExp(`${path}$`),
    );
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /\S/);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", /\S/);
  }
});

test("incident pages describe themselves as a NewsArticle in JSON-LD", async ({ page }) => {
  await page.goto("/incidents/2021-03-15-azure-ad/");
  const json = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(json["@type"]).toBe("NewsArticle");
  expect(json.about.startDate).toBe("2021-03-15T19:00:00Z");
});

// A test per page and theme: each names its page when it fails, and has its own time, so a
// growing corpus never runs one test out of time.
for (const theme of ["light", "dark"] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.describe.configure({ mode: "parallel" });
    for (const path of sitemapPaths()) {
      test(`${path} has no axe violations and no script error`, async ({ page }) => {
        await page.addInitScript((value) => localStorage.setItem("atlas:theme", value), theme);
        const errors = watchErrors(page);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        await expectNoAxeViolations(page);
        expect(errors).toEqual([]);
      });
    }
  });
}

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no page scrolls sideways", async ({ page }) => {
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test("every incident page unfurls with its own 1200 × 630 card", async ({ page, request }) => {
  const { pngSize } = await import("../../src/build/raster.ts");
  const slugs = readdirSync(join(DIST, "incidents"));
  expect(slugs.length).toBeGreaterThan(18);
  const cards = new Set<number>();
  for (const slug of slugs) {
    await page.goto(`/incidents/${slug}/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image, slug).toMatch(new RegExp(`/og/${slug}\\.png$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    const response = await request.get(new URL(image ?? "").pathname);
    expect(response.status(), slug).toBe(200);
    const body = new Uint8Array(await response.body());
    expect(pngSize(body), slug).toEqual({ width: 1200, height: 630 });
    cards.add(body.length);
  }
  // Each card draws its own incident: no two are the same picture.
  expect(cards.size).toBe(slugs.length);
});
