import { impairedOverTime, impairedTime } from "./concurrency.ts";
import type { IncidentData } from "./corpus.ts";
import type { IncidentFrontmatter } from "./frontmatter.ts";
import { SEVERITIES, type DependencyRow, type ImpactRow, type Severity } from "./schemas.ts";

/** A service in an incident's blast radius. */
export interface BlastNode {
  service: string;
  /** The service it failed with, or null for a root. */
  parent: string | null;
  /** 0 for a root, 1 for a service that depends on it, and so on. */
  depth: number;
  /** Its worst severity in this incident; null when the sources name it but impact.csv has no span. */
  severity: Severity | null;
  /** How long it was impaired in this incident, overlaps counted once, ms; null without a span. */
  impaired: number | null;
  /** The document that states the dependency; null for a root. */
  source: string | null;
}

export interface BlastRadius {
  /** Roots first, each followed by the services that failed with it, depth first. */
  nodes: BlastNode[];
  /** The dependencies that apply to this incident, one per pair of services. */
  edges: DependencyRow[];
  /** Services impaired in this incident that no documented dependency links to a root. */
  unlinked: string[];
}

export interface BlastInput {
  impact: readonly ImpactRow[];
  dependencies: readonly DependencyRow[];
  /** Every URL the incident cites: front matter sources and the sources of its rows. */
  cited: ReadonlySet<string>;
}

/** Every URL an incident cites: its front matter sources and the source of each row. */
export function citedSources(meta: IncidentFrontmatter, data: IncidentData): Set<string> {
  return new Set([
    ...meta.sources.map((s) => s.url),
    ...data.events.map((e) => e.source),
    ...data.impact.map((s) => s.source),
    ...data.updates.map((u) => u.url),
  ]);
}

/**
 * Whether a dependency belongs in an incident's blast radius: the incident cites the source
 * that states it, and the service depended on was impaired in it.
 */
export function dependencyApplies(
  dependency: DependencyRow,
  impact: readonly ImpactRow[],
  cited: ReadonlySet<string>,
): boolean {
  return (
    cited.has(dependency.source) && impact.some((span) => span.service === dependency.depends_on)
  );
}

/**
 * The blast radius of one incident: the services whose failure took others down, and those
 * others. `data/dependencies.csv` holds dependencies from every incident's sources; one applies
 * here when this incident cites its source and the service depended on was impaired in it, so
 * a dependency documented for one outage is never claimed for another.
 */
export function blastRadius(input: BlastInput): BlastRadius {
  const spansOf = new Map<string, ImpactRow[]>();
  for (const span of input.impact) {
    spansOf.set(span.service, [...(spansOf.get(span.service) ?? []), span]);
  }
  const edges: DependencyRow[] = [];
  const pairs = new Set<string>();
  for (const edge of input.dependencies) {
    const pair = `${edge.service} ${edge.depends_on}`;
    if (!dependencyApplies(edge, input.impact, input.cited) || pairs.has(pair)) continue;
    pairs.add(pair);
    edges.push(edge);
  }

  const firstStart = (service: string) =>
    Math.min(...(spansOf.get(service) ?? []).map((s) => s.start), Infinity);
  const worst = (service: string): Severity | null => {
    const ranks = (spansOf.get(service) ?? []).map((s) => SEVERITIES.indexOf(s.severity));
    return ranks.length > 0 ? (SEVERITIES[Math.min(...ranks)] ?? null) : null;
  };
  const order = (a: string, b: string) =>
    firstStart(a) - firstStart(b) ||
    SEVERITIES.indexOf(worst(a) ?? "advisory") - SEVERITIES.indexOf(worst(b) ?? "advisory") ||
    a.localeCompare(b);

  const children = new Map<string, DependencyRow[]>();
  for (const edge of edges) {
    children.set(edge.depends_on, [...(children.get(edge.depends_on) ?? []), edge]);
  }
  const dependents = new Set(edges.map((e) => e.service));
  const nodes: BlastNode[] = [];
  const placed = new Set<string>();
  const node = (service: string, parent: string | null, depth: number, source: string | null) => {
    const spans = spansOf.get(service);
    nodes.push({
      service,
      parent,
      depth,
      severity: worst(service),
      impaired: spans ? impairedTime(impairedOverTime(spans)) : null,
      source,
    });
    placed.add(service);
    const below = [...(children.get(service) ?? [])].sort((a, b) => order(a.service, b.service));
    for (const edge of below) {
      if (!placed.has(edge.service)) node(edge.service, service, depth + 1, edge.source);
    }
  };
  const parents = [...children.keys()].sort(order);
  for (const root of parents.filter((service) => !dependents.has(service))) {
    node(root, null, 0, null);
  }
  // Dependencies that only form a loop have no natural root: start from the earliest impaired.
  for (const parent of parents) if (!placed.has(parent)) node(parent, null, 0, null);

  const unlinked = [...spansOf.keys()].filter((service) => !placed.has(service)).sort(order);
  return { nodes, edges, unlinked };
}
