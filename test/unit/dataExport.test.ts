import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import { dataCsv, dataJson } from "../../src/lib/dataExport.ts";
import { COLUMNS } from "../../src/lib/schemas.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const SLUG = "2020-01-01-synthetic";
const root = fixtureCorpus();
const source = (path: string) => readFileSync(join(root, path), "utf8");

describe("dataCsv", () => {
  it("holds exactly the data rows of events.csv, values unchanged", () => {
    const original = readCsv(
      "events.csv",
      source(`data/incidents/${SLUG}/events.csv`),
      COLUMNS.events,
    );
    const exported = readCsv("events.csv", dataCsv(root, SLUG, "events"), COLUMNS.events);
    expect(exported.problems).toEqual([]);
    expect(exported.records.map((r) => r.values)).toEqual(original.records.map((r) => r.values));
  });

  it("quotes the detail that holds a comma, quotes and a new line per RFC 4180", () => {
    expect(dataCsv(root, SLUG, "events")).toContain(
      '"Synthetic detail with a comma, a ""quote"" and\na new line"',
    );
  });

  it("keeps a time's own offset, as the editor wrote it", () => {
    expect(dataCsv(root, SLUG, "events")).toContain("status-post,2020-01-01T11:00-05:00,");
  });

  it("starts with the contract's header and ends every line with CRLF", () => {
    const csv = dataCsv(root, SLUG, "impact");
    expect(csv.startsWith("service,region,start,end,severity,note,source,archive\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3 + 2);
  });

  it("exports the shared registries too", () => {
    expect(dataCsv(root, "all", "services")).toBe(
      "id,name,provider,category\r\nsign-in,Example sign-in,example,identity\r\nmail,Example mail,example,email\r\n",
    );
  });
});

describe("dataJson", () => {
  it("gives one typed row per data row, with every column", () => {
    const rows = dataJson(root, SLUG, "events");
    expect(rows).toHaveLength(7);
    expect(rows[3]).toEqual({
      id: "rollback",
      time: "2020-01-01T10:35:00Z",
      end: "2020-01-01T11:05:00Z",
      precision: "minute",
      phase: "mitigation",
      title: "Rollback runs",
      detail: null,
      milestone: "mitigated",
      label: null,
      source: "https://example.com/synthetic-post-mortem",
      archive: null,
    });
  });

  it("writes every time in UTC, whatever offset the CSV used", () => {
    const post = dataJson(root, SLUG, "events").find((row) => row["id"] === "status-post");
    expect(post?.["time"]).toBe("2020-01-01T16:00:00Z");
  });

  it("leaves out the line numbers used for error messages", () => {
    expect(Object.keys(dataJson(root, SLUG, "impact")[0] ?? {})).not.toContain("line");
  });
});
