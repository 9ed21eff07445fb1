import { describe, expect, it } from "vitest";
import { incidentList, listIncidents, readIncident } from "../../src/lib/importExport.ts";
import { at, importFixture } from "../helpers/importFixtures.ts";

const doc = importFixture("statuspage-incidents");

describe("reading a Statuspage v2 export", () => {
  it("is told from its content and lists its incidents in file order", () => {
    expect(doc.format).toBe("statuspage");
    expect(listIncidents(doc)).toEqual([
      { id: "r0v7t3b6h2ys", name: "Slow log search in the EU region", date: "2024-03-02" },
      {
        id: "k3xq9pj1vd7m",
        name: 'Errors & timeouts: "API <v2>" and Dashboard',
        date: "2024-01-18",
      },
      { id: "p8w2m5n4c1zt", name: "Delayed webhook deliveries", date: "2023-03-21" },
    ]);
  });

  const incident = readIncident(doc, "k3xq9pj1vd7m");

  it("keeps the name literally and links the incident's page on the status site", () => {
    expect(incident.name).toBe('Errors & timeouts: "API <v2>" and Dashboard');
    expect(incident.link).toBe("https://status.example.com/incidents/k3xq9pj1vd7m");
    expect(incident.shortlink).toBe("https://stspg.io/k3xq9pj1vd7m");
    expect(incident.author).toBe("Example Cloud");
  });

  it("converts -08:00 times with milliseconds to UTC instants", () => {
    expect(incident.start).toEqual({ time: at("2024-01-18T23:47:12Z"), field: "started_at" });
    expect(incident.created).toBe(at("2024-01-19T00:02:41.518Z"));
    expect(incident.resolved).toBe(at("2024-01-19T03:31:07.204Z"));
  });

  it("puts updates oldest first, timed as displayed, text literal", () => {
    expect(incident.updates.map((u) => [u.time, u.status])).toEqual([
      [at("2024-01-19T00:02:41.518Z"), "investigating"],
      [at("2024-01-19T01:04:00Z"), "identified"], // display_at, not created_at
      [at("2024-01-19T02:20:55.990Z"), "monitoring"],
      [at("2024-01-19T03:31:07.204Z"), "resolved"],
    ]);
    expect(incident.updates[1]?.text).toBe(
      'The issue has been identified: a faulty configuration for "API <v2>" requests < 1 KB.\n\nA fix is being implemented.',
    );
  });

  it("takes mitigated from the first monitoring update", () => {
    expect(incident.mitigated).toBe(at("2024-01-19T02:20:55.990Z"));
  });

  it("draws a span per component and status it went through, to the end of the incident", () => {
    expect(
      incident.spans.map((s) => [
        s.component,
        s.region,
        new Date(s.start).toISOString(),
        new Date(s.end).toISOString(),
        s.severity,
      ]),
    ).toEqual([
      ["API <v2>", "global", "2024-01-19T00:02:41.518Z", "2024-01-19T01:04:00.000Z", "outage"],
      ["API <v2>", "global", "2024-01-19T01:04:00.000Z", "2024-01-19T02:20:55.990Z", "major"],
      ["API <v2>", "global", "2024-01-19T02:20:55.990Z", "2024-01-19T03:31:07.204Z", "degraded"],
      // Already degraded when first named: degraded since the incident began.
      [
        "Example Cloud Dashboard",
        "global",
        "2024-01-18T23:47:12.000Z",
        "2024-01-19T00:02:41.518Z",
        "degraded",
      ],
      [
        "Example Cloud Dashboard",
        "global",
        "2024-01-19T00:02:41.518Z",
        "2024-01-19T02:20:55.990Z",
        "outage",
      ],
      // Never set back to operational in an update: impaired until resolved_at.
      [
        "Workers & Queues",
        "global",
        "2024-01-19T00:02:41.518Z",
        "2024-01-19T03:31:07.204Z",
        "degraded",
      ],
    ]);
    expect(incident.spans[1]?.note).toBe('Status page component "API <v2>": partial_outage');
    expect(incident.unspanned).toEqual(["Billing"]);
  });

  it("falls back to created_at when the export has no started_at, and says so", () => {
    const old = readIncident(doc, "p8w2m5n4c1zt");
    expect(old.start).toEqual({ time: at("2023-03-21T13:12:30.050Z"), field: "created_at" });
    expect(old.notes.join(" ")).toMatch(/no started_at.*created_at/);
    expect(old.mitigated).toBeUndefined();
    expect(old.spans).toEqual([]);
    // An http:// short link is not a source.
    expect(old.shortlink).toBeUndefined();
  });

  it("refuses an incident that is not resolved yet", () => {
    expect(() => readIncident(doc, "r0v7t3b6h2ys")).toThrow(
      /incidents\[0\]\.resolved_at: found nothing; allowed: the time the incident was resolved/,
    );
  });

  it("refuses an unknown id, listing the incidents the file holds", () => {
    expect(() => readIncident(doc, "nope")).toThrow(
      /found no incident "nope".*\n {2}r0v7t3b6h2ys {2}2024-03-02 {2}Slow log search/,
    );
    expect(incidentList([])).toBe("the file holds no incidents");
  });

  it("names the field that does not fit the format", () => {
    const broken = structuredClone(doc);
    if (broken.format !== "statuspage") throw new Error("fixture");
    (
      broken.value.incidents[1] as { incident_updates: { created_at: unknown }[] }
    ).incident_updates[0]!.created_at = 42;
    expect(() => readIncident(broken, "k3xq9pj1vd7m")).toThrow(
      "incidents[1].incident_updates[0].created_at: found 42; allowed: string",
    );
  });
});
