import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import { readFrontmatter } from "../../src/lib/frontmatterFile.ts";
import {
  draftIncident,
  EVENT_COLUMNS,
  IMPACT_COLUMNS,
  PLACEHOLDER_DEK,
  UPDATE_COLUMNS,
} from "../../src/lib/importDraft.ts";
import { readIncident } from "../../src/lib/importExport.ts";
import type { ImportedIncident } from "../../src/lib/importModel.ts";
import { at, importFixture } from "../helpers/importFixtures.ts";

const PROVIDER = { id: "example", name: "Example Cloud", url: "https://www.example.com/" };
const SERVICES_TEXT = "id,name,provider,category\nexample-dashboard,Dashboard,example,management\n";
const SERVICES = [{ id: "example-dashboard", name: "Dashboard", provider: "example" }];
const OPTIONS = {
  slug: "2024-01-18-example-api",
  provider: PROVIDER,
  services: SERVICES,
  servicesText: SERVICES_TEXT,
};

const incident = readIncident(importFixture("statuspage-incidents"), "k3xq9pj1vd7m");
const draft = draftIncident(incident, OPTIONS);
const rows = (text: string, columns: readonly string[]) => {
  const table = readCsv("t.csv", text, { required: columns, optional: [] });
  expect(table.problems).toEqual([]);
  expect(table.header).toEqual(columns);
  return table.records.map((r) => r.values);
};

describe("the draft of an imported incident", () => {
  it("writes the data contract's columns in its order", () => {
    const header = (text: string) => text.slice(0, text.indexOf("\n"));
    expect(header(draft.events)).toBe(
      "id,time,end,precision,phase,title,detail,milestone,label,source,archive",
    );
    expect(header(draft.impact)).toBe("service,region,start,end,severity,note,source,archive");
    expect(header(draft.updates)).toBe("time,channel,author,text,url,archive");
    expect(header(draft.services!)).toBe("id,name,provider,category");
  });

  it("is a draft with the title literally, a placeholder dek, cause unknown and the incident's link", () => {
    const { data, problems } = readFrontmatter("x.mdx", draft.mdx);
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      title: 'Errors & timeouts: "API <v2>" and Dashboard',
      dek: PLACEHOLDER_DEK,
      provider: "example",
      cause: "unknown",
      draft: true,
    });
    expect(data?.sources.map((s) => s.url)).toEqual([
      "https://status.example.com/incidents/k3xq9pj1vd7m",
      "https://stspg.io/k3xq9pj1vd7m",
    ]);
    expect(draft.mdx).toMatch(/^draft: true$/m);
    expect(draft.mdx).toContain("never guesses");
  });

  it("writes the milestones the export states, to the minute in UTC", () => {
    expect(
      rows(draft.events, EVENT_COLUMNS).map((e) => [
        e["id"],
        e["time"],
        e["phase"],
        e["milestone"],
      ]),
    ).toEqual([
      ["impact-start", "2024-01-18T23:47Z", "impact", "impact-start"],
      ["mitigated", "2024-01-19T02:20Z", "mitigation", "mitigated"],
      ["resolved", "2024-01-19T03:31Z", "resolved", "resolved"],
    ]);
    expect(draft.events).not.toContain("detected");
  });

  it("keeps update text literally through CSV quoting", () => {
    const updates = rows(draft.updates, UPDATE_COLUMNS);
    expect(updates.map((u) => u["text"])).toEqual(incident.updates.map((u) => u.text));
    expect(new Set(updates.map((u) => `${u["channel"]} ${u["author"]} ${u["url"]}`))).toEqual(
      new Set(["status-page Example Cloud https://status.example.com/incidents/k3xq9pj1vd7m"]),
    );
  });

  it("maps components to services, reusing what exists and appending the rest to services.csv", () => {
    const impact = rows(draft.impact, IMPACT_COLUMNS);
    expect([...new Set(impact.map((r) => r["service"]))]).toEqual([
      "example-api-v2",
      "example-dashboard",
      "example-workers-queues",
    ]);
    expect(draft.services).toBe(
      `${SERVICES_TEXT}example-api-v2,API <v2>,example,uncategorised\nexample-workers-queues,Workers & Queues,example,uncategorised\n`,
    );
    expect(draft.report.join("\n")).toMatch(
      /Services reused:\n {2}example-dashboard \(Dashboard\) for "Example Cloud Dashboard"\nServices added to data\/services.csv \(category uncategorised\):\n {2}example-api-v2 \(API <v2>\)\n {2}example-workers-queues/,
    );
  });

  it("leaves services.csv alone when every component exists", () => {
    const google = readIncident(importFixture("google-incidents"), "Gx7pQ2sL9vKd3mN8rT4w");
    const again = draftIncident(google, {
      ...OPTIONS,
      provider: { id: "google", name: "Google", url: "https://cloud.google.com/" },
      services: [
        { id: "gmail", name: "Gmail", provider: "google" },
        { id: "google-bigquery", name: "Google BigQuery", provider: "google" },
      ],
    });
    expect(again.services).toBeUndefined();
    expect(again.report.join("\n")).toContain("Services added: none.");
  });

  const variant = (changes: Partial<ImportedIncident>) =>
    draftIncident({ ...incident, ...changes }, OPTIONS);

  it("says when impact-start is the time the incident was opened", () => {
    const fallback = readIncident(importFixture("statuspage-incidents"), "p8w2m5n4c1zt");
    const report = draftIncident(fallback, OPTIONS).report.join("\n");
    expect(report).toContain("impact-start is the export's created_at.");
    expect(report).toMatch(/no started_at/);
  });

  it("writes no mitigated milestone outside the incident, and says why", () => {
    const late = variant({ mitigated: at("2024-01-19T04:00Z") });
    expect(late.events).not.toContain("mitigated,");
    expect(late.report.join("\n")).toMatch(
      /"monitoring" update \(2024-01-19T04:00Z\) lies outside/,
    );
  });

  it("leaves out a span shorter than a minute, and says so", () => {
    const short = variant({
      spans: [
        {
          component: "API <v2>",
          region: "global",
          start: at("2024-01-19T00:02:10Z"),
          end: at("2024-01-19T00:02:50Z"),
          severity: "outage",
          note: "n",
        },
      ],
    });
    expect(short.impact).toBe(`${IMPACT_COLUMNS.join(",")}\n`);
    expect(short.report.join("\n")).toContain("lasted less than a minute");
  });
});

describe("what the draft tells the editor to check", () => {
  it("flags a title too long for the site and a slug dated other than the day impact began", () => {
    const report = draftIncident(
      { ...incident, name: "x".repeat(141) },
      { ...OPTIONS, slug: "2024-01-19-example-api" },
    ).report.join("\n");
    expect(report).toContain("The title has 141 characters; the site allows 140");
    expect(report).toContain(
      "The slug's date 2024-01-19 is not the day impact began (2024-01-18 UTC)",
    );
    expect(draft.report.join("\n")).not.toMatch(/title has|slug's date/);
  });
});
