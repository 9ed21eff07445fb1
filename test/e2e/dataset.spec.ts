import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.ts";

interface Descriptor {
  licenses: Array<{ name: string }>;
  resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string }> } }>;
}

test("the dataset page offers the package and every table with its columns and licence", async ({
  page,
  request,
}) => {
  const descriptor = (await (await request.get("/data/datapackage.json")).json()) as Descriptor;
  await page.goto("/data/");
  await expect(page.locator("h1")).toHaveText("The open dataset");
  await expect(page.getByRole("link", { name: "datapackage.json" })).toHaveAttribute(
    "href",
    "/data/datapackage.json",
  );
  await expect(page.locator("main, body").first()).toContainText(descriptor.licenses[0]!.name);
  await expect(page.locator("body")).toContainText("remain theirs");
  for (const resource of descriptor.resources) {
    const section = page.locator(`#table-${resource.name}`);
    await expect(section.locator("h2")).toContainText(resource.name);
    const columns = await section.locator("dt code").allTextContents();
    expect(columns, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    for (const format of ["csv", "json"]) {
      const href = `/data/${resource.name}.${format}`;
      await expect(section.locator(`a[href="${href}"]`)).toBeVisible();
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
});

test("the footer and each incident's sources lead to the dataset", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("footer a[href='/data/']")).toBeVisible();
  await page.goto("/incidents/2021-03-15-azure-ad/");
  await expect(page.locator(".sources a[href='/data/']")).toBeVisible();
});

test("no folder of /data/ but an incident's holds an events table", async ({ request }) => {
  expect((await request.get("/data/all/events.json")).status()).toBe(404);
  expect((await request.get("/data/events.json")).status()).toBe(200);
});

test("the dataset page has no axe violations", async ({ page }) => {
  await page.goto("/data/");
  await expectNoAxeViolations(page);
});
