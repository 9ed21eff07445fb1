import { expect, test, type Locator, type Page } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { serve } from "./serve.ts";
import { siteOrigin, watchErrors } from "./helpers.ts";

const SLUG = "2020-09-28-azure-ad";
const FORGED = 3333;

/** A journalist's page on another origin: another static server, on another port. */
let host: Server;
let hostOrigin: string;
let hostDir: string;

test.beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), "atlas-host-"));
  host = serve(hostDir, 0);
  await once(host, "listening");
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  const forge = `parent.postMessage({ type: "outage-atlas:height", chart: "timeline", height: ${FORGED} }, "*");`;
  writeFileSync(
    join(hostDir, "rogue.html"),
    `<!doctype html><link rel="icon" href="data:,"><title>Rogue</title><script>${forge}</script>`,
  );
  writeFileSync(
    join(hostDir, "evil.html"),
    `<!doctype html><link rel="icon" href="data:,"><title>Evil</title><script>${forge}</script>`,
  );
});

test.afterAll(() => {
  host.close();
});

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** Copies a chart's snippet the way a journalist does: Embed, options, Copy code. */
async function copySnippet(page: Page, chart: string, theme?: "Dark"): Promise<string> {
  await page.goto(`/incidents/${SLUG}/`);
  await page
    .locator(`figure[data-chart="${chart}"]`)
    .getByRole("button", { name: "Embed" })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (theme) await dialog.getByLabel(theme, { exact: true }).check();
  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await dialog.getByLabel("Embed code").inputValue());
  // The snippet names the configured site; in this test the site is served elsewhere.
  return copied.replaceAll(siteOrigin(), new URL(page.url()).origin);
}

function article(...snippets: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,"></head>
<body style="max-width:44rem;margin:0 auto;padding:1rem;font-family:Georgia,serif">
<h1>How the cloud went down</h1><p>Paragraphs of reporting.</p>
${snippets.join("\n<p>More reporting between the charts.</p>\n")}
<iframe id="rogue" title="Someone else's frame" src="/rogue.html" style="width:100%;height:40px;border:0"></iframe>
</body></html>`;
}

/** The height of the chart page inside the frame; NaN while it is between pages. */
async function contentHeight(iframe: Locator): Promise<number> {
  try {
    const frame = await (await iframe.elementHandle())!.contentFrame();
    return await frame!.evaluate(() =>
      Math.ceil(document.querySelector(".embed")!.getBoundingClientRect().height),
    );
  } catch {
    return Number.NaN;
  }
}

const frameHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);

/** Waits until the iframe is exactly as tall as the chart page inside it. */
async function expectFitsContent(iframe: Locator): Promise<number> {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => Math.abs((await contentHeight(iframe)) - (await frameHeight(iframe))), {
      timeout: 10_000,
    })
    .toBeLessThanOrEqual(1);
  return frameHeight(iframe);
}

test("two copied snippets on another site take the height of their charts, and forged heights change nothing", async ({
  page,
}) => {
  const timelineSnippet = await copySnippet(page, "timeline");
  const impactSnippet = await copySnippet(page, "impact");
  const darkTimeline = await copySnippet(page, "timeline", "Dark");
  writeFileSync(join(hostDir, "article.html"), article(timelineSnippet, impactSnippet));

  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${hostOrigin}/article.html`);
  const timeline = page.locator('iframe[src*="/timeline/"]');
  const impact = page.locator('iframe[src*="/impact/"]');
  await expect(timeline).toHaveAttribute("loading", "lazy");

  // Each frame follows its own content, which differ.
  const timelineHeight = await expectFitsContent(timeline);
  const impactHeight = await expectFitsContent(impact);
  expect(timelineHeight).not.toBe(impactHeight);

  // Opening the data table makes the chart page taller; its frame follows.
  const timelineFrame = await (await timeline.elementHandle())!.contentFrame();
  await timelineFrame!.getByText("Show the data as a table").click();
  const opened = await expectFitsContent(timeline);
  expect(opened).toBeGreaterThan(timelineHeight + 200);
  await timelineFrame!.getByText("Show the data as a table").click();
  // Closed again, the frame shrinks by the table's height (the click also brought in the
  // timeline's zoom controls and overview strip, which add rows of their own).
  expect(await expectFitsContent(timeline)).toBeLessThan(opened - 150);

  // A narrower column: both charts reflow and their frames follow.
  await page.setViewportSize({ width: 420, height: 800 });
  const narrowImpact = await expectFitsContent(impact);
  expect(narrowImpact).not.toBe(impactHeight);
  await expectFitsContent(timeline);

  // Switching the theme: the dark snippet's page is dark, and its frame still fits it.
  const darkSrc = /src="([^"]+)"/.exec(darkTimeline)![1]!;
  expect(darkSrc).toContain("theme=dark");
  await timeline.evaluate((el, src) => el.setAttribute("src", src), darkSrc);
  await expect(page.frameLocator('iframe[src*="/timeline/"]').locator("html")).toHaveAttribute(
    "data-theme",
    "dark",
  );
  const darkFrame = await (await timeline.elementHandle())!.contentFrame();
  const darkHeight = await expectFitsContent(timeline);

  // Forged heights: from another frame, from the host page itself, and from a page the
  // chart's own frame was navigated to on another origin. None of them is believed.
  await page.evaluate((forged) => {
    const seen = { count: 0 };
    (window as unknown as { forgedSeen: typeof seen }).forgedSeen = seen;
    addEventListener("message", (event) => {
      if ((event.data as { height?: number } | null)?.height === forged) seen.count += 1;
    });
  }, FORGED);
  const seen = () =>
    page.evaluate(() => (window as unknown as { forgedSeen: { count: number } }).forgedSeen.count);
  await page.locator("#rogue").evaluate((el) => {
    (el as HTMLIFrameElement).src = "/rogue.html?again";
  });
  await page.evaluate((forged) => {
    postMessage({ type: "outage-atlas:height", chart: "impact", height: forged }, "*");
  }, FORGED);
  await darkFrame!
    .evaluate((url) => {
      location.href = url;
    }, `${hostOrigin}/evil.html`)
    // The frame may leave before the call returns; the count below shows the page arrived.
    .catch(() => undefined);
  await expect.poll(seen).toBe(3);
  expect(await frameHeight(timeline)).toBe(darkHeight);
  expect(await frameHeight(impact)).toBe(narrowImpact);
  expect(errors).toEqual([]);
});

test("a snippet without its script still shows the chart, at the snippet's fixed height", async ({
  page,
}) => {
  const snippet = (await copySnippet(page, "impact")).replace(/<script[^>]*><\/script>/, "");
  writeFileSync(join(hostDir, "plain.html"), article(snippet));
  await page.goto(`${hostOrigin}/plain.html`);
  const impact = page.locator('iframe[src*="/impact/"]');
  const fixed = Number(await impact.getAttribute("height"));
  expect(fixed).toBeGreaterThan(300);
  await impact.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[src*="/impact/"]');
  await expect(frame.locator('figure[data-chart="impact"] svg[role="img"]:visible')).toBeVisible();
  expect(await frameHeight(impact)).toBe(fixed);
});
