import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { badCases } from "../helpers/fixtureCorpus.ts";

const guide = readFileSync(join(import.meta.dirname, "..", "..", "EDITING.md"), "utf8");

describe("EDITING.md", () => {
  it.each(badCases())("explains the validator message tested by the fixture %s", (badCase) => {
    expect(guide).toContain(`\`${badCase}\``);
  });

  it("documents every column of every CSV file", async () => {
    const { COLUMNS } = await import("../../src/lib/schemas.ts");
    for (const columns of Object.values(COLUMNS)) {
      for (const column of [...columns.required, ...columns.optional])
        expect(guide).toContain(`\`${column}\``);
    }
  });
});
