import { execFileSync } from "node:child_process";

const INCIDENT_FILE = /^(?:content\/incidents\/([^/]+)\.mdx|data\/incidents\/([^/]+)\/.+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every incident's last commit date, read from one `git log` over the incident folders:
 * one process for the whole site instead of one per page.
 */
function readDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync(
      "git",
      ["log", "--format=%x00%cs", "--name-only", "--", "content/incidents", "data/incidents"],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28 },
    );
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a slug is its last update.
  for (const commit of log.split("\0")) {
    const [date = "", ...files] = commit.split("\n");
    if (!DATE.test(date)) continue;
    for (const file of files) {
      const match = INCIDENT_FILE.exec(file);
      const slug = match?.[1] ?? match?.[2];
      if (slug && !dates.has(slug)) dates.set(slug, date);
    }
  }
  return dates;
}

const byRoot = new Map<string, Map<string, string>>();

/**
 * The date of the last commit that touched an incident's narrative or data, `YYYY-MM-DD`,
 * or null outside a git checkout (or for files not yet committed).
 */
export function lastUpdated(slug: string, root: string = process.cwd()): string | null {
  let dates = byRoot.get(root);
  if (!dates) {
    dates = readDates(root);
    byRoot.set(root, dates);
  }
  return dates.get(slug) ?? null;
}
