/** JSON text read, or where and why it is not JSON: 1-based line and column, and a message. */
export type JsonResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/**
 * Parses JSON text (a leading byte-order mark is allowed). The engine's own error message
 * rarely says where the fault is, so on failure the text is scanned again by a small
 * RFC 8259 reader that stops at the first fault and names what it found and what JSON allows.
 */
export function parseJson(source: string): JsonResult {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const fault = findFault(text) ?? { at: text.length, message: "found invalid JSON" };
    const before = text.slice(0, fault.at);
    const lineStart = before.lastIndexOf("\n") + 1;
    return {
      ok: false,
      line: before.split("\n").length,
      column: Array.from(before.slice(lineStart)).length + 1,
      message: fault.message,
    };
  }
}

interface Fault {
  at: number;
  message: string;
}

class JsonFault extends Error {
  readonly at: number;

  constructor(at: number, message: string) {
    super(message);
    this.at = at;
  }
}

const VALUE = "a JSON value: an object, array, string, number, true, false or null";

/** The first fault in `text`, or undefined if it is JSON after all. */
function findFault(text: string): Fault | undefined {
  let i = 0;
  const found = (at: number) => {
    if (at >= text.length) return "the end of the file";
    const char = text[at] ?? "";
    if (char === "\n" || char === "\r") return "a line break";
    return JSON.stringify(char);
  };
  const fail = (at: number, where: string, allowed: string): never => {
    throw new JsonFault(at, `found ${found(at)}${where}; allowed: ${allowed}`);
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined) fail(i, " inside a string", 'a closing "');
      else if (char === '"') {
        i++;
        return;
      } else if (char === "\\") {
        const escape = text[i + 1] ?? "";
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            fail(i, " starting an escape", "\\u followed by four hexadecimal digits");
          i += 6;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== "") i += 2;
        else fail(i + 1, " after a backslash", '", \\, /, b, f, n, r, t or u');
      } else if (char < " ")
        fail(i, " inside a string", "a control character written as an escape");
      else i++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === "-") fail(i, " where a number should be", "a number such as 42");
    i += match?.[0].length ?? 0;
  };
  const value = (where: string) => {
    space();
    const char = text[i];
    if (char === "{") object();
    else if (char === "[") array();
    else if (char === '"') string();
    else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) number();
    else {
      const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
      if (!word) fail(i, where, VALUE);
      i += word?.length ?? 0;
    }
  };
  const object = () => {
    i++;
    space();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(i, " where a property name should be", "a name in double quotes");
      string();
      space();
      if (text[i] !== ":") fail(i, " after a property name", '":"');
      i++;
      value(" where a property's value should be");
      space();
      if (text[i] === ",") i++;
      else if (text[i] === "}") {
        i++;
        return;
      } else fail(i, " after a property's value", '"," or "}"');
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      value(" where an array element should be");
      space();
      if (text[i] === ",") i++;
      else if (text[i] === "]") {
        i++;
        return;
      } else fail(i, " after an array element", '"," or "]"');
    }
  };
  try {
    value(" where the JSON should begin");
    space();
    if (i < text.length) fail(i, " after the end of the JSON value", "nothing but white space");
    return undefined;
  } catch (error) {
    if (error instanceof JsonFault) return { at: error.at, message: error.message };
    throw error;
  }
}
