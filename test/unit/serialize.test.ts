import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  asXmlText,
  el,
  escapeAttribute,
  escapeText,
  prewrite,
  scriptJson,
  textContent,
  toHtml,
  toXml,
} from "../../src/lib/serialize.ts";

describe("el", () => {
  it("refuses event handler attributes, scripts, styles and foreign objects", () => {
    expect(() => el("rect", { onclick: "x" })).toThrow(/onclick/);
    expect(() => el("g", { OnLoad: "x" })).toThrow(/OnLoad/);
    expect(() => el("script")).toThrow(/script/);
    expect(() => el("foreignObject")).toThrow(/foreignObject/);
    expect(() => el("style")).toThrow(/style/);
    expect(() => el("g", { 'a"b': "x" })).toThrow();
  });

  it("refuses links with a scheme other than http(s) or mailto", () => {
    expect(() => el("a", { href: "javascript:alert(1)" })).toThrow(/javascript/);
    expect(() => el("a", { href: " data:text/html,x" })).toThrow();
    expect(el("a", { href: "https://example.com/?a=1&b=2" }).attributes["href"]).toBeDefined();
    expect(el("a", { href: "/incidents/x/" }).attributes["href"]).toBeDefined();
  });

  it("leaves out attributes that are null, undefined or false, and flattens children", () => {
    expect(toHtml(el("g", { a: null, b: undefined, c: false, d: 0 }, [["x", null], 1]))).toBe(
      '<g d="0">x1</g>',
    );
  });
});

describe("escaping", () => {
  it("keeps markup, entities and CDATA ends as text", () => {
    expect(escapeText("a & b < c > ]]> </svg>")).toBe("a &amp; b &lt; c &gt; ]]&gt; &lt;/svg&gt;");
    expect(escapeAttribute(`"quoted" 'single' <x>`)).toBe(
      "&quot;quoted&quot; &#39;single&#39; &lt;x&gt;",
    );
  });
});

describe("toHtml and toXml", () => {
  const tree = el(
    "svg",
    { viewBox: "0 0 10 10", "aria-label": 'Say "hi" & <bye>' },
    el("rect", { width: 10 }),
    el("text", {}, "Ends & recovers"),
  );

  it("closes empty SVG elements and writes HTML elements with end tags", () => {
    expect(toHtml(tree)).toBe(
      '<svg viewBox="0 0 10 10" aria-label="Say &quot;hi&quot; &amp; &lt;bye&gt;"><rect width="10"/><text>Ends &amp; recovers</text></svg>',
    );
    expect(toHtml(el("div", {}, el("span"), el("br")))).toBe("<div><span></span><br></div>");
  });

  it("pretty-prints one element a line", () => {
    expect(
      toXml(el("svg", {}, el("g", {}, el("rect"), el("text", {}, "a"))), { pretty: true }),
    ).toBe("<svg>\n  <g>\n    <rect/>\n    <text>a</text>\n  </g>\n</svg>");
  });

  it("writes characters XML cannot hold as U+FFFD", () => {
    expect(toXml(el("text", { a: "\u0001" }, "x\u0000y\uD800"))).toBe(
      '<text a="\uFFFD">x\uFFFDy\uFFFD</text>',
    );
  });

  it("round-trips any text through an XML parser and an HTML parser", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        (text, attribute) => {
          const node = el(
            "svg",
            { "aria-label": attribute },
            el("title", {}, text),
            el("text", {}, text),
          );
          expect(XMLValidator.validate(toXml(node))).toBe(true);
          const xml = new (parseHTML("").DOMParser)().parseFromString(toXml(node), "image/svg+xml");
          const root = xml.documentElement;
          expect(root.getAttribute("aria-label")).toBe(asXmlText(attribute));
          expect(root.querySelector("text")?.textContent).toBe(asXmlText(text));
          const { document } = parseHTML(
            `<!doctype html><html><body>${toHtml(node)}</body></html>`,
          );
          const svg = document.querySelector("svg");
          expect(svg?.getAttribute("aria-label")).toBe(attribute);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("prewrite", () => {
  it("writes exactly what the element it stands for writes, in the form it was kept in", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: "binary" }),
        fc.boolean(),
        (text, attribute, flag) => {
          const chart = el(
            "svg",
            { class: "chart" },
            el("g", { "aria-label": attribute, "data-flag": flag }, el("rect", { width: 2 })),
            el("text", {}, text, el("tspan", {}, attribute)),
          );
          const page = (svg: typeof chart) => toHtml(el("div", {}, svg));
          expect(page(prewrite(chart, "html"))).toBe(page(chart));
          const kept = prewrite(chart, "xml");
          expect(toXml(kept)).toBe(toXml(chart));
          // Taken as children of another drawing, as the social card takes a timeline's.
          expect(toXml(el("svg", {}, kept.children))).toBe(toXml(el("svg", {}, chart.children)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is refused outside an SVG, and in the form it was not kept in", () => {
    const kept = prewrite(el("svg", {}, el("rect")), "xml");
    expect(() => toHtml(el("div", {}, kept.children))).toThrow(/inside an SVG/);
    expect(() => toHtml(kept)).toThrow(/written as xml/);
    expect(() => textContent(kept)).toThrow(/no text/);
  });
});

describe("scriptJson", () => {
  it("keeps a script element closed whatever the data says, and parses back unchanged", () => {
    const data = { headline: "</script><script>alert(1)</script> & <!--" };
    const json = scriptJson(data);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(data);
  });
});
