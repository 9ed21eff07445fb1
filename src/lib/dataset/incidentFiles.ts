import type { EventRow, ImpactRow, UpdateRow } from "../schemas.ts";
import { text, time } from "./cells.ts";
import {
  archiveField,
  enums,
  incidentKey,
  limits,
  precisionField,
  sourceField,
  timeField,
} from "./fields.ts";
import type { DatasetInput } from "./input.ts";
import { required, type DatasetRow, type DatasetTable } from "./tableSchema.ts";

/** Rows of one per-incident file across every published incident, each with its slug first. */
function perIncident<T>(
  { corpus, slugs }: DatasetInput,
  pick: (data: { events: EventRow[]; impact: ImpactRow[]; updates: UpdateRow[] }) => T[],
  row: (item: T) => DatasetRow,
): DatasetRow[] {
  return slugs.flatMap((slug) => {
    const data = corpus.incidents.get(slug);
    if (!data) throw new Error(`No incident with the slug "${slug}".`);
    return pick(data).map((item) => ({ incident: slug, ...row(item) }));
  });
}

const toIncidents = { fields: "incident", reference: { resource: "incidents", fields: "slug" } };

/** Every event of every published incident. */
export function events(input: DatasetInput): DatasetTable {
  return {
    name: "events",
    title: "Timeline events",
    description: "Every moment on every published incident's timeline.",
    rows: perIncident(
      input,
      (d) => d.events,
      (e) => ({
        id: e.id,
        time: time(e.time),
        end: time(e.end),
        precision: e.precision,
        phase: e.phase,
        title: e.title,
        detail: text(e.detail),
        milestone: text(e.milestone),
        label: text(e.label),
        source: e.source,
        archive: text(e.archive),
      }),
    ),
    schema: {
      missingValues: [""],
      primaryKey: ["incident", "id"],
      foreignKeys: [toIncidents],
      fields: [
        incidentKey,
        required({
          name: "id",
          type: "string",
          description:
            "The event's identifier within its incident; #event-<id> links to it on the page.",
        }),
        required(timeField("time", "When it happened.")),
        timeField("end", "For a moment that lasted: when it ended."),
        required(precisionField("precision", "the time")),
        required({
          name: "phase",
          type: "string",
          description: "The timeline lane it belongs to.",
          constraints: { enum: enums.phase },
        }),
        required({
          name: "title",
          type: "string",
          description: "What happened.",
          constraints: { maxLength: limits.title },
        }),
        { name: "detail", type: "string", description: "More about it, in plain text." },
        {
          name: "milestone",
          type: "string",
          description:
            "Which of the four moments the key figures are counted between this event's time marks, if any.",
          constraints: { enum: enums.milestone },
        },
        {
          name: "label",
          type: "string",
          description: "The short text drawn beside it on the timeline.",
          constraints: { maxLength: limits.label },
        },
        sourceField,
        archiveField,
      ],
    },
  };
}

/** Every impact span of every published incident. */
export function impact(input: DatasetInput): DatasetTable {
  return {
    name: "impact",
    title: "Service impact",
    description:
      "Every span of time a service was impaired in a region, for every published incident.",
    rows: perIncident(
      input,
      (d) => d.impact,
      (s) => ({
        service: s.service,
        region: s.region,
        start: time(s.start),
        end: time(s.end),
        severity: s.severity,
        note: text(s.note),
        source: s.source,
        archive: text(s.archive),
      }),
    ),
    schema: {
      missingValues: [""],
      foreignKeys: [
        toIncidents,
        { fields: "service", reference: { resource: "services", fields: "id" } },
      ],
      fields: [
        incidentKey,
        required({
          name: "service",
          type: "string",
          description: "The service impaired: an id in the services table.",
        }),
        required({ name: "region", type: "string", description: "global, or the region's name." }),
        required(timeField("start", "When the impairment began.")),
        required(timeField("end", "When it ended.")),
        required({
          name: "severity",
          type: "string",
          description:
            "outage (unusable), major (large error rates), degraded (partly working or slow), advisory (minor or residual).",
          constraints: { enum: enums.severity },
        }),
        { name: "note", type: "string", description: "More about the span, in plain text." },
        sourceField,
        archiveField,
      ],
    },
  };
}

/** Every status update of every published incident. */
export function updates(input: DatasetInput): DatasetTable {
  return {
    name: "updates",
    title: "Status updates",
    description:
      "The providers' public status communications during each published incident. The texts are quoted from their publishers and remain theirs: they are not covered by the dataset's licence.",
    rows: perIncident(
      input,
      (d) => d.updates,
      (u) => ({
        time: time(u.time),
        channel: u.channel,
        author: u.author,
        text: u.text,
        url: u.url,
        archive: text(u.archive),
      }),
    ),
    schema: {
      missingValues: [""],
      foreignKeys: [toIncidents],
      fields: [
        incidentKey,
        required(timeField("time", "When it was posted.")),
        required({
          name: "channel",
          type: "string",
          description: "Where it appeared.",
          constraints: { enum: enums.channel },
        }),
        required({ name: "author", type: "string", description: "Who posted it." }),
        required({
          name: "text",
          type: "string",
          description: "What it said, as published; the publisher's words.",
        }),
        required({
          name: "url",
          type: "string",
          format: "uri",
          description: "Where it was published.",
        }),
        archiveField,
      ],
    },
  };
}
