import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/lib/frontmatterFile.ts";
import { frontmatterText, incidentMdx, SECTIONS, yamlString } from "../../src/lib/incidentMdx.ts";

const TITLES = [
  'Errors & timeouts: "API <v2>" and the Dashboard',
  "Key: value # not a comment",
  "- starts like a list item",
  "yes",
  "2024-01-18",
  "{braces} and [brackets]",
  "Line one\nline two",
  "Tab\tand backslash \\ and unicode — ✓",
];

describe("the front-matter writer", () => {
  it.each(TITLES)("writes the title %j so that it reads back literally", (title) => {
    const text = frontmatterText({
      title,
      dek: "A synthetic dek.",
      provider: "google",
      cause: "unknown",
      draft: true,
      sources: [
        { title, url: "https://example.com/a?b=1&c=2", publisher: "Ex & Co", date: "2024-01-19" },
      ],
    });
    const result = readFrontmatter("x.mdx", text);
    expect(result.problems).toEqual([]);
    expect(result.data?.title).toBe(title);
    expect(result.data?.draft).toBe(true);
    expect(result.data?.sources[0]?.title).toBe(title);
    expect(result.data?.sources[0]?.url).toBe("https://example.com/a?b=1&c=2");
    expect(text).toMatch(/^draft: true$/m);
  });

  it("writes ids and dates bare, empty lists as [], and no draft line unless asked", () => {
    const text = frontmatterText({
      title: "T",
      dek: "D",
      provider: "aws",
      cause: "dns",
      sources: [],
    });
    expect(text).toBe(
      '---\ntitle: "T"\ndek: "D"\nprovider: aws\ncause: dns\ntags: []\nrelated: []\nsources: []\n---\n',
    );
  });

  it("quotes a string as YAML that JSON would also read", () => {
    expect(yamlString('a "b" <c> & d: e')).toBe('"a \\"b\\" <c> & d: e"');
  });

  it("puts the guidance in an MDX comment and the usual sections after it", () => {
    const mdx = incidentMdx({ title: "T", dek: "D", provider: "aws", cause: "dns", sources: [] }, [
      "First line.",
      "",
      "Last line.",
    ]);
    expect(mdx).toContain("{/*\n  First line.\n\n  Last line.\n*/}");
    expect(mdx.match(/^## .*$/gm)).toEqual(SECTIONS.map((s) => `## ${s}`));
  });
});
