import { citedSources, dependencyApplies } from "./blastRadius.ts";
import { SLUG_PATTERN, type IncidentFrontmatter } from "./frontmatter.ts";
import { readFrontmatter } from "./frontmatterFile.ts";
import { milestoneProblems } from "./milestoneChecks.ts";
import { findMoments } from "./moments.ts";
import { describeFound, sortProblems, type Problem } from "./problems.ts";
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
  /** Every data file present, by its path from the project root, e.g. `data/services.csv`. */
  files: Set<string>;
}

/**
 * The project's files as the corpus check reads them, by paths relative to the project root
 * with `/` between folders. The build reads them from disk (`src/build/corpus.ts`); tests
 * may hand in any tree.
 */
export interface FileTree {
  /** The names in a folder, sorted; none when it does not exist. */
  list(dir: string): string[];
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  read(path: string): string;
}

const join = (...parts: string[]) => parts.filter(Boolean).join("/");

const INCIDENT_FILES = ["events.csv", "impact.csv", "updates.csv"];

/** The provider of an incident whose provider is not yet established. */
export const UNKNOWN_PROVIDER = "unknown";

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
 * Checks `content/incidents/` and `data/` of a project's files. Returns every problem
 * found across every file — never only the first — and the corpus as far as it is valid.
 */
export function checkCorpus(tree: FileTree): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (path: string) => tree.read(path);
  const existsSync = (path: string) => tree.exists(path);
  const listDir = (dir: string) => tree.list(dir);

  function table<T extends object>(
    path: string,
    columns: { required: readonly string[]; optional: readonly string[] },
    schema: Parameters<typeof readTable>[3],
  ): Array<T & { line: number }> {
    const result = readTable(path, read(path), columns, schema);
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

  const dataDir = "data";
  const required = (path: string) => {
    if (existsSync(path)) return true;
    problems.push({ file: path, line: 0, message: "found no such file; it is required" });
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

  const contentDir = join("content", "incidents");
  const incidentsDir = join(dataDir, "incidents");
  const mdxSlugs = new Set<string>();
  for (const name of listDir(contentDir)) {
    if (!name.endsWith(".mdx")) {
      problems.push({
        file: join(contentDir, name),
        line: 1,
        message: `found ${describeFound(name)}; allowed: only <slug>.mdx files`,
      });
      continue;
    }
    mdxSlugs.add(name.slice(0, -4));
  }
  const dataSlugs = new Set(
    listDir(incidentsDir).filter((name) => tree.isDirectory(join(incidentsDir, name))),
  );

  const frontmatter = new Map<string, IncidentFrontmatter>();
  const mdxSources = new Map<string, string>();
  for (const slug of mdxSlugs) {
    const file = join(contentDir, `${slug}.mdx`);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file: file,
        line: 1,
        message: `found the name ${describeFound(slug)}; allowed: YYYY-MM-DD-short-name, e.g. 2020-09-28-azure-ad`,
      });
    }
    if (!dataSlugs.has(slug)) {
      problems.push({
        file: file,
        line: 1,
        message: `found no data folder data/incidents/${slug}/; allowed: an MDX file beside its data folder of the same slug`,
      });
    }
    const source = read(file);
    mdxSources.set(slug, source);
    const result = readFrontmatter(file, source);
    problems.push(...result.problems);
    if (result.data) frontmatter.set(slug, result.data);
  }

  const incidents = new Map<string, IncidentData>();
  for (const slug of dataSlugs) {
    const dir = join(incidentsDir, slug);
    if (!mdxSlugs.has(slug)) {
      problems.push({
        file: dir,
        line: 0,
        message: `found a data folder without content/incidents/${slug}.mdx; allowed: a data folder beside its MDX file of the same slug`,
      });
    }
    for (const name of listDir(dir)) {
      if (!INCIDENT_FILES.includes(name)) {
        problems.push({
          file: join(dir, name),
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
      !problems.some((p) => p.file === eventsPath)
    ) {
      problems.push({
        file: eventsPath,
        line: 2,
        message: "found no events; allowed: at least one row under the header",
      });
    }
    duplicates(
      events,
      (row) => row.id,
      (row, first) =>
        problems.push({
          file: eventsPath,
          line: row.line,
          column: "id",
          message: `found ${describeFound(row.id)} again (first on line ${first.line}); allowed: each id once per incident`,
        }),
    );
    for (const span of impact) {
      if (!services.has(span.service)) {
        problems.push({
          file: impactPath,
          line: span.line,
          column: "service",
          message: `found ${describeFound(span.service)}; allowed: an id from data/services.csv`,
        });
      }
    }
    // Checked once both files read cleanly: a dropped bad row would look like a missing milestone.
    const files = { events: eventsPath, impact: impactPath };
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
    corpus: {
      providers,
      services,
      dependencies,
      incidents,
      frontmatter,
      texts: mdxSources,
      files: new Set(
        [providersPath, servicesPath, dependenciesPath]
          .concat(
            [...dataSlugs].flatMap((slug) =>
              INCIDENT_FILES.map((name) => join(incidentsDir, slug, name)),
            ),
          )
          .filter(existsSync),
      ),
    },
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
