import { expect, test } from "@playwright/test";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

const published = () =>
  [...corpus().frontmatter.entries()].filter(([, meta]) => !meta.draft).map(([slug]) => slug);

test("the home page shows every incident on one time axis, with key figures", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  const figure = page.locator('figure[data-chart="overview"][data-incident="all"]');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('svg[role="img"]:visible')).toHaveAttribute(
    "aria-label",
    /Every incident/,
  );
  const slugs = await figure
    .locator("svg:visible circle[data-slug]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")));
  expect(slugs.sort()).toEqual(published().sort());
  const figures = figure.locator(".corpus-figures");
  await expect(figures).toContainText(`Incidents${published().length}`);
  await expect(figures).toContainText("Median time to resolve");
  await expect(figures).toContainText(`of ${published().length} incidents`);
  await expect(figures).toContainText("Median time to mitigate");
  await expect(figure.getByRole("list", { name: "Causes" })).toContainText("config change");
  expect(errors).toEqual([]);
});

test("the overview links to every incident and keeps the table below it", async ({ page }) => {
  await page.goto("/");
  const links = await page
    .locator('figure[data-chart="overview"] details tbody a')
    .evaluateAll((els) => els.map((a) => a.getAttribute("href")));
  expect(links.sort()).toEqual(
    published()
      .map((s) => `/incidents/${s}/`)
      .sort(),
  );
  const below = await page.evaluate(() => {
    const figure = document.querySelector('figure[data-chart="overview"]');
    const table = document.querySelector(".incident-table");
    return Boolean(
      figure && table && figure.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(below).toBe(true);
});

test("a circle names its incident when pointed at and opens it when clicked", async ({ page }) => {
  await page.goto("/");
  const circle = page.locator('svg:visible circle[data-slug="2022-04-05-atlassian"]');
  await circle.hover();
  await expect(page.locator('figure[data-chart="overview"] .chart-tip')).toContainText(
    "Atlassian deletes 883 cloud sites",
  );
  await circle.click();
  await expect(page).toHaveURL(/\/incidents\/2022-04-05-atlassian\/$/);
});

test("the home page, with its overview, has no axe violations in either theme", async ({
  page,
}) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.locator('select[data-setting="theme"]').selectOption("dark");
  await expectNoAxeViolations(page);
});
