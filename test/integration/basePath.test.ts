import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { SUBFOLDER, subfolderBuild } from "../helpers/builds.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

describe("hosting in a sub-folder", () => {
  it("builds with BASE_PATH so every internal link and asset stays inside the folder", () => {
    const dist = join(subfolderBuild(), "dist");
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const page = `/${relative(dist, file).split(sep).join("/")}`;
      const html = readFileSync(file, "utf8");
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"#?]*)/g)) {
        const target = match[1] ?? "";
        if (target.startsWith("//")) continue;
        if (!target.startsWith("/atlas/")) {
          problems.push(`${page}: ${target} is outside /atlas/`);
          continue;
        }
        const path = join(dist, decodeURIComponent(target.slice("/atlas".length)));
        if (
          !existsSync(path) ||
          (statSync(path).isDirectory() && !existsSync(join(path, "index.html")))
        ) {
          problems.push(`${page}: ${target} is missing`);
        }
      }
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical) expect(canonical.startsWith(`${SUBFOLDER.site}/atlas/`), page).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});
