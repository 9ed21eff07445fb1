import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import { csvField, toCsv } from "../../src/lib/csvWrite.ts";

describe("csvField", () => {
  it("leaves a plain value as it is", () => {
    expect(csvField("Sign-ins fail")).toBe("Sign-ins fail");
  });

  it("quotes a value holding a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
  });
});

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
});
