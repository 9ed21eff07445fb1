import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/lib/csv.ts";
import Papa from "papaparse";
import { appendCsv, csvField, toCsv } from "../../src/lib/csvWrite.ts";

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

describe("toCsv with LF line breaks and appendCsv", () => {
  it("ends every record with LF when asked, still quoting line breaks inside values", () => {
    expect(toCsv(["id", "text"], [{ id: "a", text: "two\nlines" }], { eol: "\n" })).toBe(
      'id,text\na,"two\nlines"\n',
    );
  });

  it("adds rows at the end in the file's own line breaks, completing a last line first", () => {
    expect(appendCsv("id,name\na,A\n", ["id", "name"], [{ id: "b", name: "B & <C>, D" }])).toBe(
      'id,name\na,A\nb,"B & <C>, D"\n',
    );
    expect(appendCsv("id,name\r\na,A", ["id", "name"], [{ id: "b", name: "B" }])).toBe(
      "id,name\r\na,A\r\nb,B\r\n",
    );
    expect(appendCsv("id,name\na,A\n", ["id", "name"], [])).toBe("id,name\na,A\n");
  });
});

describe("toCsv for downloads", () => {
  it("neutralises text a spreadsheet would run as a formula, as papaparse does, and leaves numbers alone", () => {
    const csv = toCsv(
      ["text", "minutes"],
      [{ text: "=1+1", minutes: -3 }, { text: "@SUM(A1)" }, { text: "-x" }, { text: "\tx" }],
      { neutraliseFormulae: true },
    );
    expect(csv).toBe('text,minutes\r\n"\'=1+1",-3\r\n"\'@SUM(A1)",\r\n"\'-x",\r\n"\'\tx",\r\n');
  });

  it("keeps the text of the data files themselves exact", () => {
    expect(toCsv(["text"], [{ text: "=1+1" }], { eol: "\n" })).toBe("text\n=1+1\n");
  });

  it("writes what papaparse's own escapeFormulae writes", () => {
    const rows = [{ text: "=A1" }, { text: "+1" }, { text: 'say "-"' }, { text: "plain" }];
    expect(toCsv(["text"], rows, { neutraliseFormulae: true })).toBe(
      `${Papa.unparse({ fields: ["text"], data: rows.map((r) => [r.text]) }, { escapeFormulae: true, newline: "\r\n" })}\r\n`,
    );
  });
});
