/** Hosts that keep snapshots of other publishers' pages. */
const ARCHIVE_HOSTS = new Set([
  "web.archive.org",
  "archive.org",
  "archive.today",
  "archive.ph",
  "archive.is",
  "archive.li",
  "archive.md",
  "archive.vn",
]);

/** Hosts of code repositories, where a report found at a file path is someone's mirror of it. */
const REPOSITORY_HOSTS = new Set(["github.com", "gitlab.com", "raw.githubusercontent.com"]);

/**
 * Whether a URL is a copy of a document rather than its original publisher's address: an
 * archive snapshot, or a report mirrored as a file in a code repository. A `source` that is a
 * copy means no original address could be found, and the page says so.
 */
export function isCopy(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, "");
  if (ARCHIVE_HOSTS.has(host)) return true;
  return REPOSITORY_HOSTS.has(host) && /\/(blob|raw|tree)\//.test(pathname);
}

/** What a source line adds after a publisher whose document is cited only as a copy. */
export const COPY_NOTE = "copy; original not found";
