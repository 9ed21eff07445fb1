/**
 * Synthetic corpora for benchmarks: N incidents with realistic CSV sizes, written into a
 * temporary copy of the project. Every file says it is synthetic; none is ever published.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PHASES, SEVERITIES } from "../../src/lib/schemas.ts";
import { DAY, HOUR, MINUTE } from "../../src/lib/time.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SOURCE = "https://example.com/synthetic-benchmark";
const WORDS =
  "synthetic benchmark text stands in for a narrative of about four hundred words so that pages weigh what real ones do".split(
    " ",
  );

/** A small seeded generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(next: () => number, words: number): string {
  return (
    Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ") + "."
  );
}

/** Writes a project copy with `count` synthetic incidents and returns its folder. */
export function syntheticProject(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${count}-`));
  for (const entry of [
    "src",
    "public",
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    "CITATION.cff",
  ]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  rmSync(join(dir, "src", "pages", "gallery"), { recursive: true, force: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  mkdirSync(join(dir, "data", "incidents"), { recursive: true });
  mkdirSync(join(dir, "content", "incidents"), { recursive: true });
  writeFileSync(
    join(dir, "data", "providers.csv"),
    "id,name,url\nsynthetic,Synthetic Cloud,https://example.com/\n",
  );
  const services = Array.from({ length: 12 }, (_, i) => `svc-${i}`);
  writeFileSync(
    join(dir, "data", "services.csv"),
    `id,name,provider,category\n${services.map((s, i) => `${s},Synthetic service ${i},synthetic,platform`).join("\n")}\n`,
  );
  const next = random(count);
  const day = DAY;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const impact = start + Math.floor((i * 2000 * day) / count) + Math.floor(next() * 20) * HOUR;
    const date = new Date(impact).toISOString().slice(0, 10);
    const slug = `${date}-synthetic-${i}`;
    const iso = (t: number) => new Date(t).toISOString().replace(":00.000Z", "Z");
    // Impact starts with the first event and is resolved by the last, after every span ends.
    const milestones: Record<number, string> = {
      0: "impact-start",
      7: "mitigated",
      14: "resolved",
    };
    const events = Array.from({ length: 15 }, (_, k) => {
      const phase =
        k === 14
          ? "resolved"
          : PHASES[Math.min(PHASES.length - 1, Math.floor((k / 15) * PHASES.length))];
      const t = impact + (k === 14 ? 8 * 60 : k * 20) * MINUTE;
      const milestone = milestones[k] ?? "";
      const precision = k % 5 === 0 && !milestone ? "hour" : "minute";
      return `event-${k},${iso(t)},,${precision},${phase},Synthetic event ${k},"Synthetic detail, with a comma",${milestone},${SOURCE}`;
    });
    const spans = Array.from({ length: 6 }, (_, k) => {
      const from = impact + k * 10 * MINUTE;
      return `${services[(i + k) % services.length]},global,${iso(from)},${iso(from + (2 + k) * HOUR)},${SEVERITIES[k % 4]},,${SOURCE}`;
    });
    const folder = join(dir, "data", "incidents", slug);
    mkdirSync(folder);
    writeFileSync(
      join(folder, "events.csv"),
      `id,time,end,precision,phase,title,detail,milestone,source\n${events.join("\n")}\n`,
    );
    writeFileSync(
      join(folder, "impact.csv"),
      `service,region,start,end,severity,note,source\n${spans.join("\n")}\n`,
    );
    const sections = ["Summary", "Timeline", "Impact", "Cause", "Response", "What changed"]
      .map((h) => `## ${h}\n\n${paragraph(next, 70)}\n`)
      .join("\n");
    writeFileSync(
      join(dir, "content", "incidents", `${slug}.mdx`),
      `---\ntitle: "Synthetic benchmark incident ${i}"\ndek: "Synthetic data for the build benchmark; it describes no real event."\nprovider: synthetic\ncause: software\nsources:\n  - title: "Synthetic source"\n    url: "${SOURCE}"\n    publisher: "Example"\n    date: ${date}\n---\n\n${sections}`,
    );
  }
  return dir;
}
