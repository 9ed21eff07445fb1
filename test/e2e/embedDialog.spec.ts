import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, siteOrigin, watchErrors } from "./helpers.ts";

const SLUG = "2020-09-28-azure-ad";
const PAGE = `/incidents/${SLUG}/`;

async function openDialog(page: Page, chart: string) {
  await page.goto(PAGE);
  await page
    .locator(`figure[data-chart="${chart}"]`)
    .getByRole("button", { name: "Embed" })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe("the embed dialog", () => {
  test("offers the snippet to copy, its options and a live preview", async ({ page }) => {
    const errors = watchErrors(page);
    const dialog = await openDialog(page, "timeline");
    await expect(dialog.getByRole("heading")).toHaveText("Embed “Timeline”");
    const code = await dialog.getByLabel("Embed code").inputValue();
    expect(code).toContain(`<iframe src="${siteOrigin()}/embed/${SLUG}/timeline/"`);
    expect(code).toContain(`<script src="${siteOrigin()}/embed.js" async></script>`);
    await expect(dialog.getByRole("button", { name: "Copy code" })).toBeVisible();
    const preview = dialog.locator("[data-preview] iframe");
    await expect(preview).toHaveAttribute(
      "src",
      new URL(`/embed/${SLUG}/timeline/`, page.url()).href,
    );
    await expect(
      page
        .frameLocator("[data-preview] iframe")
        .locator('figure[data-chart="timeline"] svg[role="img"]'),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("rewrites the snippet and the preview as options are chosen", async ({ page }) => {
    const dialog = await openDialog(page, "timeline");
    const code = dialog.getByLabel("Embed code");
    await dialog.getByLabel("Dark", { exact: true }).check();
    await dialog.getByLabel("Reader’s local time").check();
    await dialog.getByLabel("Highlight an event").selectOption("manual-config-update");
    const expected = `/embed/${SLUG}/timeline/?theme=dark&tz=local&event=manual-config-update`;
    // In HTML, the ampersands of the iframe's src are written as &amp;.
    const src = `${siteOrigin()}${expected}`.replaceAll("&", "&amp;");
    expect(await code.inputValue()).toContain(`<iframe src="${src}"`);
    await expect(dialog.locator("[data-preview] iframe")).toHaveAttribute(
      "src",
      new URL(expected, page.url()).href,
    );
    const preview = page.frameLocator("[data-preview] iframe");
    await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(preview.locator("[data-highlighted]")).toHaveAttribute(
      "data-event-id",
      "manual-config-update",
    );
    await dialog.getByLabel("Light", { exact: true }).check();
    await expect(code).not.toHaveValue(/theme=/);
  });

  test("previews at 320, 600 and 1000 pixels, the frame taking the chart's height", async ({
    page,
  }) => {
    const dialog = await openDialog(page, "impact");
    const frame = dialog.locator("[data-preview] iframe");
    const fits = async () => {
      const content = await page
        .frameLocator("[data-preview] iframe")
        .locator(".embed")
        .evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
      return Math.abs(content - (await frame.evaluate((el) => el.getBoundingClientRect().height)));
    };
    for (const width of [320, 1000, 600]) {
      await dialog.getByLabel(`${width} px`).check();
      await expect.poll(() => frame.evaluate((el) => el.getBoundingClientRect().width)).toBe(width);
      await expect.poll(fits).toBeLessThanOrEqual(1);
    }
  });

  test("closes with Escape and with its Close button", async ({ page }) => {
    const dialog = await openDialog(page, "impact");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    const again = await openDialog(page, "impact");
    await again.getByRole("button", { name: "Close" }).click();
    await expect(again).toBeHidden();
    await expect(
      page.locator('figure[data-chart="impact"]').getByRole("button", { name: "Embed" }),
    ).toBeFocused();
  });

  test("has no axe violations while open", async ({ page }) => {
    await openDialog(page, "timeline");
    await expectNoAxeViolations(page);
  });

  test("hands out the same snippet as the chart's oEmbed description", async ({
    page,
    request,
  }) => {
    await page.goto(PAGE);
    for (const chart of ["timeline", "impact"]) {
      const code = await page.locator(`#embed-${SLUG}-${chart} textarea`).inputValue();
      const oembed = (await (await request.get(`/oembed/${SLUG}/${chart}.json`)).json()) as {
        html: string;
      };
      expect(code).toBe(oembed.html);
    }
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the Embed button still opens the dialog with the snippet, through an invoker command", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page
      .locator('figure[data-chart="impact"]')
      .getByRole("button", { name: "Embed" })
      .click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Embed code")).toHaveValue(
      new RegExp(`^<iframe src="${siteOrigin()}/embed/${SLUG}/impact/"`),
    );
    // What needs a script stays out of the way: no copy button, no inert options.
    await expect(dialog.getByRole("button", { name: "Copy code" })).toBeHidden();
    await expect(dialog.getByText("Theme")).toBeHidden();
    await expect(dialog.getByText("Preview width")).toBeHidden();
    await expect(dialog.getByText("The live preview needs JavaScript.")).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });
});
