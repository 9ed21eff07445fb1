import { wholeMinutes } from "../format.ts";
import { deriveMetrics } from "../metrics.ts";
import { text, time } from "./cells.ts";
import { enums, minutesField, precisionField, timeField } from "./fields.ts";
import type { DatasetInput } from "./input.ts";
import { required, type DatasetRow, type DatasetTable } from "./tableSchema.ts";

/** One row per published incident: its milestones and the key figures between them. */
export function incidents({ corpus, slugs, pageUrl }: DatasetInput): DatasetTable {
  const rows = slugs.map((slug): DatasetRow => {
    const meta = corpus.frontmatter.get(slug);
    const data = corpus.incidents.get(slug);
    if (!meta || !data) throw new Error(`No incident with the slug "${slug}".`);
    const metrics = deriveMetrics(data.events, data.impact);
    const { milestones } = metrics;
    return {
      slug,
      title: meta.title,
      provider: corpus.providers.has(meta.provider) ? meta.provider : null,
      cause: meta.cause,
      tracking_id: text(meta.trackingId),
      impact_start: time(milestones["impact-start"]?.time),
      impact_start_precision: text(milestones["impact-start"]?.precision),
      detected: time(milestones.detected?.time),
      detected_precision: text(milestones.detected?.precision),
      mitigated: time(milestones.mitigated?.time),
      mitigated_precision: text(milestones.mitigated?.precision),
      impact_end: time(milestones.resolved?.time),
      impact_end_precision: text(milestones.resolved?.precision),
      time_to_detect_minutes: wholeMinutes(metrics.timeToDetect),
      time_to_mitigate_minutes: wholeMinutes(metrics.timeToMitigate),
      time_to_resolve_minutes: wholeMinutes(metrics.timeToResolve),
      services_affected: metrics.services.length,
      services: metrics.services.join(" "),
      url: pageUrl(slug),
    };
  });
  return {
    name: "incidents",
    title: "Incidents",
    description:
      "One row per published incident, with its milestones and the key figures counted between them.",
    rows,
    schema: {
      missingValues: [""],
      primaryKey: "slug",
      foreignKeys: [{ fields: "provider", reference: { resource: "providers", fields: "id" } }],
      fields: [
        required({
          name: "slug",
          type: "string",
          description:
            "The incident's identifier: the UTC date of impact start and a short name. It names the incident's page and data folder.",
          constraints: { unique: true },
        }),
        required({
          name: "title",
          type: "string",
          description: "The headline of the incident's page.",
        }),
        {
          name: "provider",
          type: "string",
          description: "The provider whose service failed: an id in the providers table.",
        },
        required({
          name: "cause",
          type: "string",
          description: "The root-cause category.",
          constraints: { enum: enums.cause },
        }),
        {
          name: "tracking_id",
          type: "string",
          description: "The provider's own incident identifier(s).",
        },
        timeField(
          "impact_start",
          "When customers began to be affected: the impact-start milestone.",
        ),
        precisionField("impact_start_precision", "impact start"),
        timeField("detected", "When the provider knew of the problem: the detected milestone."),
        precisionField("detected_precision", "detection"),
        timeField(
          "mitigated",
          "When the fix took effect and most customers were restored: the mitigated milestone.",
        ),
        precisionField("mitigated_precision", "mitigation"),
        timeField("impact_end", "When all customer impact was over: the resolved milestone."),
        precisionField("impact_end_precision", "the end of impact"),
        minutesField(
          "time_to_detect_minutes",
          "From impact start to detection; negative when detected before impact.",
        ),
        minutesField("time_to_mitigate_minutes", "From impact start to mitigation."),
        minutesField(
          "time_to_resolve_minutes",
          "From impact start to the end of all impact: the incident's duration.",
        ),
        required({
          name: "services_affected",
          type: "integer",
          description: "How many services had impact rows.",
        }),
        {
          name: "services",
          type: "string",
          description:
            "The ids of those services in the services table, separated by spaces, in order of first impact.",
        },
        required({
          name: "url",
          type: "string",
          // Not format "uri": a site built for a local preview is served from localhost.
          description: "The address of the incident's page.",
        }),
      ],
    },
  };
}
