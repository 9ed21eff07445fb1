import { describe, expect, it } from "vitest";
import { parseJson } from "../../src/lib/jsonText.ts";

describe("parseJson", () => {
  it("reads JSON, with or without a byte-order mark", () => {
    expect(parseJson('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, "x"] } });
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8, 'found "}" where a property\'s value should be'],
    ['{"a": [1, 2', 1, 12, 'found the end of the file after an array element; allowed: "," or "]"'],
    ["[\n  1,\n]", 3, 1, 'found "]" where an array element should be'],
    ['{"a" 1}', 1, 6, 'found "1" after a property name; allowed: ":"'],
    ["{'a': 1}", 1, 2, 'found "\'" where a property name should be'],
    ['{"a": "x\ny"}', 1, 9, "found a line break inside a string"],
    ['{"a": 1}}', 1, 9, 'found "}" after the end of the JSON value'],
    ["", 1, 1, "found the end of the file where the JSON should begin"],
    ['{"é": "ü", x}', 1, 12, "where a property name should be"],
  ])("pins %j to line %i, column %i", (text, line, column, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.line, result.column]).toEqual([line, column]);
    expect(result.message).toContain(message);
  });
});
