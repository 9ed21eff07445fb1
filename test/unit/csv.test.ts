import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";

const columns = { required: ["id", "text"], optional: ["note"] };

describe("readCsv", () => {
  it("returns every row with the line it starts on", () => {
    const table = readCsv("t.csv", 'id,text\na,one\nb,"two\nlines"\nc,three\n', columns);
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => [r.line, r.values["id"], r.values["text"]])).toEqual([
      [2, "a", "one"],
      [3, "b", "two\nlines"],
      [5, "c", "three"],
    ]);
  });

  it("accepts a byte-order mark and CRLF line endings", () => {
    const table = readCsv("t.csv", "\uFEFFid,text\r\na,one\r\nb,two\r\n", columns);
    expect(table.header).toEqual(["id", "text"]);
    expect(table.records.map((r) => r.values["text"])).toEqual(["one", "two"]);
  });

  it("keeps commas and doubled quotes inside quoted values", () => {
    const table = readCsv("t.csv", 'id,text\na,"x, ""y"", z"\n', columns);
    expect(table.records[0]?.values["text"]).toBe('x, "y", z');
  });

  it("skips blank lines but counts them for line numbers", () => {
    const table = readCsv("t.csv", "id,text\n\na,one\n", columns);
    expect(table.records.map((r) => r.line)).toEqual([3]);
  });

  it("reports an unterminated quote with its line", () => {
    const table = readCsv("t.csv", 'id,text\na,one\nb,"open\n', columns);
    expect(table.problems).toEqual([
      expect.objectContaining({
        file: "t.csv",
        line: 3,
        message: expect.stringMatching(/malformed quoted value/),
      }),
    ]);
  });

  it("reports a row with too many values instead of dropping it", () => {
    const table = readCsv("t.csv", "id,text\na,one,extra\n", columns);
    expect(table.records).toEqual([]);
    expect(table.problems[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/found 3 values; allowed: 2/),
    });
  });

  it("reports unknown and missing columns on line 1", () => {
    const table = readCsv("t.csv", "id,txt\na,one\n", columns);
    expect(table.problems.map((p) => [p.line, p.message])).toEqual([
      [1, expect.stringMatching(/unknown column "txt"/)],
      [1, expect.stringMatching(/no column "text"/)],
    ]);
  });
});
