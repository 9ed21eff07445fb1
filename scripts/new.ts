/**
 * `npm run new -- <slug> [--title "…"] [--provider id] [--cause cause] [--dek "…"]`
 *
 * Creates content/incidents/<slug>.mdx and data/incidents/<slug>/ with the CSV headers.
 * In a terminal it asks for whatever the flags leave out; without a terminal it uses
 * neutral defaults (provider and cause `unknown`), so the files build as soon as the CSVs
 * hold rows.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { CAUSES } from "../src/lib/frontmatter.ts";
import { incidentMdx } from "../src/lib/incidentMdx.ts";
import { COLUMNS } from "../src/lib/schemas.ts";
import { slugProblem } from "../src/lib/slug.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: "string" },
    dek: { type: "string" },
    provider: { type: "string" },
    cause: { type: "string" },
    root: { type: "string" },
  },
});

const slug =
  positionals[0] ?? fail("Give the new incident's slug: npm run new -- 2021-03-15-azure-ad");
const problem = slugProblem(slug);
if (problem) fail(problem);

const root = resolve(values.root ?? ".");
const mdxPath = join(root, "content", "incidents", `${slug}.mdx`);
const dataDir = join(root, "data", "incidents", slug);
if (existsSync(mdxPath) || existsSync(dataDir)) {
  fail(
    `An incident "${slug}" already exists (${existsSync(mdxPath) ? `content/incidents/${slug}.mdx` : `data/incidents/${slug}/`}); choose another slug.`,
  );
}

const providerIds = readFileSync(join(root, "data", "providers.csv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",")[0]?.trim())
  .filter((id): id is string => Boolean(id));

async function ask(): Promise<{ title: string; dek: string; provider: string; cause: string }> {
  const defaults = {
    title: values.title ?? `Incident of ${slug.slice(0, 10)}`,
    dek: values.dek ?? "One sentence that tells the reader what happened.",
    provider: values.provider ?? "unknown",
    cause: values.cause ?? "unknown",
  };
  if (!process.stdin.isTTY) return defaults;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const question = async (label: string, fallback: string, flag: string | undefined) =>
    flag ?? ((await rl.question(`${label} [${fallback}]: `)).trim() || fallback);
  const answers = {
    title: await question("Headline", defaults.title, values.title),
    dek: await question("One-sentence summary", defaults.dek, values.dek),
    provider: await question(
      `Provider (${providerIds.join(", ")}, or unknown)`,
      defaults.provider,
      values.provider,
    ),
    cause: await question(`Cause (${CAUSES.join(", ")})`, defaults.cause, values.cause),
  };
  rl.close();
  return answers;
}

const answers = await ask();
if (answers.provider !== "unknown" && !providerIds.includes(answers.provider)) {
  fail(
    `The provider "${answers.provider}" is not in data/providers.csv; allowed: ${providerIds.join(", ")}, or unknown.`,
  );
}
if (!(CAUSES as readonly string[]).includes(answers.cause)) {
  fail(`The cause "${answers.cause}" is not allowed; allowed: ${CAUSES.join(", ")}.`);
}

const mdx = incidentMdx(
  {
    title: answers.title,
    dek: answers.dek,
    provider: answers.provider,
    cause: answers.cause,
    sources: [],
  },
  [
    "Write the story in your own words under these headings. Times, durations and services",
    `come from data/incidents/${slug}/events.csv and impact.csv: do not type them twice here.`,
    'List the public documents you used under "sources" above, the provider\'s own report first:',
    "  sources:",
    '    - title: "Title of the report"',
    '      url: "https://…"',
    '      publisher: "Who published it"',
    `      date: ${slug.slice(0, 10)}`,
    "EDITING.md explains every column and every error message.",
  ],
);

const header = (
  columns: { required: readonly string[]; optional: readonly string[] },
  order: readonly string[],
) =>
  `${order.filter((c) => columns.required.includes(c) || columns.optional.includes(c)).join(",")}\n`;

mkdirSync(dataDir, { recursive: true });
writeFileSync(mdxPath, mdx);
writeFileSync(
  join(dataDir, "events.csv"),
  header(COLUMNS.events, [
    "id",
    "time",
    "end",
    "precision",
    "phase",
    "title",
    "detail",
    "milestone",
    "label",
    "source",
    "archive",
  ]),
);
writeFileSync(
  join(dataDir, "impact.csv"),
  header(COLUMNS.impact, [
    "service",
    "region",
    "start",
    "end",
    "severity",
    "note",
    "source",
    "archive",
  ]),
);

console.log(`Created content/incidents/${slug}.mdx
Created data/incidents/${slug}/events.csv and impact.csv (headers only)

Next:
  1. Add one row per moment to events.csv, e.g.
     impact-begins,${slug.slice(0, 10)}T21:25Z,,minute,impact,Sign-ins start failing,,impact-start,,https://example.com/post-mortem,
     (times in UTC with Z or an offset; precision minute, hour or day; a https:// source on every row;
     mark the moments impact-start, detected, mitigated and resolved in the milestone column)
  2. Add one row per service and span to impact.csv (service ids from data/services.csv).
  3. Optionally add updates.csv with the provider's public status posts.
  4. Run npm run validate, then npm run dev and open /incidents/${slug}/.
EDITING.md explains every column and every message.`);
