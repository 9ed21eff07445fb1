import { stringify } from "yaml";

/** A source as written in front matter; `date` is `YYYY-MM-DD`. */
export interface SourceEntry {
  title: string;
  url: string;
  publisher: string;
  date: string;
}

/** The front matter of a new incident, in the order it is written. */
export interface NewFrontmatter {
  title: string;
  dek: string;
  provider: string;
  cause: string;
  tags?: readonly string[];
  related?: readonly string[];
  /** Written as `draft: true` on a line of its own when set. */
  draft?: boolean;
  sources: readonly SourceEntry[];
}

/** The headings of a new incident's story, in the order EDITING.md gives them. */
export const SECTIONS = ["Summary", "Timeline", "Impact", "Cause", "Response", "What changed"];

/**
 * Text as a YAML double-quoted scalar: whatever it holds (`&`, `<`, quotes, a colon, a line
 * break) reads back as exactly the same text.
 */
export function yamlString(text: string): string {
  return stringify(text, {
    defaultStringType: "QUOTE_DOUBLE",
    doubleQuotedAsJSON: true,
    lineWidth: 0,
  }).trimEnd();
}

const list = (items: readonly string[] = []) => `[${items.join(", ")}]`;

/** The front matter block, `---` to `---`, ids and dates bare and every text quoted. */
export function frontmatterText(meta: NewFrontmatter): string {
  const lines = [
    `title: ${yamlString(meta.title)}`,
    `dek: ${yamlString(meta.dek)}`,
    `provider: ${meta.provider}`,
    `cause: ${meta.cause}`,
    `tags: ${list(meta.tags)}`,
    `related: ${list(meta.related)}`,
  ];
  if (meta.draft) lines.push("draft: true");
  if (meta.sources.length === 0) lines.push("sources: []");
  else {
    lines.push("sources:");
    for (const source of meta.sources) {
      lines.push(
        `  - title: ${yamlString(source.title)}`,
        `    url: ${yamlString(source.url)}`,
        `    publisher: ${yamlString(source.publisher)}`,
        `    date: ${source.date}`,
      );
    }
  }
  return `---\n${lines.join("\n")}\n---\n`;
}

/**
 * A new incident's MDX file: front matter, a comment telling the editor what to write (its
 * lines must not hold `*\/`), and the empty sections of the story.
 */
export function incidentMdx(meta: NewFrontmatter, guidance: readonly string[]): string {
  const comment = guidance.map((line) => (line ? `  ${line}` : "")).join("\n");
  const sections = SECTIONS.map((heading) => `## ${heading}\n`).join("\n");
  return `${frontmatterText(meta)}\n{/*\n${comment}\n*/}\n\n${sections}`;
}
