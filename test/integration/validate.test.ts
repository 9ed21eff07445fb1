import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { badCases, expectedProblems, fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");

function validate(root: string) {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "validate.ts"), root], {
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run validate", () => {
  it("passes on the real corpus and prints counts per incident", () => {
    const result = validate(ROOT);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^2020-09-28-azure-ad\s+\d+\s+\d+\s+\d+\s+\d+$/m);
    expect(result.stdout).toContain("No problems found.");
  });

  it.each(badCases())(
    "fails on the bad fixture %s and prints each problem as path:line",
    (badCase) => {
      const result = validate(fixtureCorpus(badCase));
      expect(result.status).toBe(1);
      for (const line of expectedProblems(badCase)) expect(result.stderr).toContain(line);
    },
  );
});
