import { z } from "zod";
import {
  exportTime,
  ImportRefusal,
  oldestFirst,
  readShape,
  spansOf,
  utcDate,
  type ImportedIncident,
  type ImportedSpan,
  type ListedIncident,
  type Observation,
} from "./importModel.ts";
import type { Severity } from "./schemas.ts";

/*
 * Atlassian Statuspage's public API v2 `incidents.json`:
 * `{ page: {id, name, url, time_zone, updated_at}, incidents: [{ id, name, status, impact,
 * created_at, started_at, monitoring_at, resolved_at, shortlink, components[],
 * incident_updates: [{ status, body, created_at, display_at,
 * affected_components: [{code, name, old_status, new_status}] | null }] }] }`,
 * newest first, times in the page's own offset (`2019-02-20T12:00:19.418-06:00`).
 */

const componentChange = z.looseObject({
  code: z.string().nullish(),
  name: z.string(),
  old_status: z.string(),
  new_status: z.string(),
});

const update = z.looseObject({
  status: z.string(),
  body: z.string().nullish(),
  created_at: z.string(),
  display_at: z.string().nullish(),
  affected_components: z.array(componentChange).nullish(),
});

const incident = z.looseObject({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  started_at: z.string().nullish(),
  resolved_at: z.string().nullish(),
  shortlink: z.string().nullish(),
  components: z.array(z.looseObject({ name: z.string() })).nullish(),
  incident_updates: z.array(update),
});

const page = z.looseObject({ name: z.string(), url: z.string() });

/** Component statuses that are impact, and the severity each is drawn with. */
export const STATUSPAGE_SEVERITY: Readonly<Record<string, Severity>> = {
  major_outage: "outage",
  partial_outage: "major",
  degraded_performance: "degraded",
};

type Document = { page: unknown; incidents: unknown[] };

/** Whether parsed JSON has the shape of a Statuspage export. */
export function isStatuspage(value: unknown): value is Document {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record["page"] === "object" &&
    record["page"] !== null &&
    Array.isArray(record["incidents"])
  );
}

/** The incidents of the export, in file order, for listing. */
export function listStatuspage(document: Document): ListedIncident[] {
  return document.incidents.map((item) => {
    const record = (typeof item === "object" && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    let date = "";
    try {
      date = utcDate(exportTime(record["started_at"] ?? record["created_at"], ""));
    } catch {
      // A listing shows what it can; the chosen incident is checked in full.
    }
    return { id: String(record["id"] ?? ""), name: String(record["name"] ?? ""), date };
  });
}

/** Reads incident `id` of a Statuspage export. */
export function readStatuspage(document: Document, id: string): ImportedIncident {
  const where = document.incidents.findIndex(
    (item) => typeof item === "object" && item !== null && (item as { id?: unknown }).id === id,
  );
  const site = readShape(page, document.page, "page");
  const raw = readShape(incident, document.incidents[where], `incidents[${where}]`);
  const at = (field: string) => `incidents[${where}].${field}`;
  const notes: string[] = [];

  const link = `${site.url.replace(/\/+$/, "")}/incidents/${raw.id}`;
  if (!link.startsWith("https://")) {
    throw new ImportRefusal(
      `page.url: found ${JSON.stringify(site.url)}; allowed: an https:// address (the incident's page becomes the source of every row)`,
    );
  }
  const created = exportTime(raw.created_at, at("created_at"));
  const start = raw.started_at
    ? { time: exportTime(raw.started_at, at("started_at")), field: "started_at" }
    : { time: created, field: "created_at" };
  if (!raw.started_at) {
    notes.push(
      "The export gives no started_at, so impact-start is when the incident was opened on the status page (created_at): check the provider's report for when impact began.",
    );
  }
  if (!raw.resolved_at) {
    throw new ImportRefusal(
      `${at("resolved_at")}: found nothing; allowed: the time the incident was resolved (import it once the status page marks it resolved)`,
    );
  }
  const resolved = exportTime(raw.resolved_at, at("resolved_at"));
  if (resolved < start.time) {
    throw new ImportRefusal(
      `${at("resolved_at")}: found ${JSON.stringify(raw.resolved_at)}, before ${start.field}; allowed: a time at or after the start`,
    );
  }

  // The file lists updates newest first: reversed, updates posted at the same second stay in
  // the order they were posted.
  const updates = oldestFirst(
    raw.incident_updates
      .map((u, i) => ({
        ...u,
        time: exportTime(
          u.display_at || u.created_at,
          at(`incident_updates[${i}].${u.display_at ? "display_at" : "created_at"}`),
        ),
      }))
      .reverse(),
    (u) => u.time,
  );

  const observed = new Map<string, { name: string; states: Observation[] }>();
  for (const u of updates) {
    for (const change of u.affected_components ?? []) {
      const key = change.code ?? change.name;
      let component = observed.get(key);
      if (!component) {
        component = { name: change.name, states: [] };
        observed.set(key, component);
        // Already impaired when first named: impaired since the incident began.
        const before = STATUSPAGE_SEVERITY[change.old_status] ?? null;
        if (before && start.time < u.time) {
          component.states.push({ time: start.time, severity: before, status: change.old_status });
        }
      }
      component.states.push({
        time: u.time,
        severity: STATUSPAGE_SEVERITY[change.new_status] ?? null,
        status: change.new_status,
      });
    }
  }
  const spans: ImportedSpan[] = [...observed.values()].flatMap(({ name, states }) =>
    spansOf(states, resolved).map((span) => ({
      component: name,
      region: "global",
      start: span.start,
      end: span.end,
      severity: span.severity,
      note: `Status page component "${name}": ${span.status}`,
    })),
  );
  const named = new Set([...observed.values()].map((c) => c.name));
  const unspanned = (raw.components ?? []).map((c) => c.name).filter((name) => !named.has(name));

  const monitoring = updates.find((u) => u.status === "monitoring");
  const withText = updates.filter((u) => (u.body ?? "").trim() !== "");
  if (withText.length < updates.length) {
    notes.push(
      `${updates.length - withText.length} update(s) without text were left out of updates.csv.`,
    );
  }

  return {
    format: "statuspage",
    id: raw.id,
    name: raw.name,
    link,
    ...(raw.shortlink?.startsWith("https://") ? { shortlink: raw.shortlink } : {}),
    author: site.name,
    page: { name: site.name, url: site.url },
    created,
    start,
    ...(monitoring ? { mitigated: monitoring.time } : {}),
    resolved,
    updates: withText.map((u) => ({ time: u.time, status: u.status, text: u.body ?? "" })),
    spans,
    unspanned,
    notes,
  };
}
