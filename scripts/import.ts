/**
 * `npm run import -- <file> --incident <id> --slug <slug> [--provider <id>] [--force]`
 *
 * Turns a saved status-page export (Atlassian Statuspage API v2 or Google Cloud Service
 * Health `incidents.json`) into a draft incident: content/incidents/<slug>.mdx and
 * data/incidents/<slug>/{events,impact,updates}.csv, adding unknown components to
 * data/services.csv. Everything is computed first and written last: a refusal writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readCsv } from "../src/lib/csv.ts";
import { draftIncident } from "../src/lib/importDraft.ts";
import {
  detectExport,
  incidentList,
  listIncidents,
  readIncident,
} from "../src/lib/importExport.ts";
import { ImportRefusal } from "../src/lib/importModel.ts";
import { inferProvider } from "../src/lib/importServices.ts";
import { parseJson } from "../src/lib/jsonText.ts";
import { formatProblem } from "../src/lib/problems.ts";
import { COLUMNS } from "../src/lib/schemas.ts";
import { slugProblem } from "../src/lib/slug.ts";

const USAGE =
  "npm run import -- <file> --incident <id> --slug <YYYY-MM-DD-short-name> [--provider <id>] [--force]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      incident: { type: "string" },
      slug: { type: "string" },
      provider: { type: "string" },
      force: { type: "boolean", default: false },
      root: { type: "string" },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\nUsage: ${USAGE}`);
}
const { values, positionals } = parsed;
const file = positionals[0] ?? fail(`Give the export file.\nUsage: ${USAGE}`);
if (positionals.length > 1) {
  fail(`Give one export file, not ${positionals.length}.\nUsage: ${USAGE}`);
}
const root = resolve(values.root ?? ".");

/** Imports, or throws an ImportRefusal; returns what to tell the editor. */
function run(): string[] {
  if (!existsSync(file)) fail(`${file}: found no such file; allowed: a saved incidents.json`);
  const json = parseJson(readFileSync(file, "utf8"));
  if (!json.ok) fail(`${file}:${json.line}:${json.column}: ${json.message}`);
  const document = detectExport(json.value);

  if (!values.incident) {
    fail(`Give --incident <id>; ${incidentList(listIncidents(document))}\nUsage: ${USAGE}`);
  }
  const slug = values.slug ?? fail(`Give --slug <YYYY-MM-DD-short-name>.\nUsage: ${USAGE}`);
  const slugIssue = slugProblem(slug);
  if (slugIssue) fail(slugIssue);
  const incident = readIncident(document, values.incident);

  const table = (name: "providers" | "services") => {
    const path = `data/${name}.csv`;
    const text = readFileSync(join(root, path), "utf8");
    const csv = readCsv(path, text, COLUMNS[name]);
    if (csv.problems.length > 0) fail(csv.problems.map(formatProblem).join("\n"));
    return { text, rows: csv.records.map((record) => record.values) };
  };
  const providers = table("providers").rows.map((p) => ({
    id: p["id"] ?? "",
    name: p["name"] ?? "",
    url: p["url"] ?? "",
  }));
  const known = `known providers: ${providers.map((p) => p.id).join(", ")}`;
  let provider;
  if (values.provider !== undefined) {
    provider = providers.find((p) => p.id === values.provider);
    if (!provider) {
      fail(
        `--provider: found ${JSON.stringify(values.provider)}; allowed: an id from data/providers.csv (${known}); add the provider there first if it is new`,
      );
    }
  } else {
    provider = inferProvider(incident, providers);
    if (!provider) {
      fail(
        `The status page "${incident.page.name}" (${incident.page.url}) belongs to no provider of data/providers.csv by name or address; give --provider <id> (${known}), adding the provider to data/providers.csv first if it is new.`,
      );
    }
  }

  const mdxPath = join(root, "content", "incidents", `${slug}.mdx`);
  const dataDir = join(root, "data", "incidents", slug);
  if (!values.force && (existsSync(mdxPath) || existsSync(dataDir))) {
    fail(
      `An incident "${slug}" already exists (${existsSync(mdxPath) ? `content/incidents/${slug}.mdx` : `data/incidents/${slug}/`}); choose another slug, or give --force to replace it.`,
    );
  }

  const services = table("services");
  const draft = draftIncident(incident, {
    slug,
    provider,
    services: services.rows.map((s) => ({
      id: s["id"] ?? "",
      name: s["name"] ?? "",
      provider: s["provider"] ?? "",
    })),
    servicesText: services.text,
  });

  // Written last, once everything above has succeeded.
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, "events.csv"), draft.events);
  writeFileSync(join(dataDir, "impact.csv"), draft.impact);
  writeFileSync(join(dataDir, "updates.csv"), draft.updates);
  writeFileSync(mdxPath, draft.mdx);
  if (draft.services !== undefined)
    writeFileSync(join(root, "data", "services.csv"), draft.services);

  return draft.report;
}

try {
  console.log(run().join("\n"));
} catch (error) {
  if (!(error instanceof ImportRefusal)) throw error;
  fail(`${file}: ${error.message}`);
}
