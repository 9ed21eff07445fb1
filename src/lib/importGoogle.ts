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
import { isoMinute } from "./format.ts";
import type { Severity } from "./schemas.ts";

/*
 * Google Cloud Service Health `incidents.json`: an array, newest first, of `{ id, number,
 * begin, created, end, modified, external_desc, updates: [{ created, modified, when, text,
 * status, affected_locations: [{title, id}] }] (newest first), most_recent_update,
 * status_impact, severity, service_key, service_name, affected_products: [{title, id}], uri,
 * currently_affected_locations, previously_affected_locations }`.
 */

const location = z.looseObject({ id: z.string(), title: z.string().nullish() });

const update = z.looseObject({
  created: z.string(),
  when: z.string().nullish(),
  text: z.string().nullish(),
  status: z.string(),
  affected_locations: z.array(location).nullish(),
});

const incident = z.looseObject({
  id: z.string(),
  begin: z.string().nullish(),
  created: z.string(),
  end: z.string().nullish(),
  external_desc: z.string(),
  service_name: z.string().nullish(),
  affected_products: z.array(z.looseObject({ title: z.string() })).nullish(),
  uri: z.string(),
  updates: z.array(update),
});

/** Who posts Google Cloud's updates, and where. */
export const GOOGLE_AUTHOR = "Google Cloud Service Health";
export const GOOGLE_DASHBOARD = "https://status.cloud.google.com/";

/** Update statuses that are impact, and the severity each is drawn with. */
export const GOOGLE_SEVERITY: Readonly<Record<string, Severity>> = {
  SERVICE_OUTAGE: "outage",
  SERVICE_DISRUPTION: "major",
  SERVICE_INFORMATION: "advisory",
};

/** Whether parsed JSON has the shape of a Google Cloud export: an array of incidents. */
export function isGoogle(value: unknown): value is unknown[] {
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return (
    first === undefined ||
    (typeof first === "object" &&
      first !== null &&
      "external_desc" in first &&
      ("begin" in first || "created" in first))
  );
}

/** The incidents of the export, in file order, for listing. */
export function listGoogle(document: unknown[]): ListedIncident[] {
  return document.map((item) => {
    const record = (typeof item === "object" && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    let date = "";
    try {
      date = utcDate(exportTime(record["begin"] ?? record["created"], ""));
    } catch {
      // A listing shows what it can; the chosen incident is checked in full.
    }
    return { id: String(record["id"] ?? ""), name: String(record["external_desc"] ?? ""), date };
  });
}

/** Reads incident `id` of a Google Cloud export. */
export function readGoogle(document: unknown[], id: string): ImportedIncident {
  const where = document.findIndex(
    (item) => typeof item === "object" && item !== null && (item as { id?: unknown }).id === id,
  );
  const raw = readShape(incident, document[where], `[${where}]`);
  const at = (field: string) => `[${where}].${field}`;
  const notes: string[] = [];

  const created = exportTime(raw.created, at("created"));
  const start = raw.begin
    ? { time: exportTime(raw.begin, at("begin")), field: "begin" }
    : { time: created, field: "created" };
  if (!raw.begin) {
    notes.push(
      "The export gives no begin, so impact-start is when the incident was opened on the dashboard (created): check the provider's report for when impact began.",
    );
  }
  if (!raw.end) {
    throw new ImportRefusal(
      `${at("end")}: found nothing; allowed: the time the incident ended (import it once the dashboard gives its end)`,
    );
  }
  const resolved = exportTime(raw.end, at("end"));
  if (resolved < start.time) {
    throw new ImportRefusal(
      `${at("end")}: found ${JSON.stringify(raw.end)}, before ${start.field}; allowed: a time at or after the start`,
    );
  }

  const updates = oldestFirst(
    raw.updates
      .map((u, i) => ({
        ...u,
        time: exportTime(u.when || u.created, at(`updates[${i}].${u.when ? "when" : "created"}`)),
      }))
      .reverse(),
    (u) => u.time,
  );

  // Each location's state over time: impaired with the update's status while updates name
  // it, not impaired from the first update that no longer does. An update with impact that
  // names no location says nothing of where: when no update of the incident names one, its
  // impact is written for region global; otherwise it keeps the places impaired at its time
  // (with its status), because writing it as global would merge it with the dashboard's own
  // "Global" location and draw impact the dashboard never gave there.
  const locations = new Map<string, { title: string; states: Observation[] }>();
  const locatedAnywhere = updates.some((u) => (u.affected_locations ?? []).length > 0);
  const unlocated: { time: number; drawn: boolean }[] = [];
  for (const u of updates) {
    const severity = GOOGLE_SEVERITY[u.status] ?? null;
    let named = u.affected_locations ?? [];
    if (named.length === 0 && severity) {
      if (locatedAnywhere) {
        const impaired = [...locations]
          .filter(([, place]) => place.states.at(-1)?.severity)
          .map(([id, place]) => ({ id, title: place.title }));
        unlocated.push({ time: u.time, drawn: impaired.length > 0 });
        named = impaired;
      } else {
        named = [{ id: "global", title: "Global" }];
        unlocated.push({ time: u.time, drawn: true });
      }
    }
    for (const place of named) {
      if (!locations.has(place.id))
        locations.set(place.id, { title: place.title ?? place.id, states: [] });
    }
    const ids = new Set(named.map((place) => place.id));
    for (const [placeId, place] of locations) {
      place.states.push({
        time: u.time,
        severity: ids.has(placeId) ? severity : null,
        status: u.status,
      });
    }
  }
  if (unlocated.length > 0 && !locatedAnywhere) {
    notes.push(
      "Some updates with impact name no location; their impact is written for region global: check the regions.",
    );
  } else if (unlocated.length > 0) {
    const undrawn = unlocated.filter((u) => !u.drawn).map((u) => isoMinute(u.time));
    notes.push(
      `${unlocated.length} update(s) with impact name no location: they are drawn for the places already impaired at their time` +
        (undrawn.length > 0
          ? `, so those posted before any place was named (${undrawn.join(", ")}) are not drawn: check when impact began in each region.`
          : "."),
    );
  }
  const products = (raw.affected_products ?? []).map((p) => p.title);
  if (products.length === 0 && raw.service_name) products.push(raw.service_name);
  const spans: ImportedSpan[] = products.flatMap((product) =>
    [...locations].flatMap(([placeId, place]) =>
      spansOf(place.states, resolved).map((span) => ({
        component: product,
        region: placeId,
        start: span.start,
        end: span.end,
        severity: span.severity,
        note: `Dashboard: "${product}" in ${place.title}, ${span.status}`,
      })),
    ),
  );

  const monitoring = updates.find((u) => u.status.toLowerCase() === "monitoring");
  const withText = updates.filter((u) => (u.text ?? "").trim() !== "");
  if (withText.length < updates.length) {
    notes.push(
      `${updates.length - withText.length} update(s) without text were left out of updates.csv.`,
    );
  }

  return {
    format: "google",
    id: raw.id,
    name: raw.external_desc,
    link: `${GOOGLE_DASHBOARD}${raw.uri.replace(/^\/+/, "")}`,
    author: GOOGLE_AUTHOR,
    page: { name: GOOGLE_AUTHOR, url: GOOGLE_DASHBOARD },
    created,
    start,
    ...(monitoring ? { mitigated: monitoring.time } : {}),
    resolved,
    updates: withText.map((u) => ({ time: u.time, status: u.status, text: u.text ?? "" })),
    spans,
    unspanned: products.filter((product) => !spans.some((span) => span.component === product)),
    notes,
  };
}
