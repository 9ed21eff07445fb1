/**
 * Reading serialized markup without building a DOM: a chart holds thousands of elements,
 * and taking it apart at its outer tag is all the downloads, embeds and cards need.
 * Attribute values are read whole, quotes and all, so a `<` or `>` inside one (HTML leaves
 * them raw there) is never taken for a tag.
 */

/** One start or end tag found in markup. */
export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** The attributes as written, e.g. ` role="img" width="720"`. */
  attributes: string;
  /** Where the tag starts and ends in the markup. */
  start: number;
  end: number;
}

const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Every tag from `from` on, in order. Text never holds a raw `<` in serialized markup. */
export function* tags(markup: string, from = 0): Generator<Tag> {
  const pattern = new RegExp(TAG);
  pattern.lastIndex = from;
  for (let m = pattern.exec(markup); m; m = pattern.exec(markup)) {
    yield {
      name: (m[2] ?? "").toLowerCase(),
      closing: m[1] === "/",
      selfClosing: m[4] === "/",
      attributes: m[3] ?? "",
      start: m.index,
      end: m.index + m[0].length,
    };
  }
}

/** The attributes of a tag, in order. */
export function attributesOf(tag: Tag): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.attributes.matchAll(
    /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  ))
    attributes.set(m[1] ?? "", m[2] ?? m[3] ?? m[4] ?? "");
  return attributes;
}

/** Where the element opened by `open` ends: after its matching end tag. */
export function elementEnd(markup: string, open: Tag): number {
  if (open.selfClosing) return open.end;
  let depth = 0;
  for (const tag of tags(markup, open.start)) {
    if (tag.name !== open.name || (tag.selfClosing && !tag.closing)) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  throw new Error(`The <${open.name}> element at ${open.start} is never closed.`);
}

/** The first `<svg>` element of the markup: its start tag and its whole extent. */
export function firstSvg(markup: string, from = 0): { open: Tag; start: number; end: number } {
  for (const tag of tags(markup, from)) {
    if (tag.name === "svg" && !tag.closing)
      return { open: tag, start: tag.start, end: elementEnd(markup, tag) };
  }
  throw new Error("The chart markup holds no <svg>.");
}

/**
 * The element `[start, end)` of the markup with its start tag's attributes edited: set or
 * removed, the others kept as written. As in the DOM the charts are drawn with, a value set
 * on an existing attribute stays in its place and a new attribute goes first. Values set are
 * escaped for a quoted attribute.
 */
export function editRoot(
  markup: string,
  element: { open: Tag; start: number; end: number },
  edit: { set?: Record<string, string>; remove?: string[] },
): string {
  const removed = new Set(edit.remove ?? []);
  const attributes = [...attributesOf(element.open)].filter(([name]) => !removed.has(name));
  for (const [name, raw] of Object.entries(edit.set ?? {})) {
    const value = raw.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
    const existing = attributes.find(([key]) => key === name);
    if (existing) existing[1] = value;
    else attributes.unshift([name, value]);
  }
  const tag = `<${element.open.name}${attributes.map(([name, value]) => ` ${name}="${value}"`).join("")}${element.open.selfClosing ? "/" : ""}>`;
  return tag + markup.slice(element.open.end, element.end);
}
