import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "output" || name === "fixtures") return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mjs|js|astro|css)$/.test(name) ? [path] : [];
  });
}

const sources = [
  ...["src", "scripts", "test"].flatMap((dir) => files(join(ROOT, dir))),
  join(ROOT, "astro.config.mjs"),
].map((path) => readFileSync(path, "utf8"));

describe("package.json", () => {
  it.each(Object.keys(pkg.dependencies))(
    "declares %s, which code or a stylesheet imports by name",
    (name) => {
      const imported = new RegExp(
        `(?:from\\s+|import\\s*\\(\\s*|import\\s+|@import\\s+)["']${name.replace(/[/.]/g, "\\$&")}(?:/[^"']*)?["']`,
      );
      expect(sources.some((source) => imported.test(source))).toBe(true);
    },
  );
});
