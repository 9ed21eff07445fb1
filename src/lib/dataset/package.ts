import type { DatasetTable } from "./tableSchema.ts";

/** The dataset's release, as `CITATION.cff` states it. */
export interface Release {
  version: string;
  /** `YYYY-MM-DD`, the `date-released` of `CITATION.cff`. */
  date: string;
}

/** The licence of the atlas's own data; quoted status texts stay their publishers'. */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const PACKAGE_NAME = "outage-atlas";
export const PACKAGE_TITLE = "Outage Atlas: major cloud outages, event by event";

/**
 * A Frictionless Data Package (v1) descriptor for the tables: every resource a CSV file
 * beside it with its Table Schema. `created` is the release date, never the build's clock,
 * so two builds of one commit are byte-identical.
 */
export function dataPackage(tables: readonly DatasetTable[], release: Release, home: string) {
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE,
    description:
      "Timelines, service impact, status updates and key figures (time to detect, mitigate and resolve) of major cloud outages, each row citing the public document that states it.",
    homepage: home,
    version: release.version,
    created: `${release.date}T00:00:00Z`,
    licenses: [DATA_LICENSE],
    sources: [
      {
        title:
          "The providers' post-incident reports and status pages, independent measurements and newsroom reporting, cited row by row in each table's source column",
        path: home,
      },
    ],
    resources: tables.map((table) => ({
      profile: "tabular-data-resource",
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: table.schema,
    })),
  };
}
