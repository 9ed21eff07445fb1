import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import { csvCellText, toCsv } from "../../src/lib/csvWrite.ts";

describe("toCsv", () => {
  it("writes a header and one CRLF-terminated line per row, missing values empty", () => {
    expect(toCsv(["id", "note"], [{ id: "a", note: "x" }, { id: "b" }])).toBe(
      "id,note\r\na,x\r\nb,\r\n",
    );
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(["a"], [{ a: "a, b" }, { a: 'say "hi"' }, { a: "two\nlines" }])).toBe(
      'a\r\n"a, b"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it("prefixes a cell that starts like a formula with a quote mark, even over two lines", () => {
    expect(toCsv(["a"], [{ a: "=1+1" }, { a: "-2" }, { a: "@x\nmore" }, { a: "a=1" }])).toBe(
      'a\r\n"\'=1+1"\r\n"\'-2"\r\n"\'@x\nmore"\r\n"a=1"\r\n'.replace('"a=1"', "a=1"),
    );
    expect(csvCellText("+1")).toBe("'+1");
    expect(csvCellText("1+")).toBe("1+");
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
});
