import { describe, expect, it } from "vitest";
import { checkCorpusAt as checkCorpus, loadCorpus } from "../../src/build/corpus.ts";
import { formatProblem, InputError } from "../../src/lib/problems.ts";
import { badCases, expectedProblems, fixtureCorpus } from "../helpers/fixtureCorpus.ts";

describe("checkCorpus", () => {
  it("accepts the valid fixture and returns typed rows", () => {
    const { corpus, problems } = checkCorpus(fixtureCorpus());
    expect(problems).toEqual([]);
    const incident = corpus.incidents.get("2020-01-01-synthetic");
    expect(incident?.events).toHaveLength(7);
    expect(incident?.impact).toHaveLength(3);
    expect(incident?.updates).toHaveLength(1);
    const rollback = incident?.events.find((e) => e.id === "rollback");
    expect(rollback).toMatchObject({
      time: Date.UTC(2020, 0, 1, 10, 35),
      end: Date.UTC(2020, 0, 1, 11, 5),
      line: 6,
    });
    const quoted = incident?.events.find((e) => e.id === "impact-begins");
    expect(quoted?.detail).toBe('Synthetic detail with a comma, a "quote" and\na new line');
    const offset = incident?.events.find((e) => e.id === "status-post");
    expect(offset?.time).toBe(Date.UTC(2020, 0, 1, 16, 0));
    expect(corpus.frontmatter.get("2020-01-01-synthetic")?.sources[0]?.date).toEqual(
      new Date("2020-01-02T00:00:00Z"),
    );
  });

  it.each(badCases())(
    "reports the bad fixture %s as path:line: message, and nothing else",
    (badCase) => {
      const { problems } = checkCorpus(fixtureCorpus(badCase));
      expect(problems.map(formatProblem)).toEqual(expectedProblems(badCase));
    },
  );

  it("reports every problem of a file, not only the first", () => {
    const { problems } = checkCorpus(fixtureCorpus("unknown-column"));
    expect(problems.length).toBeGreaterThan(1);
  });
});

describe("loadCorpus", () => {
  it("throws an InputError that lists every problem", () => {
    const root = fixtureCorpus("time-without-zone");
    expect(() => loadCorpus(root)).toThrow(InputError);
    expect(() => loadCorpus(root)).toThrow(
      /events\.csv:10: time: found "2020-01-01T10:20", which has no time zone/,
    );
  });
});
