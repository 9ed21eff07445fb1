import { appendCsv, toCsv } from "./csvWrite.ts";
import { isoMinute } from "./format.ts";
import { CAUSES, incidentFrontmatter } from "./frontmatter.ts";
import { incidentMdx, type SourceEntry } from "./incidentMdx.ts";
import { FORMAT_NAMES, utcDate, type ImportedIncident } from "./importModel.ts";
import { eventRow, impactRow, serviceRow, updateRow } from "./schemas.ts";
import {
  matchServices,
  NEW_SERVICE_CATEGORY,
  type KnownProvider,
  type KnownService,
} from "./importServices.ts";

/** The columns of each file the importer writes, in the data contract's order. */
export const EVENT_COLUMNS = Object.keys(eventRow.shape);
export const IMPACT_COLUMNS = Object.keys(impactRow.shape);
export const UPDATE_COLUMNS = Object.keys(updateRow.shape);
export const SERVICE_COLUMNS = Object.keys(serviceRow.shape);

/** The longest title the front matter allows. */
const TITLE_LIMIT = incidentFrontmatter.shape.title.maxLength ?? Infinity;

/** The dek a draft starts with; the editor replaces it. */
export const PLACEHOLDER_DEK =
  "Placeholder: replace with one sentence that says what happened and why it matters.";

/** Everything an import writes, computed before anything is written. */
export interface Draft {
  /** `content/incidents/<slug>.mdx`. */
  mdx: string;
  /** `data/incidents/<slug>/events.csv`, `impact.csv`, `updates.csv`. */
  events: string;
  impact: string;
  updates: string;
  /** The new text of `data/services.csv`, when services are added. */
  services?: string;
  /** What the importer tells the editor, line by line. */
  report: string[];
}

export interface DraftOptions {
  slug: string;
  provider: KnownProvider;
  services: readonly KnownService[];
  /** The text of `data/services.csv`, to which new services are appended. */
  servicesText: string;
}

/** Writes the draft incident for an imported one: pure, so it can be checked before writing. */
export function draftIncident(incident: ImportedIncident, options: DraftOptions): Draft {
  const { slug, provider } = options;
  const source = incident.link;
  const notes = [...incident.notes];
  const formatName = FORMAT_NAMES[incident.format].replace(/ \(.*\)$/, "");

  const events: Record<string, string>[] = [
    {
      id: "impact-start",
      time: isoMinute(incident.start.time),
      precision: "minute",
      phase: "impact",
      title: "Impact begins, as the status page gives it",
      detail: `The status page's start of the incident (${incident.start.field}).`,
      milestone: "impact-start",
      source,
    },
  ];
  const mitigated = incident.mitigated;
  if (mitigated === undefined) {
    notes.push(
      'No update is marked "monitoring", so there is no mitigated milestone: add one only if a source says when most customers were restored.',
    );
  } else if (mitigated < incident.start.time || mitigated > incident.resolved) {
    notes.push(
      `The first "monitoring" update (${isoMinute(mitigated)}) lies outside the incident's start and end, so it is not written as the mitigated milestone.`,
    );
  } else {
    events.push({
      id: "mitigated",
      time: isoMinute(mitigated),
      precision: "minute",
      phase: "mitigation",
      title: "Status page reports a fix in place and monitors recovery",
      detail: 'The first update marked "monitoring".',
      milestone: "mitigated",
      source,
    });
  }
  events.push({
    id: "resolved",
    time: isoMinute(incident.resolved),
    precision: "minute",
    phase: "resolved",
    title: "Status page marks the incident resolved",
    detail: `The status page's end of the incident (${incident.format === "google" ? "end" : "resolved_at"}).`,
    milestone: "resolved",
    source,
  });

  if (incident.name.length > TITLE_LIMIT) {
    notes.push(
      `The title has ${incident.name.length} characters; the site allows ${TITLE_LIMIT}: shorten it before npm run validate.`,
    );
  }
  const startDate = utcDate(incident.start.time);
  if (slug.slice(0, 10) !== startDate) {
    notes.push(
      `The slug's date ${slug.slice(0, 10)} is not the day impact began (${startDate} UTC): rename the files if the slug should follow it.`,
    );
  }

  const components = [...new Set(incident.spans.map((span) => span.component))];
  const matches = matchServices(components, provider, options.services);
  const impact = incident.spans.flatMap((span) => {
    const start = isoMinute(span.start);
    const end = isoMinute(span.end);
    if (end <= start) {
      notes.push(
        `A span of "${span.component}" (${span.note}) lasted less than a minute and was left out.`,
      );
      return [];
    }
    const service = matches.ids.get(span.component) ?? "";
    return [
      {
        service,
        region: span.region,
        start,
        end,
        severity: span.severity,
        note: span.note,
        source,
      },
    ];
  });
  if (incident.unspanned.length > 0) {
    const many = incident.unspanned.length > 1;
    notes.push(
      `The incident lists ${incident.unspanned.map((c) => `"${c}"`).join(", ")} without any status change: add impact rows for ${many ? "them" : "it"} by hand if a source gives ${many ? "their" : "its"} impact.`,
    );
  }

  const updates = incident.updates.map((update) => ({
    time: isoMinute(update.time),
    channel: "status-page",
    author: incident.author,
    text: update.text,
    url: source,
  }));

  const published = utcDate(incident.created);
  const sources: SourceEntry[] = [
    { title: incident.name, url: source, publisher: incident.author, date: published },
  ];
  if (incident.shortlink && incident.shortlink !== source) {
    sources.push({
      title: `${incident.name} (short link)`,
      url: incident.shortlink,
      publisher: incident.author,
      date: published,
    });
  }
  const mdx = incidentMdx(
    {
      title: incident.name,
      dek: PLACEHOLDER_DEK,
      provider: provider.id,
      cause: "unknown",
      draft: true,
      sources,
    },
    [
      `Imported from ${formatName}, incident ${incident.id}.`,
      "Before you publish:",
      "- write the dek (one sentence that agrees with the key figures) and the story under these",
      "  headings, in your own words;",
      `- set the cause (${CAUSES.join(", ")});`,
      "- add a detected milestone to events.csv only where a source says when the provider knew;",
      "  the importer never guesses it;",
      "- check impact-start, mitigated and resolved against the provider's report;",
      "- check impact.csv: the service each component became, its regions and severities;",
      "- add the provider's report and other sources above, the report first;",
      "- remove the line draft: true.",
      'EDITING.md, "Importing a status-page export", explains each step.',
    ],
  );

  const report = [
    `Imported incident ${incident.id} of the ${formatName} export as a draft: ${incident.name}`,
    `  content/incidents/${slug}.mdx`,
    `  data/incidents/${slug}/events.csv: ${events.map((e) => `${e["milestone"]} ${e["time"]}`).join(", ")}`,
    `  data/incidents/${slug}/impact.csv: ${impact.length} span${impact.length === 1 ? "" : "s"}`,
    `  data/incidents/${slug}/updates.csv: ${updates.length} update${updates.length === 1 ? "" : "s"}`,
    `impact-start is the export's ${incident.start.field}.`,
    matches.reused.length === 0
      ? "Services reused: none."
      : `Services reused:\n${matches.reused.map((s) => `  ${s.id} (${s.name}) for "${s.component}"`).join("\n")}`,
    matches.added.length === 0
      ? "Services added: none."
      : `Services added to data/services.csv (category ${NEW_SERVICE_CATEGORY}):\n${matches.added.map((s) => `  ${s.id} (${s.name})`).join("\n")}`,
  ];
  if (notes.length > 0) report.push(`Check:\n${notes.map((n) => `  - ${n}`).join("\n")}`);
  report.push(
    `Next: write the story, dek and cause, check the data, run npm run validate and npm run dev (/incidents/${slug}/), then remove draft: true. EDITING.md explains each step.`,
  );

  return {
    mdx,
    events: toCsv(EVENT_COLUMNS, events, { eol: "\n" }),
    impact: toCsv(IMPACT_COLUMNS, impact, { eol: "\n" }),
    updates: toCsv(UPDATE_COLUMNS, updates, { eol: "\n" }),
    ...(matches.added.length > 0
      ? { services: appendCsv(options.servicesText, SERVICE_COLUMNS, matches.added) }
      : {}),
    report,
  };
}
