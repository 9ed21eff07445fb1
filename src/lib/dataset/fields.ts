import { CAUSES } from "../frontmatter.ts";
import {
  CHANNELS,
  LABEL_MAX,
  MILESTONES,
  PHASES,
  PRECISIONS,
  SEVERITIES,
  TITLE_MAX,
} from "../schemas.ts";
import { required, type TableField } from "./tableSchema.ts";

/** The columns the tables share, described once. */

export const incidentKey: TableField = required({
  name: "incident",
  type: "string",
  description: "The incident the row belongs to: its slug in the incidents table.",
});

export const sourceField: TableField = required({
  name: "source",
  type: "string",
  format: "uri",
  description:
    "The original public document that states the row: the provider's report or status page, an independent measurement or an established newsroom.",
});

export const archiveField: TableField = {
  name: "archive",
  type: "string",
  format: "uri",
  description: "A faithful copy of the source: an archive snapshot or a mirror of the report.",
};

export const precisionField = (name: string, of: string): TableField => ({
  name,
  type: "string",
  description: `How exactly ${of} is known: minute, hour ("about") or day.`,
  constraints: { enum: PRECISIONS },
});

export const timeField = (name: string, description: string): TableField => ({
  name,
  type: "datetime",
  description: `${description} In UTC.`,
});

export const minutesField = (name: string, description: string): TableField => ({
  name,
  type: "integer",
  description: `${description} In whole minutes; empty when the provider's reports do not give the milestone.`,
});

export const enums = {
  cause: CAUSES,
  phase: PHASES,
  severity: SEVERITIES,
  channel: CHANNELS,
  milestone: MILESTONES,
} as const;

export const limits = { title: TITLE_MAX, label: LABEL_MAX } as const;
