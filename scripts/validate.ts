/**
 * `npm run validate [-- <root>]`: checks content/ and data/ without building the site.
 * Prints per-incident counts, then every problem as `path:line: …`; exits 1 on any problem.
 * The build runs the same checker (src/integrations/corpusCheck.ts).
 */
import { resolve } from "node:path";
import { checkCorpusAt } from "../src/build/corpus.ts";
import { formatProblem } from "../src/lib/problems.ts";

const root = resolve(process.argv[2] ?? ".");
const { corpus, problems } = checkCorpusAt(root);

const rows = [...corpus.incidents.values()].map((incident) => ({
  slug: incident.slug,
  events: incident.events.length,
  spans: incident.impact.length,
  updates: incident.updates.length,
  sources: corpus.frontmatter.get(incident.slug)?.sources.length ?? 0,
}));
const width = Math.max(8, ...rows.map((r) => r.slug.length));
console.log(`${"incident".padEnd(width)}  events  spans  updates  sources`);
for (const r of rows) {
  console.log(
    `${r.slug.padEnd(width)}  ${String(r.events).padStart(6)}  ${String(r.spans).padStart(5)}  ${String(r.updates).padStart(7)}  ${String(r.sources).padStart(7)}`,
  );
}
console.log(
  `\n${rows.length} incidents, ${corpus.services.size} services, ${corpus.providers.size} providers, ${corpus.dependencies.length} dependencies.`,
);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
console.log("No problems found.");
