import { expect, test, type Page } from "@playwright/test";
import { impairedOverTime } from "../../src/lib/concurrency.ts";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

const SEPTEMBER = "2020-09-28-azure-ad";
const MARCH = "2021-03-15-azure-ad";

/** The anatomy every chart shares: title, summary, source, accessible SVG and data table. */
async function expectFigure(page: Page, chart: string, slug: string) {
  const figure = page.locator(`figure[data-chart="${chart}"][data-incident="${slug}"]`);
  await expect(figure, `${chart} on ${slug}`).toHaveCount(1);
  await expect(figure.locator("figcaption h2")).not.toBeEmpty();
  await expect(figure.locator(".chart__summary")).not.toBeEmpty();
  await expect(figure.locator(".chart__source")).toContainText("Source:");
  // A chart drawn once per band of widths shows one drawing at a time.
  const svg = figure.locator('.chart__body svg[role="img"]:visible');
  await expect(svg).toHaveCount(1);
  expect(await svg.getAttribute("aria-label")).toBeTruthy();
  await expect(figure.locator("details table tbody tr").first()).toBeAttached();
  return figure;
}

test("every outage with impact data shows its impact and concurrency charts", async ({ page }) => {
  const errors = watchErrors(page);
  for (const [slug, incident] of corpus().incidents) {
    await page.goto(`/incidents/${slug}/`);
    if (incident.impact.length === 0) {
      await expect(page.locator('figure[data-chart="impact"]'), slug).toHaveCount(0);
      continue;
    }
    await expectFigure(page, "impact", slug);
    const concurrency = await expectFigure(page, "concurrency", slug);
    await expect(concurrency.locator("details tbody tr"), slug).toHaveCount(
      impairedOverTime(incident.impact).length,
    );
  }
  expect(errors).toEqual([]);
});

test("both Azure AD outages show Azure AD's blast radius", async ({ page }) => {
  for (const slug of [SEPTEMBER, MARCH]) {
    await page.goto(`/incidents/${slug}/`);
    const figure = await expectFigure(page, "blast-radius", slug);
    await expect(
      figure.locator('svg:visible .blast-nodes [data-service="azure-ad"][data-depth="0"]'),
    ).toHaveCount(1);
    await expect(figure.locator('svg:visible .blast-nodes [data-service="teams"]')).toHaveCount(1);
    await expect(figure.locator("details tbody a").first()).toHaveAttribute("href", /^https:\/\//);
  }
});

test("an outage without documented dependencies has no blast-radius chart", async ({ page }) => {
  await page.goto("/incidents/2021-06-08-fastly/");
  await expect(page.locator('figure[data-chart="impact"]')).toHaveCount(1);
  await expect(page.locator('figure[data-chart="blast-radius"]')).toHaveCount(0);
});

test("the March 2021 page, with every chart, has no axe violations", async ({ page }) => {
  await page.goto(`/incidents/${MARCH}/`);
  await expectNoAxeViolations(page);
});

test("pointing at an impact bar tells its service, severity and times, and lights its row", async ({
  page,
}) => {
  await page.goto(`/incidents/${MARCH}/`);
  const figure = page.locator('figure[data-chart="impact"]');
  const bar = figure.locator('svg:visible rect[data-service="azure-ad"]');
  await bar.hover();
  const tip = figure.locator(".chart-tip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Azure Active Directory: Outage");
  await expect(tip).toContainText("15 Mar, 19:00 UTC – 15 Mar, 21:05 UTC");
  await expect(figure.locator("svg:visible")).toHaveClass(/has-active/);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
});

test.describe("in the reader's time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the time axes of the impact charts follow the time-zone setting", async ({ page }) => {
    await page.goto(`/incidents/${SEPTEMBER}/`);
    const ticks = page.locator('figure[data-chart="impact"] .chart-axis text');
    const utc = await ticks.allTextContents();
    expect(utc).toContain("22:00");
    await page.locator('select[data-setting="timezone"]').selectOption("local");
    // 22:00 UTC on 28 September 2020 was 18:00 in New York.
    await expect.poll(() => ticks.allTextContents()).toContain("18:00");
    await expect(page.locator('figure[data-chart="impact"] [data-zone-name]')).toHaveText(
      "your local time",
    );
    await page.locator('select[data-setting="timezone"]').selectOption("utc");
    await expect.poll(() => ticks.allTextContents()).toEqual(utc);
  });
});

test("the charts take their colours from the theme", async ({ page }) => {
  await page.goto(`/incidents/${MARCH}/`);
  const fill = () =>
    page
      .locator('figure[data-chart="concurrency"] rect[data-severity="outage"]')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  const light = await fill();
  await page.locator('select[data-setting="theme"]').selectOption("dark");
  await expect.poll(fill).not.toBe(light);
  expect(await fill()).toBe("rgb(255, 156, 140)");
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the new charts are drawn in full", async ({ page }) => {
    await page.goto(`/incidents/${MARCH}/`);
    for (const chart of ["impact", "concurrency", "blast-radius"])
      await expect(page.locator(`figure[data-chart="${chart}"] svg:visible`)).toBeVisible();
  });
});
