import { expect, test } from "@playwright/test";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

test("the home page lists every incident with a working link", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  const slugs = [...corpus().frontmatter.entries()]
    .filter(([, m]) => !m.draft)
    .map(([slug]) => slug);
  const links = await page
    .locator(".incident-table tbody a")
    .evaluateAll((els) => els.map((a) => a.getAttribute("href")));
  expect(links.sort()).toEqual(slugs.map((s) => `/incidents/${s}/`).sort());
  await page.locator(".incident-table tbody a").first().click();
  await expect(page.locator("h1")).toBeVisible();
  expect(errors).toEqual([]);
});

test("the home page has no axe violations", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
});

test("every incident page renders its charts without script errors", async ({ page }) => {
  const errors = watchErrors(page);
  for (const slug of corpus().frontmatter.keys()) {
    await page.goto(`/incidents/${slug}/`);
    await expect(page.locator('figure[data-chart="timeline"] svg[aria-label]'), slug).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test.describe("reader settings", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the time-zone and theme settings persist across pages", async ({ page }) => {
    await page.goto("/incidents/2020-09-28-azure-ad/");
    const zone = page.locator('select[data-setting="timezone"]');
    const firstTime = page.locator(".key-figures time").first();
    await expect(firstTime).toContainText("UTC");
    await zone.selectOption("local");
    await expect(firstTime).toContainText("17:25");
    await expect(firstTime).toContainText("GMT-4");
    await page.locator('select[data-setting="theme"]').selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await expect(page.locator('select[data-setting="timezone"]')).toHaveValue("local");
    await expect(page.locator('select[data-setting="theme"]')).toHaveValue("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});
