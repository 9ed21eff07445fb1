import { expect, test } from "@playwright/test";
import { gzipSync } from "node:zlib";

const BUDGET = 25 * 1024;

test("an incident page ships at most 25 KB of gzipped JavaScript", async ({ page }) => {
  const bodies: Array<Promise<number>> = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      bodies.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto("/incidents/2021-03-15-azure-ad/");
  await expect(page.locator("svg.timeline-svg[data-enhanced]")).toBeAttached();
  await page.waitForLoadState("networkidle");
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
  const sizes = [...(await Promise.all(bodies)), ...inline.map((s) => gzipSync(s).length)];
  const total = sizes.reduce((a, b) => a + b, 0);
  test.info().annotations.push({ type: "gzipped JavaScript", description: `${total} bytes` });
  expect(total).toBeGreaterThan(5 * 1024);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
