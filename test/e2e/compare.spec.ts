import { expect, test, type Page } from "@playwright/test";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

const SEPTEMBER = "2020-09-28-azure-ad";
const MARCH = "2021-03-15-azure-ad";
const FASTLY = "2021-06-08-fastly";

const shownLanes = (page: Page) =>
  page
    .locator('figure[data-chart="compare"] svg:visible .cmp-lane:not([display="none"])')
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-slug")));

test("the site header links to the comparison", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Site" })
    .getByRole("link", { name: "Compare" })
    .click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(page.locator("h1")).toHaveText("Compare incidents");
});

test("by default it aligns the two Azure AD outages at impact start", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/compare/");
  const figure = page.locator('figure[data-chart="compare"][data-incident="all"]');
  await expect(figure.locator('svg[role="img"]:visible')).toBeVisible();
  expect(await shownLanes(page)).toEqual([SEPTEMBER, MARCH]);
  await expect(figure.locator(".chart__summary")).toContainText("Microsoft, 28 Sep 2020");
  await expect(figure.locator(".chart__summary")).toContainText("Microsoft, 15 Mar 2021");
  // Both lanes start at the same x: impact start lines up.
  const starts = await figure
    .locator('svg:visible .cmp-lane:not([display="none"]) [data-event-id="impact-begins"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("transform")?.split(",")[0]));
  expect(new Set(starts).size).toBe(1);
  expect(errors).toEqual([]);
});

test("it lists time to detect, mitigate and resolve for every incident", async ({ page }) => {
  await page.goto("/compare/");
  const table = page.locator('figure[data-chart="response-times"] details[open] table');
  await expect(table).toBeVisible();
  await expect(table.locator("thead")).toContainText("Time to detect");
  await expect(table.locator("thead")).toContainText("Time to mitigate");
  await expect(table.locator("thead")).toContainText("Time to resolve");
  const published = [...corpus().frontmatter.values()].filter((m) => !m.draft);
  await expect(table.locator("tbody tr")).toHaveCount(published.length);
  const september = table.locator(`tr[data-slug="${SEPTEMBER}"] td`);
  await expect(september.nth(2)).toHaveText("about 5 min");
  await expect(september.nth(3)).toHaveText("2 h 58 min");
  await expect(september.nth(4)).toHaveText("5 h");
  await expect(
    page.locator('figure[data-chart="response-times"] [data-slug][data-phase]').first(),
  ).toBeAttached();
});

test("picking incidents redraws the chart and keeps the choice in the address", async ({
  page,
}) => {
  await page.goto("/compare/");
  await page.getByText("Choose the incidents to compare").click();
  await page.getByRole("checkbox", { name: /Fastly, 8 Jun 2021/ }).check();
  await expect(page).toHaveURL(new RegExp(`\\?incidents=${SEPTEMBER},${MARCH},${FASTLY}$`));
  await expect.poll(() => shownLanes(page)).toEqual([SEPTEMBER, MARCH, FASTLY]);
  await expect(page.locator('figure[data-chart="compare"] .chart__summary')).toContainText(
    "Fastly, 8 Jun 2021",
  );
  await expect(
    page.locator(`figure[data-chart="compare"] tr[data-slug="${FASTLY}"]`),
  ).toBeAttached();
  await page.getByRole("checkbox", { name: /Microsoft, 28 Sep 2020/ }).uncheck();
  await expect.poll(() => shownLanes(page)).toEqual([MARCH, FASTLY]);
  await page.reload();
  expect(await shownLanes(page)).toEqual([MARCH, FASTLY]);
  await expect(page.locator(`input[value="${SEPTEMBER}"]`)).not.toBeChecked();
  await expect(page.locator(`input[value="${FASTLY}"]`)).toBeChecked();
});

test("an address naming incidents opens with them", async ({ page }) => {
  await page.goto(`/compare/?incidents=${FASTLY},2022-04-05-atlassian,not-an-incident`);
  expect(await shownLanes(page)).toEqual([FASTLY, "2022-04-05-atlassian"]);
});

test("an incident can be picked exactly when it names its impact start", async ({ page }) => {
  await page.goto("/compare/");
  await page.getByText("Choose the incidents to compare").click();
  const boxes = page.getByRole("checkbox");
  const picked = await boxes.evaluateAll((els) =>
    els.map((el) => [(el as HTMLInputElement).value, !(el as HTMLInputElement).disabled]),
  );
  const { incidents } = corpus();
  const expected = picked.map(([slug]) => [
    slug,
    (incidents.get(String(slug))?.events ?? []).some((e) => e.milestone === "impact-start"),
  ]);
  expect(picked.length).toBeGreaterThan(18);
  expect(picked).toEqual(expected);
});

test("the compare page has no axe violations, with the picker open", async ({ page }) => {
  await page.goto("/compare/");
  await page.getByText("Choose the incidents to compare").click();
  await expectNoAxeViolations(page);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the default comparison and the full table are there", async ({ page }) => {
    await page.goto("/compare/");
    expect(await shownLanes(page)).toEqual([SEPTEMBER, MARCH]);
    await expect(
      page.locator('figure[data-chart="compare"] .chart__body svg:visible'),
    ).toBeVisible();
    const published = [...corpus().frontmatter.values()].filter((m) => !m.draft);
    await expect(page.locator('figure[data-chart="response-times"] tbody tr:visible')).toHaveCount(
      published.length,
    );
    await expect(page.locator("details.picker")).toBeHidden();
  });
});
