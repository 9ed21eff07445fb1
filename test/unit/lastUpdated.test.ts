import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lastUpdated } from "../../src/build/lastUpdated.ts";

const root = mkdtempSync(join(tmpdir(), "atlas-last-updated-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function commit(date: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const env = {
    ...process.env,
    GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
    GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
  };
  execFileSync("git", ["add", "-A"], { cwd: root, env });
  execFileSync(
    "git",
    ["-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-qm", date],
    { cwd: root, env },
  );
}

describe("lastUpdated", () => {
  execFileSync("git", ["init", "-q"], { cwd: root });
  commit("2024-01-10", {
    "content/incidents/2020-01-01-a.mdx": "a",
    "content/incidents/2020-02-02-b.mdx": "b",
    "data/incidents/2020-01-01-a/events.csv": "1",
  });
  commit("2024-03-05", { "data/incidents/2020-01-01-a/impact.csv": "2" });
  commit("2024-04-01", { "README.md": "not an incident" });

  it("gives each incident the date of the last commit touching its narrative or its data", () => {
    expect(lastUpdated("2020-01-01-a", root)).toBe("2024-03-05");
    expect(lastUpdated("2020-02-02-b", root)).toBe("2024-01-10");
  });

  it("has no date for an incident never committed, or outside a git checkout", () => {
    expect(lastUpdated("2020-03-03-c", root)).toBeNull();
    const elsewhere = mkdtempSync(join(tmpdir(), "atlas-no-git-"));
    expect(lastUpdated("2020-01-01-a", elsewhere)).toBeNull();
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
