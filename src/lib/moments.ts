/** One `<Moment event="…">` in an MDX narrative, where an editor ties a passage to events. */
export interface MomentTag {
  /** 1-based line of the `event` attribute (of the tag when it has none). */
  line: number;
  /** The event ids named, split on spaces; empty when the attribute is missing or empty. */
  ids: string[];
  /** The attribute as written when it is not a quoted string, e.g. `{ids}`. */
  expression?: string;
}

const TAG = /<Moment\b([^>]*)>/g;
const EVENT = /\bevent\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\}))/;
const FENCE = /^\s*(```|~~~)/;

/** Blanks out fenced code blocks, keeping line numbers, so examples are not checked. */
function withoutCode(source: string): string {
  let inFence = false;
  return source
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        inFence = !inFence;
        return "";
      }
      return inFence ? "" : line;
    })
    .join("\n");
}

/** Finds every `<Moment>` tag in an MDX source, with the ids it names and its line. */
export function findMoments(source: string): MomentTag[] {
  const text = withoutCode(source);
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const tags: MomentTag[] = [];
  for (const match of text.matchAll(TAG)) {
    const attributes = match[1] ?? "";
    const event = EVENT.exec(attributes);
    const offset = (match.index ?? 0) + (event ? "<Moment".length + event.index : 0);
    const line = lineAt(offset);
    if (event?.[3] !== undefined) {
      tags.push({ line, ids: [], expression: event[3] });
      continue;
    }
    const value = event?.[1] ?? event?.[2] ?? "";
    tags.push({ line, ids: value.split(/\s+/).filter(Boolean) });
  }
  return tags;
}
