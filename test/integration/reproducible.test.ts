import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { RASTER_CACHE } from "../../src/build/raster.ts";
import { build, projectCopy } from "../helpers/projectCopy.ts";

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(relative(dir, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

describe("the build", () => {
  it("is reproducible: two builds of the same input are byte-identical", () => {
    const dir = projectCopy();
    const first = build(dir);
    expect(first.ok, first.output).toBe(true);
    renameSync(join(dir, "dist"), join(dir, "dist-first"));
    const second = build(dir);
    expect(second.ok, second.output).toBe(true);
    const a = digest(join(dir, "dist-first"));
    const b = digest(join(dir, "dist"));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    // The second build took its images from the raster cache, which holds exactly this
    // build's images: the same bytes as the first build drew.
    const pngs = [...b].filter(([file]) => file.endsWith(".png") && !file.startsWith("screenshot"));
    const cached = digest(join(dir, RASTER_CACHE));
    expect(pngs.length).toBeGreaterThanOrEqual(19);
    expect(new Set(cached.values())).toEqual(new Set(pngs.map(([, hash]) => hash)));
  });
});
