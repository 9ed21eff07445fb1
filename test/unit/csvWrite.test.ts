import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import { toCsv } from "../../src/lib/csvWrite.ts";

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated line per row, missing values empty", () => {
    expect(toCsv(["id", "note"], [{ id: "a", note: "x" }, { id: "b" }])).toBe(
      "id,note\r\na,x\r\nb,\r\n",
    );
  });

  it("reads back to the same values through the site's own CSV reader", () => {
    const rows = [
      { id: "a", text: 'Commas, "quotes"\nand new lines' },
      { id: "b", text: "" },
    ];
    const table = readCsv("t.csv", toCsv(["id", "text"], rows), {
      required: ["id", "text"],
      optional: [],
    });
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => r.values)).toEqual(rows);
  });

  it("quotes a value only when it holds a comma, a quote or a line break", () => {
    expect(toCsv(["v"], [{ v: "Sign-ins fail" }, { v: "a, b" }, { v: 'say "hi"' }])).toBe(
      'v\r\nSign-ins fail\r\n"a, b"\r\n"say ""hi"""\r\n',
    );
  });

  it("neutralises text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    const csv = toCsv(["text", "minutes"], [{ text: "=1+1", minutes: -3 }, { text: "@SUM(A1)" }]);
    expect(csv).toBe("text,minutes\r\n\"'=1+1\",-3\r\n\"'@SUM(A1)\",\r\n");
  });
});
