import { z } from "zod";
import { isNotOriginal } from "./sourceKinds.ts";
import { parseInstant } from "./time.ts";

/** How exactly a time is known. `hour` and `day` are drawn as ranges, not points. */
export const PRECISIONS = ["minute", "hour", "day"] as const;
/** The phases of an incident, in the order they are drawn as timeline lanes. */
export const PHASES = [
  "trigger",
  "impact",
  "detection",
  "communication",
  "mitigation",
  "recovery",
  "resolved",
  "aftermath",
] as const;
/** Severity of a service impact span, worst first. */
export const SEVERITIES = ["outage", "major", "degraded", "advisory"] as const;
/** Where a public status communication appeared. */
export const CHANNELS = ["status-page", "social", "blog", "email", "press"] as const;
/**
 * The moments of an incident its key figures are counted between, in the order they must
 * come (`detected` may precede impact). A milestone is its event's `time`, never its `end`.
 */
export const MILESTONES = ["impact-start", "detected", "mitigated", "resolved"] as const;

export type Precision = (typeof PRECISIONS)[number];
export type Phase = (typeof PHASES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Milestone = (typeof MILESTONES)[number];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TITLE_MAX = 120;
/** The longest text drawn beside a mark on the timeline. */
export const LABEL_MAX = 40;

const oneOf = (values: readonly string[]) => `allowed: ${values.join(", ")}`;

/** A required non-empty text cell. */
const text = (allowed: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `allowed: ${allowed}` });

/** A stable identifier usable in URLs. */
export const idSchema = z.string().regex(ID_PATTERN, {
  error: "allowed: lowercase letters, digits and single hyphens, e.g. rollback-fails",
});

/** An `https://` URL of a public document. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: "allowed: an https:// URL of the public document that states it",
});

/**
 * The `https://` URL of the original publisher of what a row states: never a host known to
 * be a content farm, an aggregator or a mirror.
 */
export const originalUrl = httpsUrl.refine((url) => !isNotOriginal(url), {
  error:
    "allowed: the original publisher's address (the provider's report or status page, an independent measurement, an established newsroom); a faithful copy goes in archive",
});

/** An `https://` URL of a faithful copy of the source: an archive snapshot or a mirror. */
export const archiveUrl = z.url({
  protocol: /^https$/,
  error:
    "allowed: an https:// URL of a faithful copy of the source, e.g. a web.archive.org snapshot",
});

/** An ISO 8601 instant with a zone, parsed to epoch milliseconds. */
export const instant = z.string().transform((value, ctx) => {
  const result = parseInstant(value);
  if (!result.ok) {
    ctx.addIssue({
      code: "custom",
      message: result.reason.replace(/^.*?; /, ""),
      input: value,
      params: { found: value, reason: result.reason },
    });
    return z.NEVER;
  }
  return result.ms;
});

/** A row of `events.csv`: one moment on the timeline. */
export const eventRow = z
  .object({
    /** Unique within the incident; used in `#event-<id>` links. */
    id: idSchema,
    /** When it happened. */
    time: instant,
    /** For events that last: when it ended, not before `time`. */
    end: instant.optional(),
    /** How exactly the time is known. */
    precision: z.enum(PRECISIONS, { error: oneOf(PRECISIONS) }),
    /** The lane it is drawn in. */
    phase: z.enum(PHASES, { error: oneOf(PHASES) }),
    /** Short plain text. */
    title: text(`plain text of 1 to ${TITLE_MAX} characters`).max(TITLE_MAX, {
      error: `allowed: at most ${TITLE_MAX} characters`,
    }),
    /** Longer plain text; may hold commas, quotes and new lines. */
    detail: z.string().optional(),
    /** The moment of the incident this event's `time` marks, if any. */
    milestone: z.enum(MILESTONES, { error: oneOf(MILESTONES) }).optional(),
    /** Short text drawn beside the event's mark on the timeline. */
    label: z
      .string()
      .trim()
      .max(LABEL_MAX, { error: `allowed: at most ${LABEL_MAX} characters` })
      .optional(),
    /** The original public document that states it. */
    source: originalUrl,
    /** A faithful copy of `source`. */
    archive: archiveUrl.optional(),
  })
  .superRefine((row, ctx) => {
    if (row.end !== undefined && row.end < row.time) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "allowed: a time at or after `time`",
        params: { found: "a time before `time`" },
      });
    }
  });

/** A row of `impact.csv`: one service impaired in one region over one span. */
export const impactRow = z
  .object({
    /** An `id` from `data/services.csv`. */
    service: idSchema,
    /** `global` or a region name. */
    region: text("global or a region name such as us-east-1"),
    start: instant,
    end: instant,
    severity: z.enum(SEVERITIES, { error: oneOf(SEVERITIES) }),
    note: z.string().optional(),
    /** The original public document that states it. */
    source: originalUrl,
    /** A faithful copy of `source`. */
    archive: archiveUrl.optional(),
  })
  .superRefine((row, ctx) => {
    if (row.end <= row.start) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "allowed: a time after `start`",
        params: { found: "a time not after `start`" },
      });
    }
  });

/** A row of `updates.csv`: one public status communication. */
export const updateRow = z.object({
  time: instant,
  channel: z.enum(CHANNELS, { error: oneOf(CHANNELS) }),
  author: text("who posted it, e.g. @AzureSupport"),
  text: text("what the post said, in plain text"),
  /** Where it was published. */
  url: originalUrl,
  /** A faithful copy of `url`. */
  archive: archiveUrl.optional(),
});

/** A row of `data/providers.csv`. */
export const providerRow = z.object({
  id: idSchema,
  name: text("the provider's name"),
  url: httpsUrl,
});

/** A row of `data/services.csv`. */
export const serviceRow = z.object({
  id: idSchema,
  name: text("the service's name"),
  /** An `id` from `data/providers.csv`. */
  provider: idSchema,
  /** A lowercase word or two grouping services, e.g. identity, storage. */
  category: idSchema,
});

/** A row of `data/dependencies.csv`: `service` fails when `depends_on` does. */
export const dependencyRow = z.object({
  service: idSchema,
  depends_on: idSchema,
  source: originalUrl,
});

export type EventRow = z.output<typeof eventRow> & { line: number };
export type ImpactRow = z.output<typeof impactRow> & { line: number };
export type UpdateRow = z.output<typeof updateRow> & { line: number };
export type ProviderRow = z.output<typeof providerRow> & { line: number };
export type ServiceRow = z.output<typeof serviceRow> & { line: number };
export type DependencyRow = z.output<typeof dependencyRow> & { line: number };

/** The columns of each file, required first; anything else fails the build. */
export const COLUMNS = {
  events: {
    required: ["id", "time", "precision", "phase", "title", "source"],
    optional: ["end", "detail", "milestone", "label", "archive"],
  },
  impact: {
    required: ["service", "region", "start", "end", "severity", "source"],
    optional: ["note", "archive"],
  },
  updates: { required: ["time", "channel", "author", "text", "url"], optional: ["archive"] },
  providers: { required: ["id", "name", "url"], optional: [] },
  services: { required: ["id", "name", "provider", "category"], optional: [] },
  dependencies: { required: ["service", "depends_on", "source"], optional: [] },
} as const;
