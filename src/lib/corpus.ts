import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { citedSources, dependencyApplies } from "./blastRadius.ts";
import { SLUG_PATTERN, type IncidentFrontmatter } from "./frontmatter.ts";
import { readFrontmatter } from "./frontmatterFile.ts";
import { milestoneProblems } from "./milestoneChecks.ts";
import { findMoments } from "./moments.ts";
import { describeFound, InputError, sortProblems, type Problem } from "./problems.ts";
import {
  COLUMNS,
  dependencyRow,
  eventRow,
  impactRow,
  providerRow,
  serviceRow,
  updateRow,
  type DependencyRow,
  type EventRow,
  type ImpactRow,
  type ProviderRow,
  type ServiceRow,
  type UpdateRow,
} from "./schemas.ts";
import { readTable } from "./table.ts";

/** Everything the data folder says about one incident. */
export interface IncidentData {
  slug: string;
  events: EventRow[];
  impact: ImpactRow[];
  updates: UpdateRow[];
}

/** The whole corpus: the shared registries, every incident's data and front matter. */
export interface Corpus {
  providers: Map<string, ProviderRow>;
  services: Map<string, ServiceRow>;
  dependencies: DependencyRow[];
  incidents: Map<string, IncidentData>;
  frontmatter: Map<string, IncidentFrontmatter>;
  /** The MDX source of each incident, for checks on what the text uses. */
  texts: Map<string, string>;
}

const INCIDENT_FILES = ["events.csv", "impact.csv", "updates.csv"];

/** The provider of an incident whose provider is not yet established. */
export const UNKNOWN_PROVIDER = "unknown";

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function duplicates<T>(
  rows: readonly T[],
  key: (row: T) => string,
  onDuplicate: (row: T, first: T) => void,
) {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first) onDuplicate(row, first);
    else seen.set(k, row);
  }
}

/**
 * Reads and checks `content/incidents/` and `data/` under `root`. Returns every problem
 * found across every file — never only the first — and the corpus as far as it is valid.
 */
export function checkCorpus(root: string): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join("/");
  const read = (path: string) => readFileSync(path, "utf8");

  function table<T extends object>(
    path: string,
    columns: { required: readonly string[]; optional: readonly string[] },
    schema: Parameters<typeof readTable>[3],
  ): Array<T & { line: number }> {
    const result = readTable(rel(path), read(path), columns, schema);
    problems.push(...result.problems);
    return result.rows as Array<T & { line: number }>;
  }

  function registry<T extends { id: string; line: number }>(
    name: string,
    rows: T[],
  ): Map<string, T> {
    duplicates(
      rows,
      (row) => row.id,
      (row, first) =>
        problems.push({
          file: `data/${name}`,
          line: row.line,
          column: "id",
          message: `found ${describeFound(row.id)} again (first on line ${first.line}); allowed: each id once`,
        }),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  const dataDir = join(root, "data");
  const required = (path: string) => {
    if (existsSync(path)) return true;
    problems.push({ file: rel(path), line: 0, message: "found no such file; it is required" });
    return false;
  };

  const providersPath = join(dataDir, "providers.csv");
  const servicesPath = join(dataDir, "services.csv");
  const dependenciesPath = join(dataDir, "dependencies.csv");
  const providers = registry(
    "providers.csv",
    required(providersPath)
      ? table<ProviderRow>(providersPath, COLUMNS.providers, providerRow)
      : [],
  );
  const services = registry(
    "services.csv",
    required(servicesPath) ? table<ServiceRow>(servicesPath, COLUMNS.services, serviceRow) : [],
  );
  for (const service of services.values()) {
    if (!providers.has(service.provider)) {
      problems.push({
        file: "data/services.csv",
        line: service.line,
        column: "provider",
        message: `found ${describeFound(service.provider)}; allowed: an id from data/providers.csv`,
      });
    }
  }
  const dependencies = existsSync(dependenciesPath)
    ? table<DependencyRow>(dependenciesPath, COLUMNS.dependencies, dependencyRow)
    : [];
  for (const dependency of dependencies) {
    for (const column of ["service", "depends_on"] as const) {
      if (!services.has(dependency[column])) {
        problems.push({
          file: "data/dependencies.csv",
          line: dependency.line,
          column,
          message: `found ${describeFound(dependency[column])}; allowed: an id from data/services.csv`,
        });
      }
    }
    if (dependency.service === dependency.depends_on) {
      problems.push({
        file: "data/dependencies.csv",
        line: dependency.line,
        column: "depends_on",
        message: `found ${describeFound(dependency.depends_on)}, the service itself; allowed: another service, the one whose failure takes it down`,
      });
    }
  }
  duplicates(
    dependencies,
    (row) => `${row.service} ${row.depends_on} ${row.source}`,
    (row, first) =>
      problems.push({
        file: "data/dependencies.csv",
        line: row.line,
        message: `found the dependency of ${describeFound(row.service)} on ${describeFound(row.depends_on)} with the same source again (first on line ${first.line}); allowed: each dependency once per source`,
      }),
  );

  const contentDir = join(root, "content", "incidents");
  const incidentsDir = join(dataDir, "incidents");
  const mdxSlugs = new Set<string>();
  for (const name of listDir(contentDir)) {
    if (!name.endsWith(".mdx")) {
      problems.push({
        file: rel(join(contentDir, name)),
        line: 1,
        message: `found ${describeFound(name)}; allowed: only <slug>.mdx files`,
      });
      continue;
    }
    mdxSlugs.add(name.slice(0, -4));
  }
  const dataSlugs = new Set(
    listDir(incidentsDir).filter((name) => statSync(join(incidentsDir, name)).isDirectory()),
  );

  const frontmatter = new Map<string, IncidentFrontmatter>();
  const mdxSources = new Map<string, string>();
  for (const slug of mdxSlugs) {
    const file = join(contentDir, `${slug}.mdx`);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file: rel(file),
        line: 1,
        message: `found the name ${describeFound(slug)}; allowed: YYYY-MM-DD-short-name, e.g. 2020-09-28-azure-ad`,
      });
    }
    if (!dataSlugs.has(slug)) {
      problems.push({
        file: rel(file),
        line: 1,
        message: `found no data folder data/incidents/${slug}/; allowed: an MDX file beside its data folder of the same slug`,
      });
    }
    const source = read(file);
    mdxSources.set(slug, source);
    const result = readFrontmatter(rel(file), source);
    problems.push(...result.problems);
    if (result.data) frontmatter.set(slug, result.data);
  }

  const incidents = new Map<string, IncidentData>();
  for (const slug of dataSlugs) {
    const dir = join(incidentsDir, slug);
    if (!mdxSlugs.has(slug)) {
      problems.push({
        file: rel(dir),
        line: 0,
        message: `found a data folder without content/incidents/${slug}.mdx; allowed: a data folder beside its MDX file of the same slug`,
      });
    }
    for (const name of listDir(dir)) {
      if (!INCIDENT_FILES.includes(name)) {
        problems.push({
          file: rel(join(dir, name)),
          line: 1,
          message: `found an unknown file ${describeFound(name)}; allowed: ${INCIDENT_FILES.join(", ")}`,
        });
      }
    }
    const eventsPath = join(dir, "events.csv");
    const impactPath = join(dir, "impact.csv");
    const updatesPath = join(dir, "updates.csv");
    const events = required(eventsPath)
      ? table<EventRow>(eventsPath, COLUMNS.events, eventRow)
      : [];
    const impact = required(impactPath)
      ? table<ImpactRow>(impactPath, COLUMNS.impact, impactRow)
      : [];
    const updates = existsSync(updatesPath)
      ? table<UpdateRow>(updatesPath, COLUMNS.updates, updateRow)
      : [];

    if (
      existsSync(eventsPath) &&
      events.length === 0 &&
      !problems.some((p) => p.file === rel(eventsPath))
    ) {
      problems.push({
        file: rel(eventsPath),
        line: 2,
        message: "found no events; allowed: at least one row under the header",
      });
    }
    duplicates(
      events,
      (row) => row.id,
      (row, first) =>
        problems.push({
          file: rel(eventsPath),
          line: row.line,
          column: "id",
          message: `found ${describeFound(row.id)} again (first on line ${first.line}); allowed: each id once per incident`,
        }),
    );
    for (const span of impact) {
      if (!services.has(span.service)) {
        problems.push({
          file: rel(impactPath),
          line: span.line,
          column: "service",
          message: `found ${describeFound(span.service)}; allowed: an id from data/services.csv`,
        });
      }
    }
    // Checked once both files read cleanly: a dropped bad row would look like a missing milestone.
    const files = { events: rel(eventsPath), impact: rel(impactPath) };
    if (!problems.some((p) => p.file === files.events || p.file === files.impact)) {
      problems.push(...milestoneProblems(files, events, impact));
    }
    incidents.set(slug, { slug, events, impact, updates });
  }

  for (const [slug, meta] of frontmatter) {
    const file = `content/incidents/${slug}.mdx`;
    const lineOf = (pattern: RegExp) => lineMatching(mdxSources.get(slug) ?? "", pattern);
    if (meta.provider !== UNKNOWN_PROVIDER && !providers.has(meta.provider)) {
      problems.push({
        file,
        line: lineOf(/^provider:/),
        column: "provider",
        message: `found ${describeFound(meta.provider)}; allowed: an id from data/providers.csv, or unknown`,
      });
    }
    for (const related of meta.related) {
      if (!mdxSlugs.has(related) || related === slug) {
        problems.push({
          file,
          line: lineOf(new RegExp(`^(related:.*|\\s*-\\s*)${related}\\b`)),
          column: "related",
          message: `found ${describeFound(related)}; allowed: the slug of another incident in content/incidents/`,
        });
      }
    }
  }

  for (const [slug, source] of mdxSources) {
    const data = incidents.get(slug);
    if (data) problems.push(...momentProblems(slug, source, data.events));
  }

  // Nothing is lost: a dependency that no incident's blast radius would draw is an error.
  // Checked once everything else is valid: a missing file or bad row would be mistaken for it.
  const citing = [...incidents.values()].flatMap((data) => {
    const meta = frontmatter.get(data.slug);
    return meta ? [{ impact: data.impact, cited: citedSources(meta, data) }] : [];
  });
  for (const dependency of problems.length === 0 ? dependencies : []) {
    if (citing.some(({ impact, cited }) => dependencyApplies(dependency, impact, cited))) continue;
    problems.push({
      file: "data/dependencies.csv",
      line: dependency.line,
      column: "source",
      message: `found ${describeFound(dependency.source)}, which no incident with ${describeFound(dependency.depends_on)} impaired cites, so no chart would show this row; allowed: a source cited by an incident in which ${describeFound(dependency.depends_on)} was impaired`,
    });
  }

  return {
    corpus: { providers, services, dependencies, incidents, frontmatter, texts: mdxSources },
    problems: sortProblems(problems),
  };
}

/** Every `<Moment event="…">` of a narrative must name events of its own incident. */
function momentProblems(slug: string, source: string, events: readonly EventRow[]): Problem[] {
  const ids = new Set(events.map((e) => e.id));
  const file = `content/incidents/${slug}.mdx`;
  const allowed = `allowed: an id from data/incidents/${slug}/events.csv`;
  const problems: Problem[] = [];
  for (const tag of findMoments(source)) {
    const found =
      tag.expression !== undefined
        ? [describeFound(tag.expression)]
        : tag.ids.length === 0
          ? ["nothing"]
          : tag.ids.filter((id) => !ids.has(id)).map((id) => describeFound(id));
    for (const what of found) {
      problems.push({
        file,
        line: tag.line,
        column: "Moment event",
        message: `found ${what}; ${allowed}`,
      });
    }
  }
  return problems;
}

/** The 1-based line of the first line matching `pattern`, or 0. */
function lineMatching(source: string, pattern: RegExp): number {
  const index = source.split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index + 1;
}

/** Names, sizes and modification times of every input file: changes when an editor saves. */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of listDir(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(join(root, "data"));
  walk(join(root, "content", "incidents"));
  return parts.join("|");
}

const cache = new Map<string, { key: string; corpus: Corpus }>();
const fingerprints = new Map<string, { key: string; at: number }>();

/**
 * The fingerprint, looked at most twice a second: a build renders many pages a second and
 * must not walk the data folder for each, while the dev server still sees a save at once.
 */
function recentFingerprint(root: string): string {
  const now = Date.now();
  const known = fingerprints.get(root);
  // A production build checks the corpus as it starts; its files do not change under it.
  if (known && (now - known.at < 500 || process.env["NODE_ENV"] === "production")) return known.key;
  const key = fingerprint(root);
  fingerprints.set(root, { key, at: now });
  return key;
}

/**
 * The checked corpus under `root`; throws an {@link InputError} listing every problem.
 * Read once and reused until a file changes, so the dev server always shows saved edits.
 */
export function loadCorpus(root: string = process.cwd()): Corpus {
  const key = recentFingerprint(root);
  const cached = cache.get(root);
  if (cached?.key === key) return cached.corpus;
  const { corpus, problems } = checkCorpus(root);
  if (problems.length > 0) throw new InputError(problems);
  cache.set(root, { key, corpus });
  return corpus;
}
