import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { build, projectCopy } from "../helpers/projectCopy.ts";

const STATUSPAGE = "test/fixtures/import/statuspage-incidents.json";
const GOOGLE = "test/fixtures/import/google-incidents.json";
const SP_LINK = "https://status.example.com/incidents/k3xq9pj1vd7m";
const G_LINK = "https://status.cloud.google.com/incidents/Gx7pQ2sL9vKd3mN8rT4w";
const SP_SLUG = "2024-01-18-example-api";
const G_SLUG = "2024-02-07-gmail-bigquery";

function run(dir: string, script: string, args: string[]) {
  return spawnSync("npx", ["--no", "npm", "run", "--silent", script, "--", ...args], {
    cwd: dir,
    encoding: "utf8",
    input: "",
  });
}

/** A hash of every file in the copy (but its node_modules link): any write changes it. */
function treeHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (path === "node_modules") continue;
      hash.update(`${path}\0`);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(join(dir, path)));
    }
  };
  walk("");
  return hash.digest("hex");
}

/** The synthetic provider of the Statuspage fixture, and one service it already has. */
function addExampleProvider(dir: string) {
  appendFileSync(
    join(dir, "data", "providers.csv"),
    "example,Example Cloud,https://www.example.com/\n",
  );
  appendFileSync(
    join(dir, "data", "services.csv"),
    "example-dashboard,Dashboard,example,management\n",
  );
}

/** `text` as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

describe("importing a status-page export into a draft incident", () => {
  it("writes both formats' drafts that validate and, once published, show their updates", () => {
    const dir = projectCopy();
    addExampleProvider(dir);
    const servicesBefore = read(dir, "data/services.csv");

    const sp = run(dir, "import", [STATUSPAGE, "--incident", "k3xq9pj1vd7m", "--slug", SP_SLUG]);
    expect(sp.status, sp.stderr).toBe(0);
    expect(sp.stdout).toContain(
      'Services reused:\n  example-dashboard (Dashboard) for "Example Cloud Dashboard"',
    );
    expect(sp.stdout).toContain(
      "Services added to data/services.csv (category uncategorised):\n  example-api-v2 (API <v2>)\n  example-workers-queues (Workers & Queues)",
    );
    expect(sp.stdout).toContain("impact-start is the export's started_at.");
    const g = run(dir, "import", [GOOGLE, "--incident", "Gx7pQ2sL9vKd3mN8rT4w", "--slug", G_SLUG]);
    expect(g.status, g.stderr).toBe(0);
    // Both products are services of the corpus: one by its name, one by its name without
    // the leading provider name.
    expect(g.stdout).toContain(
      'Services reused:\n  gmail (Gmail) for "Gmail"\n  google-bigquery (BigQuery) for "Google BigQuery"\nServices added: none.',
    );
    expect(g.stdout).toContain('No update is marked "monitoring"');

    // Statuspage: -08:00 with milliseconds, newest first in the file, the identified update
    // displayed at 17:04 though created at 17:05.
    expect(read(dir, `content/incidents/${SP_SLUG}.mdx`)).toMatch(
      new RegExp(
        `^${escape(`---
title: "Errors & timeouts: \\"API <v2>\\" and Dashboard"
dek: "Placeholder: replace with one sentence that says what happened and why it matters."
provider: example
cause: unknown
tags: []
related: []
draft: true
sources:
  - title: "Errors & timeouts: \\"API <v2>\\" and Dashboard"
    url: "${SP_LINK}"
    publisher: "Example Cloud"
    date: 2024-01-19
  - title: "Errors & timeouts: \\"API <v2>\\" and Dashboard (short link)"
    url: "https://stspg.io/k3xq9pj1vd7m"
    publisher: "Example Cloud"
    date: 2024-01-19
---
`)}[\\s\\S]*## Summary\\n\\n## Timeline\\n\\n## Impact\\n\\n## Cause\\n\\n## Response\\n\\n## What changed\\n$`,
      ),
    );
    expect(read(dir, `data/incidents/${SP_SLUG}/events.csv`)).toBe(
      `id,time,end,precision,phase,title,detail,milestone,label,source,archive
impact-start,2024-01-18T23:47Z,,minute,impact,"Impact begins, as the status page gives it",The status page's start of the incident (started_at).,impact-start,,${SP_LINK},
mitigated,2024-01-19T02:20Z,,minute,mitigation,Status page reports a fix in place and monitors recovery,"The first update marked ""monitoring"".",mitigated,,${SP_LINK},
resolved,2024-01-19T03:31Z,,minute,resolved,Status page marks the incident resolved,The status page's end of the incident (resolved_at).,resolved,,${SP_LINK},
`,
    );
    expect(read(dir, `data/incidents/${SP_SLUG}/impact.csv`)).toBe(
      `service,region,start,end,severity,note,source,archive
example-api-v2,global,2024-01-19T00:02Z,2024-01-19T01:04Z,outage,"Status page component ""API <v2>"": major_outage",${SP_LINK},
example-api-v2,global,2024-01-19T01:04Z,2024-01-19T02:20Z,major,"Status page component ""API <v2>"": partial_outage",${SP_LINK},
example-api-v2,global,2024-01-19T02:20Z,2024-01-19T03:31Z,degraded,"Status page component ""API <v2>"": degraded_performance",${SP_LINK},
example-dashboard,global,2024-01-18T23:47Z,2024-01-19T00:02Z,degraded,"Status page component ""Example Cloud Dashboard"": degraded_performance",${SP_LINK},
example-dashboard,global,2024-01-19T00:02Z,2024-01-19T02:20Z,outage,"Status page component ""Example Cloud Dashboard"": major_outage",${SP_LINK},
example-workers-queues,global,2024-01-19T00:02Z,2024-01-19T03:31Z,degraded,"Status page component ""Workers & Queues"": degraded_performance",${SP_LINK},
`,
    );
    expect(read(dir, `data/incidents/${SP_SLUG}/updates.csv`)).toBe(
      `time,channel,author,text,url,archive
2024-01-19T00:02Z,status-page,Example Cloud,We are investigating elevated errors & timeouts on the API and the Dashboard.,${SP_LINK},
2024-01-19T01:04Z,status-page,Example Cloud,"The issue has been identified: a faulty configuration for ""API <v2>"" requests < 1 KB.

A fix is being implemented.",${SP_LINK},
2024-01-19T02:20Z,status-page,Example Cloud,"A fix has been deployed & error rates are back to normal levels.
We are monitoring the results.",${SP_LINK},
2024-01-19T03:31Z,status-page,Example Cloud,"This incident has been resolved.
A post-incident report will follow.",${SP_LINK},
`,
    );

    // Google: +00:00, newest first, a product × location span per status, cut at end.
    expect(read(dir, `content/incidents/${G_SLUG}.mdx`)).toMatch(
      new RegExp(
        `^${escape(`---
title: "Elevated errors for Gmail & Google BigQuery: \\"quota exceeded\\" <us-central1>"
dek: "Placeholder: replace with one sentence that says what happened and why it matters."
provider: google
cause: unknown
tags: []
related: []
draft: true
sources:
  - title: "Elevated errors for Gmail & Google BigQuery: \\"quota exceeded\\" <us-central1>"
    url: "${G_LINK}"
    publisher: "Google Cloud Service Health"
    date: 2024-02-07
---
`)}`,
      ),
    );
    expect(read(dir, `data/incidents/${G_SLUG}/events.csv`)).toBe(
      `id,time,end,precision,phase,title,detail,milestone,label,source,archive
impact-start,2024-02-07T09:14Z,,minute,impact,"Impact begins, as the status page gives it",The status page's start of the incident (begin).,impact-start,,${G_LINK},
resolved,2024-02-07T12:02Z,,minute,resolved,Status page marks the incident resolved,The status page's end of the incident (end).,resolved,,${G_LINK},
`,
    );
    const span = (
      service: string,
      region: string,
      title: string,
      times: string,
      sev: string,
      status: string,
    ) =>
      `${service},${region},${times},${sev},"Dashboard: ""${title}"" in ${region === "us-central1" ? "Iowa" : "Belgium"} (${region}), ${status}",${G_LINK},\n`;
    expect(read(dir, `data/incidents/${G_SLUG}/impact.csv`)).toBe(
      "service,region,start,end,severity,note,source,archive\n" +
        [
          ["gmail", "Gmail"],
          ["google-bigquery", "Google BigQuery"],
        ]
          .map(
            ([id, title]) =>
              span(
                id!,
                "us-central1",
                title!,
                "2024-02-07T09:31Z,2024-02-07T10:12Z",
                "major",
                "SERVICE_DISRUPTION",
              ) +
              span(
                id!,
                "us-central1",
                title!,
                "2024-02-07T10:12Z,2024-02-07T11:05Z",
                "outage",
                "SERVICE_OUTAGE",
              ) +
              span(
                id!,
                "us-central1",
                title!,
                "2024-02-07T11:05Z,2024-02-07T12:02Z",
                "major",
                "SERVICE_DISRUPTION",
              ) +
              span(
                id!,
                "europe-west1",
                title!,
                "2024-02-07T10:12Z,2024-02-07T11:05Z",
                "outage",
                "SERVICE_OUTAGE",
              ),
          )
          .join(""),
    );
    const googleUpdates = read(dir, `data/incidents/${G_SLUG}/updates.csv`);
    expect(
      googleUpdates.match(/^2024-02-07T\d\d:\d\dZ,status-page,Google Cloud Service Health,/gm),
    ).toEqual([
      "2024-02-07T09:31Z,status-page,Google Cloud Service Health,",
      "2024-02-07T10:12Z,status-page,Google Cloud Service Health,",
      "2024-02-07T11:05Z,status-page,Google Cloud Service Health,",
      "2024-02-07T12:20Z,status-page,Google Cloud Service Health,",
    ]);
    expect(googleUpdates).toContain(
      `"**Summary:**\nElevated errors for Gmail & Google BigQuery\n\n**Description:**\nThe issue now also affects europe-west1. Requests fail with ""quota exceeded"".\n\n**Workaround:** None at this time.",${G_LINK},\n`,
    );

    expect(read(dir, "data/services.csv")).toBe(
      `${servicesBefore}example-api-v2,API <v2>,example,uncategorised
example-workers-queues,Workers & Queues,example,uncategorised
`,
    );

    const validated = run(dir, "validate", []);
    expect(validated.status, `${validated.stdout}\n${validated.stderr}`).toBe(0);
    expect(validated.stdout).toContain("No problems found.");

    // Again without --force: refused, nothing changes. With --force: the same files, and the
    // services added the first time are now reused.
    const before = treeHash(dir);
    const again = run(dir, "import", [STATUSPAGE, "--incident", "k3xq9pj1vd7m", "--slug", SP_SLUG]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`An incident "${SP_SLUG}" already exists`);
    expect(treeHash(dir)).toBe(before);
    const forced = run(dir, "import", [
      STATUSPAGE,
      "--incident",
      "k3xq9pj1vd7m",
      "--slug",
      SP_SLUG,
      "--force",
    ]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain("Services added: none.");
    expect(treeHash(dir)).toBe(before);

    for (const slug of [SP_SLUG, G_SLUG]) {
      const path = join(dir, "content", "incidents", `${slug}.mdx`);
      writeFileSync(path, read(dir, `content/incidents/${slug}.mdx`).replace("draft: true\n", ""));
    }
    const built = build(dir);
    expect(built.ok, built.output).toBe(true);
    for (const [slug, file, title] of [
      [SP_SLUG, STATUSPAGE, 'Errors & timeouts: "API <v2>" and Dashboard'],
      [
        G_SLUG,
        GOOGLE,
        'Elevated errors for Gmail & Google BigQuery: "quota exceeded" <us-central1>',
      ],
    ] as const) {
      const { document } = parseHTML(read(dir, `dist/incidents/${slug}/index.html`));
      expect(document.querySelector("h1")?.textContent).toBe(title);
      const posts = [...document.querySelectorAll(".tl-posts .tl-detail")].map(
        (p) => p.textContent,
      );
      const exported = JSON.parse(read(dir, file)) as unknown;
      const texts = (
        file === STATUSPAGE
          ? (
              exported as { incidents: { id: string; incident_updates: { body: string }[] }[] }
            ).incidents
              .find((i) => i.id === "k3xq9pj1vd7m")!
              .incident_updates.map((u) => u.body)
          : (exported as { id: string; updates: { text: string }[] }[])
              .find((i) => i.id === "Gx7pQ2sL9vKd3mN8rT4w")!
              .updates.map((u) => u.text)
      ).reverse();
      expect(posts).toEqual(texts);
    }
  });
});

describe("refusals and errors write nothing", () => {
  let dir = "";
  let hash = "";
  let scratch = "";
  beforeAll(() => {
    dir = projectCopy();
    hash = treeHash(dir);
    scratch = mkdtempSync(join(tmpdir(), "atlas-import-"));
    writeFileSync(
      join(scratch, "broken.json"),
      '{\n  "page": {"name": "x"},\n  "incidents": [,]\n}\n',
    );
    writeFileSync(join(scratch, "other.json"), '{"components": []}\n');
  });

  const cases: [string, () => string[], RegExp][] = [
    [
      "an existing incident without --force",
      () => [GOOGLE, "--incident", "Gx7pQ2sL9vKd3mN8rT4w", "--slug", "2020-09-28-azure-ad"],
      /An incident "2020-09-28-azure-ad" already exists \(content\/incidents\/2020-09-28-azure-ad\.mdx\); choose another slug, or give --force/,
    ],
    [
      "an unknown --incident, listing the incidents of the file",
      () => [STATUSPAGE, "--incident", "zzz", "--slug", "2024-01-18-x", "--provider", "cloudflare"],
      /found no incident "zzz".*the file holds:\n {2}r0v7t3b6h2ys {2}2024-03-02 {2}Slow log search in the EU region\n {2}k3xq9pj1vd7m {2}2024-01-18 {2}Errors & timeouts: "API <v2>" and Dashboard\n {2}p8w2m5n4c1zt {2}2023-03-21 {2}Delayed webhook deliveries/,
    ],
    [
      "a missing --incident, listing the incidents of the file",
      () => [GOOGLE, "--slug", "2024-02-07-x"],
      /Give --incident <id>; the file holds:\n {2}Gx7pQ2sL9vKd3mN8rT4w {2}2024-02-07 {2}Elevated errors/,
    ],
    [
      "malformed JSON, at its line and column",
      () => [join(scratch, "broken.json"), "--incident", "a", "--slug", "2024-01-18-x"],
      /broken\.json:3:17: found "," where an array element should be/,
    ],
    [
      "an unknown format, naming the supported ones",
      () => [join(scratch, "other.json"), "--incident", "a", "--slug", "2024-01-18-x"],
      /other\.json: found JSON in neither supported format; allowed: Atlassian Statuspage API v2 incidents\.json .*, or Google Cloud Service Health incidents\.json/,
    ],
    [
      "an unknown --provider, listing the known ids",
      () => [
        STATUSPAGE,
        "--incident",
        "k3xq9pj1vd7m",
        "--slug",
        "2024-01-18-x",
        "--provider",
        "nimbus",
      ],
      /--provider: found "nimbus"; allowed: an id from data\/providers\.csv \(known providers: microsoft, google, slack, fastly/,
    ],
    [
      "a page of no known provider without --provider",
      () => [STATUSPAGE, "--incident", "k3xq9pj1vd7m", "--slug", "2024-01-18-x"],
      /The status page "Example Cloud" \(https:\/\/status\.example\.com\) belongs to no provider.*give --provider <id> \(known providers: microsoft, google/,
    ],
    [
      "an incident that is not resolved yet",
      () => [
        STATUSPAGE,
        "--incident",
        "r0v7t3b6h2ys",
        "--slug",
        "2024-03-02-x",
        "--provider",
        "cloudflare",
      ],
      /incidents\[0\]\.resolved_at: found nothing/,
    ],
    [
      "a malformed slug",
      () => [GOOGLE, "--incident", "Gx7pQ2sL9vKd3mN8rT4w", "--slug", "Gmail_BigQuery"],
      /The slug "Gmail_BigQuery" is not allowed/,
    ],
  ];

  it.each(cases)("refuses %s", (_name, args, message) => {
    const result = run(dir, "import", args());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect(treeHash(dir)).toBe(hash);
  });
});
