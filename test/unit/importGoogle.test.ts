import { describe, expect, it } from "vitest";
import { detectExport, listIncidents, readIncident } from "../../src/lib/importExport.ts";
import { ImportRefusal } from "../../src/lib/importModel.ts";
import { at, importFixture } from "../helpers/importFixtures.ts";

const doc = importFixture("google-incidents");

const spanRows = (spans: ReturnType<typeof readIncident>["spans"]) =>
  spans.map((s) => [
    s.component,
    s.region,
    new Date(s.start).toISOString().slice(11, 16),
    new Date(s.end).toISOString().slice(11, 16),
    s.severity,
  ]);

describe("reading a Google Cloud Service Health export", () => {
  it("is told from its content and lists its incidents in file order", () => {
    expect(doc.format).toBe("google");
    expect(listIncidents(doc).map((i) => [i.id, i.date])).toEqual([
      ["Gx7pQ2sL9vKd3mN8rT4w", "2024-02-07"],
      ["Hq3nW8cZ5yJb1xF6kP0e", "2023-11-15"],
    ]);
  });

  const incident = readIncident(doc, "Gx7pQ2sL9vKd3mN8rT4w");

  it("keeps the description literally as the name and links the dashboard's page", () => {
    expect(incident.name).toBe(
      'Elevated errors for Gmail & Google BigQuery: "quota exceeded" <us-central1>',
    );
    expect(incident.link).toBe("https://status.cloud.google.com/incidents/Gx7pQ2sL9vKd3mN8rT4w");
    expect(incident.author).toBe("Google Cloud Service Health");
  });

  it("takes impact-start from begin and resolved from end; without a monitoring update, no mitigated", () => {
    expect(incident.start).toEqual({ time: at("2024-02-07T09:14:00Z"), field: "begin" });
    expect(incident.resolved).toBe(at("2024-02-07T12:02:00Z"));
    expect(incident.mitigated).toBeUndefined();
  });

  it("puts the newest-first updates oldest first, text literal with its new lines", () => {
    expect(incident.updates.map((u) => u.status)).toEqual([
      "SERVICE_DISRUPTION",
      "SERVICE_OUTAGE",
      "SERVICE_DISRUPTION",
      "AVAILABLE",
    ]);
    expect(incident.updates[2]?.text).toContain(
      "Europe (europe-west1) has recovered; error rates in us-central1 are < 5% and falling.\n\nWe will",
    );
  });

  it("draws each product in each location from the update that names it to the next that does not, or to end", () => {
    expect(spanRows(incident.spans)).toEqual([
      ["Gmail", "us-central1", "09:31", "10:12", "major"],
      ["Gmail", "us-central1", "10:12", "11:05", "outage"],
      // The AVAILABLE update comes after end: the span stops at end.
      ["Gmail", "us-central1", "11:05", "12:02", "major"],
      ["Gmail", "europe-west1", "10:12", "11:05", "outage"],
      ["Google BigQuery", "us-central1", "09:31", "10:12", "major"],
      ["Google BigQuery", "us-central1", "10:12", "11:05", "outage"],
      ["Google BigQuery", "us-central1", "11:05", "12:02", "major"],
      ["Google BigQuery", "europe-west1", "10:12", "11:05", "outage"],
    ]);
    expect(incident.spans[3]?.note).toBe(
      'Dashboard: "Gmail" in Belgium (europe-west1), SERVICE_OUTAGE',
    );
  });

  it("converts -08:00 offsets and milliseconds, and writes updates without a location as global", () => {
    const old = readIncident(doc, "Hq3nW8cZ5yJb1xF6kP0e");
    expect(old.start.time).toBe(at("2023-11-15T16:40:00Z"));
    expect(old.resolved).toBe(at("2023-11-15T18:05:30.250Z"));
    expect(old.updates.map((u) => u.time)).toEqual([
      at("2023-11-15T16:52:19.644Z"),
      at("2023-11-15T18:12:02Z"),
    ]);
    // No affected_products: the service named by the incident.
    expect(spanRows(old.spans)).toEqual([
      ["Google Cloud Console", "global", "16:52", "18:05", "advisory"],
    ]);
    expect(old.notes.join(" ")).toMatch(/name no location.*region global/);
  });

  describe("an update without a location in an incident whose other updates name locations", () => {
    // The dashboard's first post often names no location yet, while later posts name the
    // region and, separately, the dashboard's own "Global" location.
    const update = (when: string, status: string, ids: string[]) => ({
      created: when,
      modified: when,
      when,
      text: `${status} at ${when}`,
      status,
      affected_locations: ids.map((id) => ({
        title: id === "global" ? "Global" : `Paris (${id})`,
        id,
      })),
    });
    const mixed = detectExport([
      {
        id: "Mx4rT8vLq2Zp6Wn1Yc3k",
        number: "1",
        begin: "2023-04-25T23:46:00+00:00",
        created: "2023-04-26T02:00:12+00:00",
        end: "2023-04-26T12:00:00+00:00",
        modified: "2023-04-26T12:00:00+00:00",
        external_desc: "Multiple services in europe-west9 are impacted",
        updates: [
          update("2023-04-26T12:30:00+00:00", "AVAILABLE", ["europe-west9", "global"]),
          update("2023-04-26T10:00:00+00:00", "SERVICE_OUTAGE", []),
          update("2023-04-26T09:00:00+00:00", "SERVICE_DISRUPTION", ["europe-west9", "global"]),
          update("2023-04-26T02:25:04+00:00", "SERVICE_DISRUPTION", ["europe-west9"]),
          update("2023-04-26T02:00:05+00:00", "SERVICE_DISRUPTION", []),
        ],
        service_name: "Google Compute Engine",
        affected_products: [{ title: "Google Compute Engine", id: "L3ggmi3Jy4xJmgodFA9K" }],
        uri: "incidents/Mx4rT8vLq2Zp6Wn1Yc3k",
      },
    ]);
    const read = readIncident(mixed, "Mx4rT8vLq2Zp6Wn1Yc3k");

    it("draws no global impact the dashboard never gave, and keeps the places already impaired", () => {
      expect(spanRows(read.spans)).toEqual([
        ["Google Compute Engine", "europe-west9", "02:25", "10:00", "major"],
        // The unlocated outage update speaks of the places impaired at the time.
        ["Google Compute Engine", "europe-west9", "10:00", "12:00", "outage"],
        ["Google Compute Engine", "global", "09:00", "10:00", "major"],
        ["Google Compute Engine", "global", "10:00", "12:00", "outage"],
      ]);
    });

    it("keeps every update and tells the editor what was not drawn", () => {
      expect(read.updates).toHaveLength(5);
      expect(read.notes.join(" ")).toMatch(
        /2 update\(s\) with impact name no location.*2023-04-26T02:00Z.*not drawn/,
      );
    });
  });

  it("refuses JSON of neither format, naming both", () => {
    for (const value of [{ incidents: [] }, [{ name: "x" }], "text", 42]) {
      expect(() => detectExport(value)).toThrow(ImportRefusal);
      expect(() => detectExport(value)).toThrow(
        /Atlassian Statuspage API v2 incidents\.json.*Google Cloud Service Health incidents\.json/,
      );
    }
  });

  it("refuses an incident that has not ended", () => {
    if (doc.format !== "google") throw new Error("fixture");
    const open = structuredClone(doc);
    delete (open.value[0] as { end?: string }).end;
    expect(() => readIncident(open, "Gx7pQ2sL9vKd3mN8rT4w")).toThrow(/\[0\]\.end: found nothing/);
  });
});
