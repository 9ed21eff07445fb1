import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { chartsOnIncidentPages, chartsOnSitePages } from "./helpers.ts";

test("the embed gallery frames every embed at 320, 600 and 1000 pixels, out of search results", async ({
  page,
}) => {
  await page.goto("/embed/gallery/");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  const charts = [...chartsOnIncidentPages(), ...chartsOnSitePages()];
  const frames = page.locator("iframe[data-width]");
  await expect(frames).toHaveCount(charts.length * 3);
  for (const { slug, chart } of charts) {
    const widths = await page
      .locator(`iframe[src="/embed/${slug}/${chart}/"]`)
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
    expect(widths, `${slug}/${chart}`).toEqual([320, 600, 1000]);
  }
});

test("the embed gallery sizes its frames with the host script, even one that arrives after them", async ({
  page,
}) => {
  // The host script loads async, after the iframes: hold it back until the first charts have
  // loaded and reported their heights to a page with no one listening. It must ask again.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/embed.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/embed/gallery/", { waitUntil: "commit" });
  const narrow = page.locator("iframe[data-width='320']").first();
  const wide = page.locator("iframe[data-width='1000']").first();
  for (const frame of [narrow, wide])
    await expect(frame.contentFrame().locator("figure[data-chart]")).toBeVisible();
  const loadedFirst = await narrow.evaluate((el) => el.style.height);
  release();
  expect(loadedFirst, "no height before the host script runs").toBe("");
  // A hundred frames load on a busy machine; the first may take longer than five seconds.
  const reported = { timeout: 30_000 };
  await expect.poll(() => narrow.evaluate((el) => el.style.height), reported).toMatch(/px$/);
  await expect.poll(() => wide.evaluate((el) => el.style.height), reported).toMatch(/px$/);
  const height = (el: HTMLElement) => el.getBoundingClientRect().height;
  // The same chart needs more height in a narrow column: longer lines wrap.
  expect(await narrow.evaluate(height)).not.toBe(await wide.evaluate(height));
});

test("the embed gallery page itself has no axe violations", async ({ page }) => {
  // The framed embeds are checked one by one elsewhere; here, the page around them, with
  // each frame holding an empty page so that axe does not walk a hundred charts.
  await page.route(/\/embed\/[^/]+\/[^/]+\/$/, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Chart</title>" }),
  );
  await page.goto("/embed/gallery/");
  const results = await new AxeBuilder({ page }).exclude("iframe").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
