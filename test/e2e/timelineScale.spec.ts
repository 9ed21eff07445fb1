import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { timelinePageSvg } from "../helpers/drawnCharts.ts";
import { syntheticIncident, withTimeline } from "../helpers/syntheticTimeline.ts";
import { ROOT } from "./helpers.ts";

const PAGE = "/incidents/2020-09-28-azure-ad/";
const COUNT = 3000;

test.describe(`a timeline of ${COUNT} synthetic events`, () => {
  test.beforeEach(async ({ page }) => {
    const svg = timelinePageSvg({
      label: `Synthetic timeline of ${COUNT} invented events`,
      ...syntheticIncident(COUNT, 50),
      anchors: true,
    });
    const html = withTimeline(readFileSync(join(ROOT, "dist", PAGE, "index.html"), "utf8"), svg);
    await page.route(`**${PAGE}`, (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
    );
    await page.goto(PAGE);
    await expect(page.locator("svg.timeline-svg[data-enhanced]")).toBeAttached();
  });

  test("draws only what can be told apart: marks in view and clusters", async ({ page }) => {
    const drawn = () =>
      page.evaluate(() => ({
        marks: document.querySelectorAll(".tl-event, .tl-update").length,
        clusters: [...document.querySelectorAll<SVGGElement>(".tl-cluster")].filter(
          (g) => g.style.display !== "none",
        ).length,
      }));
    for (let i = 0; i < 8; i++) await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(async () => (await drawn()).clusters).toBeGreaterThan(20);
    const whole = await drawn();
    expect(whole.marks + whole.clusters).toBeLessThan(600);
  });

  test("still reaches every event from the keyboard, culled or not", async ({ page }) => {
    const first = page.locator('.tl-event[tabindex="0"]');
    await first.focus();
    await page.keyboard.press("End");
    const last = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"));
    const ids = syntheticIncident(COUNT, 50)
      .events.sort((a, b) => a.time - b.time || a.line - b.line)
      .map((e) => e.id);
    expect(last).toBe(ids.at(-1));
    await page.keyboard.press("Home");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-event-id")))
      .toBe(ids[0]);
    await expect(page.locator(".tl-popover")).toContainText("Synthetic benchmark event");
  });

  test("zooms into a cluster that is clicked", async ({ page }) => {
    const ticks = () => page.locator(".tl-tick:visible text").allTextContents();
    const before = await ticks();
    // Neighbouring glyphs overlap at their edges: a reader clicks the first whose centre shows.
    const reachable = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>(".tl-cluster")].findIndex((g) => {
        if (g.style.display === "none" || g.getBoundingClientRect().width === 0) return false;
        g.scrollIntoView({ block: "center", inline: "center" });
        const box = g.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && g.contains(hit);
      }),
    );
    expect(reachable).toBeGreaterThanOrEqual(0);
    await page.locator(".tl-cluster").nth(reachable).click();
    await expect.poll(ticks).not.toEqual(before);
  });
});
