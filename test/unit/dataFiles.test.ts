import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  contractColumns,
  filesForChart,
  publishedFiles,
  sourcePath,
} from "../../src/lib/dataFiles.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

const SLUG = "2020-01-01-synthetic";

describe("data files", () => {
  it("lists the columns of each file in the order of the data contract", () => {
    expect(contractColumns("events")).toEqual([
      "id",
      "time",
      "end",
      "precision",
      "phase",
      "title",
      "detail",
      "milestone",
      "label",
      "source",
      "archive",
    ]);
    expect(contractColumns("impact")).toEqual([
      "service",
      "region",
      "start",
      "end",
      "severity",
      "note",
      "source",
      "archive",
    ]);
  });

  it("finds an incident's files in its folder and the shared ones under data/", () => {
    expect(sourcePath(SLUG, "events")).toBe(`data/incidents/${SLUG}/events.csv`);
    expect(sourcePath(SLUG, "services")).toBe("data/services.csv");
  });

  it("publishes the files that exist, the optional ones only when present", () => {
    const root = fixtureCorpus();
    expect(publishedFiles(root, SLUG)).toEqual(["events", "impact", "updates"]);
    expect(publishedFiles(root, "all")).toEqual(["providers", "services", "dependencies"]);
    rmSync(join(root, sourcePath(SLUG, "updates")));
    expect(publishedFiles(root, SLUG)).toEqual(["events", "impact"]);
  });

  it("offers the timeline's events and status posts, and the impact chart's spans", () => {
    const root = fixtureCorpus();
    expect(filesForChart(root, SLUG, "timeline")).toEqual([
      { slug: SLUG, file: "events" },
      { slug: SLUG, file: "updates" },
    ]);
    expect(filesForChart(root, SLUG, "impact")).toEqual([{ slug: SLUG, file: "impact" }]);
  });

  it("offers every file of its incident under a chart it does not know", () => {
    const root = fixtureCorpus();
    expect(filesForChart(root, SLUG, "a-new-chart").map((f) => f.file)).toEqual([
      "events",
      "impact",
      "updates",
    ]);
  });
});
