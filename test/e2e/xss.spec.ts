import { expect, test, type Page } from "@playwright/test";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { PAYLOAD_SLUG as SLUG, PAYLOAD_TITLE, PAYLOADS, payloadBuild } from "../helpers/builds.ts";
import { serve } from "./serve.ts";

/**
 * A site built with payloads in every CSV and front-matter text field (see helpers/builds.ts),
 * read in a browser: every output shows them as text and none runs. The standalone SVG is
 * opened on its own, as a downloaded file is, where no Content-Security-Policy protects it.
 */
let server: Server;
let origin = "";

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = serve(join(payloadBuild(), "dist"), 0);
  await new Promise((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server?.close());

/** Opens a path and says whether any payload ran, by a flag, a dialog or an error. */
async function ranNothing(page: Page, path: string): Promise<void> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState("networkidle");
  const flag = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  expect(flag, path).toBeUndefined();
  expect(dialogs, path).toEqual([]);
}

test("every page shows the payloads as text and runs none", async ({ page }) => {
  for (const path of [
    `/incidents/${SLUG}/`,
    "/",
    "/compare/",
    `/embed/${SLUG}/timeline/`,
    `/embed/${SLUG}/impact/`,
    "/embed/all/overview/",
  ])
    await ranNothing(page, path);
  await page.goto(`${origin}/incidents/${SLUG}/`);
  await expect(page.locator("h1")).toHaveText(PAYLOAD_TITLE);
  await expect(page.locator(".incident__dek")).toHaveText(PAYLOADS[1]!);
  const table = page.locator('figure[data-chart="timeline"] details table').first();
  for (const payload of PAYLOADS) await expect(table).toContainText(payload);
  for (const href of await page
    .locator("a[href]")
    .evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? "")))
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
});

test("the standalone SVG, opened on its own, names every payload and runs none", async ({
  page,
}) => {
  await ranNothing(page, `/download/${SLUG}/timeline.svg`);
  const titles = await page.evaluate(() =>
    [...document.querySelectorAll("[data-event-id] > title")].map((t) => t.textContent ?? ""),
  );
  for (const payload of PAYLOADS)
    expect(
      titles.some((t) => t.endsWith(`: ${payload}`)),
      payload,
    ).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll("script, foreignObject").length)).toBe(
    0,
  );
});

test("the feed and the data files hold the payloads as text", async ({ page, request }) => {
  await ranNothing(page, "/rss.xml");
  const feed = await (await request.get(`${origin}/rss.xml`)).text();
  const titles = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return [...doc.querySelectorAll("item > title")].map((t) => t.textContent);
  }, feed);
  expect(titles).toContain(PAYLOAD_TITLE);
  const json = (await (await request.get(`${origin}/data/${SLUG}/events.json`)).json()) as Array<{
    title: string;
  }>;
  for (const payload of PAYLOADS) expect(json.map((row) => row.title)).toContain(payload);
});

test("search finds the incident by its title and shows it as text", async ({ page }) => {
  await ranNothing(page, "/search/");
  await page.locator("#search input").fill("recovers");
  const result = page.locator(".pagefind-ui__result-link").first();
  await expect(result).toBeVisible();
  await expect(page.locator(".pagefind-ui__result-link")).toContainText([PAYLOAD_TITLE]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
});
