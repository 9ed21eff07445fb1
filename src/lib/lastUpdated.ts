import { execFileSync } from "node:child_process";

/**
 * The date of the last commit that touched an incident's narrative or data, `YYYY-MM-DD`,
 * or null outside a git checkout (or for files not yet committed).
 */
export function lastUpdated(slug: string, root: string = process.cwd()): string | null {
  try {
    const date = execFileSync(
      "git",
      [
        "log",
        "-1",
        "--format=%cs",
        "--",
        `content/incidents/${slug}.mdx`,
        `data/incidents/${slug}`,
      ],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  } catch {
    return null;
  }
}
