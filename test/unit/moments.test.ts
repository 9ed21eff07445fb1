import { describe, expect, it } from "vitest";
import { findMoments } from "../../src/lib/moments.ts";

describe("findMoments", () => {
  it("finds each Moment with the ids it names and its line", () => {
    const source = [
      "---",
      "title: x",
      "---",
      'Text <Moment event="first">a sentence</Moment> and',
      "<Moment",
      "  event='second third'>another</Moment>",
    ].join("\n");
    expect(findMoments(source)).toEqual([
      { line: 4, ids: ["first"] },
      { line: 6, ids: ["second", "third"] },
    ]);
  });

  it("reports a Moment without an event as naming nothing", () => {
    expect(findMoments("<Moment>text</Moment>")).toEqual([{ line: 1, ids: [] }]);
  });

  it("reports an expression, which cannot be checked, as written", () => {
    expect(findMoments("<Moment event={ids}>text</Moment>")).toEqual([
      { line: 1, ids: [], expression: "{ids}" },
    ]);
  });

  it("ignores Moments inside fenced code examples", () => {
    expect(findMoments('```\n<Moment event="x">example</Moment>\n```\n')).toEqual([]);
  });
});
