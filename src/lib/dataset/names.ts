/** The corpus-wide tables of the open dataset, in the order the package lists them. */
export const DATASET_TABLES = [
  "incidents",
  "events",
  "impact",
  "updates",
  "providers",
  "services",
  "dependencies",
] as const;

export type DatasetTableName = (typeof DATASET_TABLES)[number];
