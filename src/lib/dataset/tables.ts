import { events, impact, updates } from "./incidentFiles.ts";
import { incidents } from "./incidentsTable.ts";
import type { DatasetInput } from "./input.ts";
import { registries } from "./registries.ts";
import type { DatasetTable } from "./tableSchema.ts";

export type { DatasetInput } from "./input.ts";

/** Every table of the open dataset, built from the corpus: nothing is kept by hand. */
export function datasetTables(input: DatasetInput): DatasetTable[] {
  return [incidents(input), events(input), impact(input), updates(input), ...registries(input)];
}
