import { expect, test } from "@playwright/test";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { build, projectCopy } from "../helpers/projectCopy.ts";
import { serve } from "./serve.ts";

/** Text that would run script if any part of the site inserted it as HTML. */
const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  "javascript:window.__xss=1",
  "data:text/html,<script>window.__xss=1</script>",
];
const SLUG = "2020-09-28-azure-ad";
const PORT = 4731;
const SOURCE = 'https://example.com/"><script>window.__xss=1</script>';
const csvValue = (text: string) => `"${text.replaceAll('"', '""')}"`;
const yamlValue = (text: string) => JSON.stringify(text);

let server: Server;

test.beforeAll(() => {
  test.setTimeout(120_000);
  const dir = projectCopy();
  const data = join(dir, "data", "incidents", SLUG);
  PAYLOADS.forEach((payload, i) => {
    appendFileSync(
      join(data, "events.csv"),
      `xss-${i},2020-09-28T23:0${i}Z,,minute,communication,${csvValue(payload)},${csvValue(payload)},,,${csvValue(SOURCE)},\n`,
    );
    appendFileSync(
      join(data, "impact.csv"),
      `azure-ad,${csvValue(payload)},2020-09-28T21:25Z,2020-09-28T21:30Z,major,${csvValue(payload)},${csvValue(SOURCE)},\n`,
    );
  });
  writeFileSync(
    join(data, "updates.csv"),
    `time,channel,author,text,url\n2020-09-28T22:00Z,social,${csvValue(PAYLOADS[1] ?? "")},${csvValue(PAYLOADS[0] ?? "")},${csvValue(SOURCE)}\n`,
  );
  const services = join(dir, "data", "services.csv");
  writeFileSync(
    services,
    readFileSync(services, "utf8").replace(
      "azure-ad,Azure Active Directory,",
      `azure-ad,${csvValue(PAYLOADS[2] ?? "")},`,
    ),
  );
  const mdx = join(dir, "content", "incidents", `${SLUG}.mdx`);
  writeFileSync(
    mdx,
    readFileSync(mdx, "utf8")
      .replace(/^title: .*$/m, `title: ${yamlValue(PAYLOADS[0] ?? "")}`)
      .replace(/^dek: .*$/m, `dek: ${yamlValue(PAYLOADS[1] ?? "")}`)
      .replace(/^trackingId: .*$/m, `trackingId: ${yamlValue(PAYLOADS[2] ?? "")}`)
      .replace(/^ {4}publisher: .*$/m, `    publisher: ${yamlValue(PAYLOADS[1] ?? "")}`),
  );
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  server = serve(join(dir, "dist"), PORT);
});

test.afterAll(() => server?.close());

test("payloads in every CSV and front-matter text field show as text and run nothing", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const path of [`/incidents/${SLUG}/`, "/", "/rss.xml"]) {
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
      path,
    ).toBeUndefined();
  }
  await page.goto(`http://127.0.0.1:${PORT}/incidents/${SLUG}/`);
  await expect(page.locator("h1")).toHaveText(PAYLOADS[0] ?? "");
  await expect(page.locator(".incident__dek")).toHaveText(PAYLOADS[1] ?? "");
  const table = page.locator('figure[data-chart="timeline"] details table').first();
  for (const payload of PAYLOADS) await expect(table).toContainText(payload);
  expect(
    await page
      .locator("script:not([type]), script[type='module']")
      .evaluateAll((els) => els.filter((e) => e.textContent?.includes("__xss")).length),
  ).toBe(0);
  for (const href of await page
    .locator("a[href]")
    .evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  expect(dialogs).toEqual([]);
});
