import { SLUG_PATTERN } from "./frontmatter.ts";

/**
 * Why `slug` cannot name a new incident, or undefined when it can: it must read
 * `YYYY-MM-DD-short-name` and start with a real date.
 */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG_PATTERN.test(slug)) {
    return `The slug "${slug}" is not allowed: write YYYY-MM-DD-short-name, e.g. 2021-03-15-azure-ad (lowercase letters, digits, hyphens).`;
  }
  const [year, month, day] = slug.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `The slug "${slug}" does not start with a real date.`;
  }
  return undefined;
}
