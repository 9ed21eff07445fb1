import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./helpers.ts";

const DIST = join(ROOT, "dist");

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : files(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

const htmlPages = () => files(DIST, ".html");
const pagePath = (file: string) =>
  `/${relative(DIST, file).split(sep).join("/")}`.replace(/index\.html$/, "");

/** Every gzip-compressed byte of JavaScript a page loads: its module scripts and inline scripts. */
function scriptBytes(html: string): number {
  const seen = new Set<string>();
  let total = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? "";
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      if (seen.has(src)) continue;
      seen.add(src);
      total += gzipSync(readFileSync(join(DIST, src))).length;
      const code = readFileSync(join(DIST, src), "utf8");
      for (const imported of code.matchAll(/from"\.\/([^"]+\.js)"/g)) {
        const dep = join(DIST, src, "..", imported[1] ?? "");
        if (!seen.has(dep) && existsSync(dep)) {
          seen.add(dep);
          total += gzipSync(readFileSync(dep)).length;
        }
      }
    } else total += gzipSync(match[2] ?? "").length;
  }
  return total;
}

test("every built page passes the Nu HTML Checker", () => {
  test.setTimeout(300_000);
  const jar = join(ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
  let report = "";
  try {
    execFileSync(
      "java",
      ["-jar", jar, "--errors-only", "--format", "gnu", "--skip-non-html", DIST],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    report = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
  }
  expect(report.split("\n").filter(Boolean)).toEqual([]);
});

test("no built page links to a missing page or asset", () => {
  const broken: string[] = [];
  for (const file of htmlPages()) {
    const html = readFileSync(file, "utf8");
    for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      const target = match[1] ?? "";
      if (!target || /^[a-z]+:|^\/\//i.test(target)) continue;
      const absolute = target.startsWith("/")
        ? target
        : new URL(target, `http://x${pagePath(file)}`).pathname;
      const path = join(DIST, decodeURIComponent(absolute));
      const exists =
        existsSync(path) && (statSync(path).isFile() || existsSync(join(path, "index.html")));
      if (!exists) broken.push(`${pagePath(file)} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test("only http(s) and mailto links are emitted", () => {
  for (const file of htmlPages()) {
    for (const match of readFileSync(file, "utf8").matchAll(/\shref="([a-z][a-z0-9+.-]*):/gi)) {
      expect(["http", "https", "mailto"], pagePath(file)).toContain(match[1]?.toLowerCase());
    }
  }
});

test("pages stay within their JavaScript budgets (gzip)", () => {
  const budgets: Array<[RegExp, number]> = [
    [/^\/embed\//, 20_000],
    [/^\/incidents\//, 25_000],
    [/.*/, 25_000],
  ];
  const over: string[] = [];
  for (const file of htmlPages()) {
    const path = pagePath(file);
    const budget = budgets.find(([pattern]) => pattern.test(path))?.[1] ?? 25_000;
    const bytes = scriptBytes(readFileSync(file, "utf8"));
    if (bytes > budget) over.push(`${path}: ${bytes} B > ${budget} B`);
  }
  expect(over).toEqual([]);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("every page shows its content and every chart", async ({ page }) => {
    test.setTimeout(300_000);
    for (const file of htmlPages()) {
      const path = pagePath(file);
      if (path.startsWith("/search/")) continue;
      await page.goto(path);
      await expect(page.locator("h1, figure").first(), path).toBeVisible();
      for (const figure of await page.locator("figure[data-chart]").all()) {
        await expect(figure.locator("svg:visible").first(), path).toBeVisible();
        expect(await figure.locator("details table").count(), path).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

test("every page carries a Content-Security-Policy that the site itself satisfies, and runs without a script error", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${event.violatedDirective}: ${event.sample}`,
      );
    });
  });
  const violations: string[] = [];
  for (const file of htmlPages()) {
    const path = pagePath(file);
    if (path === "/404.html") continue;
    await page.goto(path === "/search/" ? "/search/?q=signing%20key" : path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
