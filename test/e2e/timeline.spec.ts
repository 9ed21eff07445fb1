import { expect, test, type Page } from "@playwright/test";
import { isoInstant } from "../../src/lib/format.ts";
import { severityBands } from "../../src/lib/severityBands.ts";
import { corpus, expectNoAxeViolations, watchErrors } from "./helpers.ts";

const SLUG = "2020-09-28-azure-ad";
const PAGE = `/incidents/${SLUG}/`;
const figure = (page: Page) => page.locator('figure[data-chart="timeline"]');
const mark = (page: Page, id: string) => page.locator(`.tl-event[data-event-id="${id}"]`);
const popover = (page: Page) => page.locator(".tl-popover");
const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);

/** Event ids of the incident in time order, as the keyboard visits them. */
function idsInTimeOrder(slug: string): string[] {
  const incident = corpus().incidents.get(slug)!;
  return [...incident.events].sort((a, b) => a.time - b.time || a.line - b.line).map((e) => e.id);
}

/** Waits until the build-time timeline has been enhanced. */
async function enhanced(page: Page): Promise<void> {
  await expect(figure(page).locator("svg.timeline-svg[data-enhanced]")).toBeAttached();
}

test.describe("the timeline's keyboard navigation", () => {
  test("is one tab stop: the first event, with every other event out of the tab order", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const stops = await figure(page)
      .locator(".tl-event, .tl-update")
      .evaluateAll((els) => els.filter((el) => el.getAttribute("tabindex") === "0").length);
    expect(stops).toBe(1);
    await page.locator("select[data-setting='theme']").focus();
    for (let i = 0; i < 40 && !(await focusedId(page)); i++) await page.keyboard.press("Tab");
    await expect.poll(() => focusedId(page)).toBe(idsInTimeOrder(SLUG)[0]);
    // Tabbing on leaves the events: no second event is ever reached.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await focusedId(page)).toBeNull();
    }
  });

  test("moves through the events in time order with the arrow keys, Home and End", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const order = idsInTimeOrder(SLUG);
    await mark(page, order[0]!).focus();
    const visited = [await focusedId(page)];
    for (let i = 1; i < order.length; i++) {
      await page.keyboard.press(i % 2 ? "ArrowRight" : "ArrowDown");
      visited.push(await focusedId(page));
    }
    expect(visited).toEqual(order);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => focusedId(page)).toBe(order.at(-2));
    await page.keyboard.press("Home");
    await expect.poll(() => focusedId(page)).toBe(order[0]);
    await page.keyboard.press("End");
    await expect.poll(() => focusedId(page)).toBe(order.at(-1));
    // The focused event is the tab stop.
    await expect(mark(page, order.at(-1)!)).toHaveAttribute("tabindex", "0");
    await expect(mark(page, order[0]!)).toHaveAttribute("tabindex", "-1");
  });

  test("announces each event with its time, phase and title", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const event = mark(page, "auto-rollback-fails");
    await expect(event).toHaveAttribute("role", "button");
    await expect(event).toHaveAttribute(
      "aria-label",
      /^28 Sep 2020, 22:02 UTC\. Mitigation\. Automated rollback is launched but fails/,
    );
    await expect(mark(page, "monitoring-alerts")).toHaveAttribute(
      "aria-label",
      /^28 Sep 2020, about 21:30 UTC\. Detection\./,
    );
    const svg = figure(page).locator("svg.timeline-svg");
    await expect(svg).toHaveAttribute("role", "application");
    await expect(svg).toHaveAttribute("aria-roledescription", "interactive timeline");
  });

  test("shows a visible focus ring on the focused event", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await mark(page, "impact-begins").focus();
    await page.keyboard.press("ArrowRight");
    const ring = await page.evaluate(() => {
      const dot = document.activeElement?.querySelector(".tl-dot, .tl-range");
      return dot ? getComputedStyle(dot).strokeWidth : null;
    });
    expect(ring).toBe("3px");
  });

  test("zooms with + and − around the focused event, down to minutes on the axis", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await mark(page, "root-cause-found").focus();
    const labels = () => figure(page).locator(".tl-tick:visible text").allTextContents();
    const hours = await labels();
    for (let i = 0; i < 5; i++) await page.keyboard.press("+");
    // From hours and days to single minutes.
    expect(hours.some((l) => l.endsWith(":00") || l.includes("Sep"))).toBe(true);
    await expect
      .poll(async () =>
        (await labels()).filter(
          (l) => /^\d\d:\d\d$/.test(l) && !l.endsWith("0") && !l.endsWith("5"),
        ),
      )
      .not.toEqual([]);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    await expect(mark(page, "root-cause-found")).toBeVisible();
  });
});

test.describe("the timeline's popover", () => {
  test("opens with Enter, tells the event's details, and closes with Escape", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const event = mark(page, "manual-config-update");
    await event.focus();
    await page.keyboard.press("Escape");
    await expect(popover(page)).toBeHidden();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", {
      name: "Engineers start changing the service configuration by hand, going around the deployment system",
    });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText("Mitigation · 28 Sep 2020, 22:47 UTC");
    await expect(dialog).toContainText("greatly lengthened the outage");
    await expect(dialog).toContainText("Time known to the minute");
    await expect(dialog.getByRole("link", { name: "Source: status.azure.com" })).toHaveAttribute(
      "href",
      /^https:\/\/status\.azure\.com\//,
    );
    await expect(event).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(popover(page)).toBeHidden();
    await expect.poll(() => focusedId(page)).toBe("manual-config-update");
    await page.keyboard.press(" ");
    await expect(popover(page)).toBeVisible();
  });

  test("opens on hover and on tap, for status posts too", async ({ page }) => {
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    // Its dot: the mark also holds its annotation, whose box is mostly empty space.
    await mark(page, "key-metadata-restored").locator(".tl-dot").hover();
    await expect(popover(page)).toContainText("Key metadata is rolled back");
    await page.mouse.move(5, 5);
    await expect(popover(page)).toBeHidden();
    await figure(page).locator(".tl-update").first().click();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText("Status post by @MSFT365Status");
    await expect(popover(page)).toContainText(
      "We're investigating an issue for access to multiple M365 services",
    );
  });

  test("says how precisely a time is known", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await mark(page, "bad-update-ships").focus();
    await page.keyboard.press("End");
    // The last event: a review known only to the day it was out by.
    await expect.poll(() => focusedId(page)).toBe(idsInTimeOrder(SLUG).at(-1));
    await expect(popover(page)).toContainText("Aftermath · 2 Oct 2020");
    await expect(popover(page)).toContainText("Time known only to the day");
  });

  test("copies a link to the event on its incident page", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
    await page.goto(PAGE);
    await enhanced(page);
    await mark(page, "root-cause-found").focus();
    await page.keyboard.press("Enter");
    await popover(page).getByRole("button", { name: "Copy link" }).click();
    await expect(popover(page).getByRole("status")).toHaveText("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/incidents/${SLUG}/#event-root-cause-found$`));
  });

  test("leaves the page free of axe violations while open", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await mark(page, "manual-config-update").focus();
    await expect(popover(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("deep links to an event", () => {
  test("focus and highlight the event and scroll the story to the passage about it", async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`${PAGE}#event-manual-config-update`);
    await enhanced(page);
    await expect.poll(() => focusedId(page)).toBe("manual-config-update");
    await expect(popover(page)).toContainText("Engineers start changing the service configuration");
    await expect(mark(page, "manual-config-update")).toBeInViewport();
    const passage = page.locator(".moment.moment--target");
    await expect(passage).toHaveCount(1);
    await expect(passage).toHaveAttribute("data-moment", /\bmanual-config-update\b/);
    await expect(passage).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test("follow a link to another event on the same page", async ({ page }) => {
    await page.goto(PAGE);
    await enhanced(page);
    await page.evaluate(() => {
      location.hash = "#event-residual-cleared";
    });
    await expect.poll(() => focusedId(page)).toBe("residual-cleared");
    await expect(popover(page)).toContainText("The last instances with residual impact recover");
  });

  test("point at the timeline's event, not the data table", async ({ page }) => {
    await page.goto(PAGE);
    const targets = await page
      .locator('[id^="event-"]')
      .evaluateAll((els) =>
        els.map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class")}`),
      );
    expect(new Set(targets)).toEqual(new Set(["g.tl-event"]));
    expect(targets).toHaveLength(corpus().incidents.get(SLUG)!.events.length);
  });

  test("land without animation for readers who prefer less motion", async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(`/incidents/2021-03-15-azure-ad/#event-final-mitigation`);
    await expect.poll(() => focusedId(page)).toBe("final-mitigation");
    const at = () => mark(page, "final-mitigation").getAttribute("transform");
    const first = await at();
    await page.waitForTimeout(400);
    expect(await at()).toBe(first);
    await context.close();
  });
});

test.describe("deep links without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("still target and highlight the event on the timeline", async ({ page }) => {
    await page.goto(`${PAGE}#event-auto-rollback-fails`);
    await expect(page.locator(":target")).toHaveAttribute("data-event-id", "auto-rollback-fails");
    const stroke = await page
      .locator(":target .tl-dot")
      .evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(stroke).toBe("3px");
  });
});

test.describe("the reader's time zone on the timeline", () => {
  test.use({ timezoneId: "America/New_York" });

  test("applies to the axis, the popover, the event names and the prose, and back", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await enhanced(page);
    const zoneLabel = figure(page).locator(".tl-zone");
    const prose = page.locator(".prose time").first();
    await expect(zoneLabel).toHaveText("Time (UTC)");
    await expect(prose).toHaveText("21:25 UTC");
    await page.locator('select[data-setting="timezone"]').selectOption("local");
    await expect(zoneLabel).toHaveText("Time (GMT-4)");
    await expect(prose).toHaveText("17:25 GMT-4");
    await expect(page.locator('.prose time[datetime="2020-09-29T00:23:00Z"]').first()).toHaveText(
      "20:23 GMT-4 on 28 September",
    );
    await expect(mark(page, "impact-begins")).toHaveAttribute(
      "aria-label",
      /^28 Sep 2020, 17:25 GMT-4\. Impact\./,
    );
    await mark(page, "impact-begins").focus();
    await expect(popover(page)).toContainText("Impact · 28 Sep 2020, 17:25 GMT-4");
    // A date known only to the day is never shifted into the reader's zone.
    await page.keyboard.press("End");
    await expect(popover(page)).toContainText("Aftermath · 2 Oct 2020");
    // The axis counts local hours: 18:00 in New York is 22:00 UTC.
    await page.keyboard.press("Home");
    await expect(figure(page).locator(".tl-tick:visible text", { hasText: "18:00" })).toHaveCount(
      1,
    );
    await page.locator('select[data-setting="timezone"]').selectOption("utc");
    await expect(zoneLabel).toHaveText("Time (UTC)");
    await expect(prose).toHaveText("21:25 UTC");
  });

  test("is remembered on the next page", async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('select[data-setting="timezone"]').selectOption("local");
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    await expect(figure(page).locator(".tl-zone")).toHaveText("Time (GMT-4)");
    await expect(page.locator(".prose time").first()).toHaveText("15:00 GMT-4");
  });

  test("follows daylight saving: GMT-5 before the March 2021 change, GMT-4 after", async ({
    page,
  }) => {
    await page.goto("/incidents/2021-01-04-slack/");
    await page.locator('select[data-setting="timezone"]').selectOption("local");
    await enhanced(page);
    await expect(figure(page).locator(".tl-zone")).toHaveText("Time (GMT-5)");
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    await expect(figure(page).locator(".tl-zone")).toHaveText("Time (GMT-4)");
    await mark(page, "key-metadata-changes").focus();
    await expect(popover(page)).toContainText("15 Mar 2021, 15:00 GMT-4");
  });

  test("puts day ticks on local midnights, 23 hours apart across the change", async ({ page }) => {
    await page.goto("/incidents/2021-03-02-exchange-proxylogon/");
    await page.locator('select[data-setting="timezone"]').selectOption("local");
    await enhanced(page);
    // The strip spans half a year here, so the brush lands within about half a day.
    await brushTo(page, Date.UTC(2021, 2, 11, 12), Date.UTC(2021, 2, 17, 12));
    await expect(figure(page).locator(".tl-zone")).toHaveText("GMT-5 → GMT-4");
    const ticks = await figure(page)
      .locator(".tl-tick:visible")
      .evaluateAll((els) =>
        els.map((el) => ({
          label: el.querySelector("text")?.textContent,
          x: (el as SVGGElement).transform.baseVal[0]!.matrix.e,
        })),
      );
    const x = (label: string) => ticks.find((t) => t.label === label)?.x ?? NaN;
    const normalDay = x("14 Mar") - x("13 Mar");
    const shortDay = x("15 Mar") - x("14 Mar");
    expect(shortDay / normalDay).toBeCloseTo(23 / 24, 2);
  });
});

/** Sets the overview brush to `[from, to]` by dragging its two edges, as a reader would. */
async function brushTo(page: Page, from: number, to: number): Promise<void> {
  const strip = figure(page).locator(".tl-overview__svg");
  await strip.scrollIntoViewIfNeeded();
  const geometry = () =>
    strip.evaluate((svg: SVGSVGElement) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const at = (selector: string) => {
        const el = svg.querySelector(selector)!;
        return (
          box.left + (Number(el.getAttribute("x")) + Number(el.getAttribute("width")) / 2) * scale
        );
      };
      const overlay = svg.querySelector(".overlay")!;
      return {
        start: Date.parse(svg.dataset["start"]!),
        end: Date.parse(svg.dataset["end"]!),
        left: box.left + Number(overlay.getAttribute("x")) * scale,
        width: Number(overlay.getAttribute("width")) * scale,
        y: box.top + box.height / 2,
        w: at(".handle--w"),
        e: at(".handle--e"),
      };
    });
  const drag = async (handle: "w" | "e", x: number) => {
    const g = await geometry();
    await page.mouse.move(g[handle], g.y);
    await page.mouse.down();
    await page.mouse.move((g[handle] + x) / 2, g.y, { steps: 3 });
    await page.mouse.move(x, g.y, { steps: 3 });
    await page.mouse.up();
  };
  const g = await geometry();
  const px = (t: number) => g.left + ((t - g.start) / (g.end - g.start)) * g.width;
  await drag("e", g.left + g.width);
  await drag("w", px(from));
  await drag("e", px(to));
}

test.describe("the overview brush", () => {
  test("picks the window the timeline shows, and follows the zoom buttons", async ({ page }) => {
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    await brushTo(page, Date.UTC(2021, 2, 15, 19, 0), Date.UTC(2021, 2, 15, 20, 0));
    const ticks = await figure(page).locator(".tl-tick:visible text").allTextContents();
    expect(ticks).toContain("19:30");
    await expect(mark(page, "backend-change-reverted")).toBeVisible();
    await expect(mark(page, "arm-recovered")).toBeHidden();
    const selection = figure(page).locator(".tl-overview .selection");
    const before = Number(await selection.getAttribute("width"));
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect
      .poll(async () => Number(await selection.getAttribute("width")))
      .toBeGreaterThan(before * 1.4);
  });
});

test.describe("scroll-sync between the story and the timeline", () => {
  test("highlights the events of the passage being read and keeps them in view", async ({
    page,
  }) => {
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    const passage = page.locator('.moment[data-moment="key-vault-last-regions"]');
    await passage.evaluate((el) => {
      const top = el.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight * 0.41);
    });
    await expect(passage).toHaveClass(/moment--active/);
    await expect(figure(page)).toHaveAttribute("data-reading", "");
    await expect(mark(page, "key-vault-last-regions")).toHaveClass(/tl-event--active/);
    await expect(mark(page, "key-metadata-changes")).not.toHaveClass(/tl-event--active/);
    await expect(mark(page, "key-vault-last-regions")).toBeInViewport();
    const inside = await page.evaluate(() => {
      const svg = document.querySelector("svg.timeline-svg")!.getBoundingClientRect();
      const dot = document
        .querySelector('[data-event-id="key-vault-last-regions"]')!
        .getBoundingClientRect();
      return dot.left >= svg.left && dot.right <= svg.right;
    });
    expect(inside).toBe(true);
  });

  test("keeps the timeline beside the story on a wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    await enhanced(page);
    await page.locator(".prose h2", { hasText: "Cause" }).scrollIntoViewIfNeeded();
    await expect(figure(page).locator("svg.timeline-svg")).toBeInViewport();
  });
});

test.describe("the enhanced timeline", () => {
  test("has no axe violations", async ({ page }) => {
    await page.goto("/incidents/2021-03-15-azure-ad/");
    await enhanced(page);
    await expectNoAxeViolations(page);
  });

  test("has no axe violations on a phone, in dark mode, with a popover open", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      colorScheme: "dark",
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(PAGE);
    await enhanced(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await mark(page, "auto-rollback-fails").tap();
    await expect(popover(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test("draws impact spans as bands of the worst severity in effect", async ({ page }) => {
    await page.goto("/incidents/2021-03-15-azure-ad/");
    const bands = await figure(page)
      .locator(".tl-severity")
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute("data-severity")} ${el.getAttribute("data-start")}`),
      );
    const expected = severityBands(corpus().incidents.get("2021-03-15-azure-ad")!.impact);
    expect(bands).toEqual(expected.map((b) => `${b.severity} ${isoInstant(b.start)}`));
    expect(bands[0]).toBe("outage 2021-03-15T19:00:00Z");
  });
});
