import { z } from "zod";
import { archiveUrl, idSchema, originalUrl } from "./schemas.ts";

/** Root-cause categories an incident can be filed under. */
export const CAUSES = [
  "config-change",
  "certificate",
  "dns",
  "bgp",
  "capacity",
  "software",
  "hardware",
  "power",
  "security",
  "unknown",
] as const;
export type Cause = (typeof CAUSES)[number];

/** `YYYY-MM-DD-short-name`: the same for the MDX file and the data folder. */
export const SLUG_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const calendarDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], {
    error: "allowed: a date written YYYY-MM-DD",
  })
  .transform((value) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value));

/** A public document the narrative relies on. */
export const sourceSchema = z.strictObject(
  {
    /** The document's title. */
    title: z.string().min(1, { error: "allowed: the document's title" }),
    /** Where the original publisher has it: `https://` only. */
    url: originalUrl,
    /** Who published it. */
    publisher: z.string().min(1, { error: "allowed: the publisher's name" }),
    /** When it was published. */
    date: calendarDate,
    /** A faithful copy: an archive snapshot or a mirror of the document. */
    archive: archiveUrl.optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? "allowed fields of a source: title, url, publisher, date, archive"
        : undefined,
  },
);

/** A dated note telling readers what an earlier version of the page got wrong. */
export const correctionSchema = z.strictObject(
  {
    /** When the page was corrected. */
    date: calendarDate,
    /** What was wrong and what it is now, in one or two sentences. */
    text: z.string().trim().min(1, { error: "allowed: what was wrong and what it is now" }),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? "allowed fields of a correction: date, text" : undefined,
  },
);

/**
 * Editorial front matter of `content/incidents/<slug>.mdx`. Times, durations and services
 * are not here: they are derived from the CSV files.
 */
export const incidentFrontmatter = z.strictObject(
  {
    /** Headline. */
    title: z
      .string()
      .min(1, { error: "allowed: a headline" })
      .max(140, { error: "allowed: at most 140 characters" }),
    /** One sentence under the headline. */
    dek: z
      .string()
      .min(1, { error: "allowed: one sentence" })
      .max(300, { error: "allowed: at most 300 characters" }),
    /** An `id` from `data/providers.csv`, or `unknown` while it is not yet established. */
    provider: idSchema,
    /** The root-cause category. */
    cause: z.enum(CAUSES, { error: `allowed: ${CAUSES.join(", ")}` }),
    /** The provider's incident identifier(s), e.g. SM79-F88. */
    trackingId: z.string().optional(),
    /** Lowercase keywords. */
    tags: z.array(idSchema).default([]),
    /** Slugs of related incidents. */
    related: z
      .array(
        z
          .string()
          .regex(SLUG_PATTERN, { error: "allowed: an incident slug such as 2021-03-15-azure-ad" }),
      )
      .default([]),
    /** Drafts are shown by the dev server and left out of the build. */
    draft: z.boolean().default(false),
    /** Public documents, the provider's own post-mortem first. */
    sources: z.array(sourceSchema).default([]),
    /** Corrections to figures or statements of an earlier version, oldest first. */
    corrections: z.array(correctionSchema).default([]),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `allowed fields: title, dek, provider, cause, trackingId, tags, related, draft, sources, corrections`
        : undefined,
  },
);

export type IncidentFrontmatter = z.output<typeof incidentFrontmatter>;
