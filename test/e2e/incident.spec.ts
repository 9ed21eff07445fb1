import { expect, test } from "@playwright/test";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

const SLUG = "2020-09-28-azure-ad";
const PAGE = `/incidents/${SLUG}/`;

test.describe("the September 2020 Azure AD incident page", () => {
  test("loads without script errors", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(PAGE);
    await expect(page.locator("h1")).toContainText("Azure AD");
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("has no axe violations", async ({ page }) => {
    await page.goto(PAGE);
    await expectNoAxeViolations(page);
  });

  test("draws one timeline event per row of events.csv", async ({ page }) => {
    await page.goto(PAGE);
    const events = corpus().incidents.get(SLUG)!.events;
    const ids = await page
      .locator('figure[data-chart="timeline"] [data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-event-id")));
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
  });

  test("draws one impact bar per row of impact.csv, with service and severity", async ({
    page,
  }) => {
    await page.goto(PAGE);
    const spans = corpus().incidents.get(SLUG)!.impact;
    const bars = await page
      .locator('figure[data-chart="impact"] svg:visible [data-service]')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute("data-service")}/${el.getAttribute("data-severity")}`),
      );
    expect(bars.sort()).toEqual(spans.map((s) => `${s.service}/${s.severity}`).sort());
  });

  test("shows every chart as a figure with caption, accessible SVG and data table", async ({
    page,
  }) => {
    await page.goto(PAGE);
    for (const chart of ["timeline", "impact"]) {
      const figure = page.locator(`figure[data-chart="${chart}"][data-incident="${SLUG}"]`);
      await expect(figure).toHaveCount(1);
      await expect(figure.locator("figcaption h2")).not.toBeEmpty();
      await expect(figure.locator("figcaption p")).not.toBeEmpty();
      await expect(figure.locator(".chart__source")).toContainText("Source:");
      // The enhanced timeline is an application: its events are buttons. A chart drawn once
      // per band of widths shows one drawing at a time.
      const svg = figure.locator('svg[role="img"]:visible, svg[role="application"]:visible');
      await expect(svg).toHaveCount(1);
      expect(await svg.getAttribute("aria-label")).toBeTruthy();
      await expect(figure.locator("details table tbody tr").first()).toBeAttached();
    }
  });

  test("shows key figures counted between the milestones", async ({ page }) => {
    await page.goto(PAGE);
    const figures = page.locator(".key-figures");
    const figure = (label: string) =>
      figures.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("+ dd");
    await expect(figure("Time to resolve")).toHaveText("5 h");
    await expect(figure("Time to resolve")).toHaveAttribute("data-minutes", "300");
    await expect(figure("Time to mitigate")).toHaveAttribute("data-minutes", "178");
    await expect(figures.locator("time").first()).toHaveAttribute(
      "datetime",
      "2020-09-28T21:25:00Z",
    );
  });

  test("zooms the timeline with the buttons and resets it", async ({ page }) => {
    await page.goto(PAGE);
    const mark = page.locator(".tl-event").nth(3);
    const before = await mark.getAttribute("transform");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => mark.getAttribute("transform")).not.toBe(before);
    await page.getByRole("button", { name: "Reset" }).click();
    const x = (transform: string | null) =>
      Number(/translate\(([-\d.]+)/.exec(transform ?? "")?.[1]);
    await expect
      .poll(async () => Math.abs(x(await mark.getAttribute("transform")) - x(before)))
      .toBeLessThan(0.5);
  });

  test("zooms the timeline with the mouse wheel", async ({ page }) => {
    await page.goto(PAGE);
    const svg = page.locator("svg.timeline-svg");
    const ticks = () => svg.locator(".tl-tick text").allTextContents();
    const before = await ticks();
    await svg.hover();
    await page.mouse.wheel(0, -600);
    await expect.poll(ticks).not.toEqual(before);
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the incident page is complete", async ({ page }) => {
    await page.goto(PAGE);
    const events = corpus().incidents.get(SLUG)!.events;
    await expect(page.locator('figure[data-chart="timeline"] svg[role="img"]')).toBeVisible();
    await expect(page.locator('figure[data-chart="impact"] svg[role="img"]:visible')).toBeVisible();
    await expect(page.locator("[data-event-id]")).toHaveCount(events.length);
    await expect(page.locator('figure[data-chart="timeline"] details tbody tr')).toHaveCount(
      events.length,
    );
    await expect(page.locator(".key-figures dd").first()).not.toBeEmpty();
    for (const heading of [
      "Summary",
      "Timeline",
      "Impact",
      "Cause",
      "Response",
      "What changed",
      "Sources",
    ]) {
      await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible();
    }
    await expect(page.locator(".sources li").first()).toBeVisible();
  });

  test("each row of the timeline's table links its source, and the archived copy beside it", async ({
    page,
  }) => {
    await page.goto(PAGE);
    const events = corpus().incidents.get(SLUG)!.events;
    const archived = events.filter((e) => e.archive);
    expect(archived.length).toBeGreaterThan(0);
    for (const event of events) {
      const cell = page.locator(`tr[data-row-event="${event.id}"] td`).last();
      await expect(cell.locator("a").first()).toHaveAttribute("href", event.source);
      // The table sits in a closed <details>: find the link by its text, not its role.
      const copy = cell.locator("a", { hasText: "archived copy" });
      if (event.archive) await expect(copy).toHaveAttribute("href", event.archive);
      else await expect(copy).toHaveCount(0);
    }
  });
});
