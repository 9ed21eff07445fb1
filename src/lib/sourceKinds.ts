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

/**
 * Hosts that are not the original publisher of anything the atlas cites: content farms,
 * aggregators, mirrors of other sites' status pages, and vendor blogs that summarise someone
 * else's outage. Each was once cited here in place of an original; a row naming one fails
 * the build, so none comes back. (A faithful copy may still go in `archive`.)
 */
export const NOT_ORIGINAL_HOSTS: ReadonlySet<string> = new Set([
  "a.stacker.news",
  "arnav.au",
  "atomiccommits.io",
  "beforeits.news",
  "build5nines.com",
  "cellio.org",
  "culturedturtle.com",
  "cyber.vumetric.com",
  "devopsie.com",
  "docs.tuannvm.com",
  "drdroid.io",
  "edgedatacenters.nl",
  "everywan.com",
  "evolmagazine.com",
  "exbulletin.com",
  "f1tym1.com",
  "failure-modes.dev",
  "gncrypto.news",
  "greattore.blogg.se",
  "hb.int2inf.com",
  "icimdekiayi.com",
  "ilert.com",
  "lowyatad.pages.dev",
  "mjtsai.com",
  "mygeopay.com",
  "news.barelyhuman.xyz",
  "newzz.in",
  "nitinahirwal.in",
  "particle.news",
  "postmortems.app",
  "pzarycki.com",
  "quitemailingyourself.com",
  "readkong.com",
  "rescana.com",
  "site24x7.com",
  "sos-vo.org",
  "status.boltrics.com",
  "status.leanix.net",
  "status.xink.io",
  "technorivals.com",
  "techpulse.biz",
  "techshotsapp.com",
  "testing.techzim.co.zw",
  "vuink.com",
  "windowstechs.com",
  "yi.com.pk",
]);

/** Whether a URL's host is known not to be the original publisher of what it says. */
export function isNotOriginal(url: string): boolean {
  return NOT_ORIGINAL_HOSTS.has(new URL(url).hostname.replace(/^www\./, ""));
}
