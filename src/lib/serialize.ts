/**
 * The one place that writes markup as text. Charts, standalone images, social cards, the
 * embed snippet, oEmbed and the feed build elements as data with `el` and turn them into
 * HTML or XML here; nothing else escapes. Astro templates escape what they print themselves,
 * and `set:html` is given only this module's output.
 */

/** An attribute value; `null`, `undefined` and `false` leave the attribute out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** An element built as data: a name, its attributes in order, and its children. */
export interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly MarkupNode[];
}

/**
 * Children already written by this module, as HTML (inside SVG) or as XML: what a figure kept
 * for the whole build holds instead of thousands of element objects. Only {@link prewrite}
 * makes one, so it holds nothing this module did not escape.
 */
export interface Prewritten {
  readonly prewritten: { readonly as: "html" | "xml"; readonly markup: string };
}

/** A node of markup: an element, text, or children written before. */
export type MarkupNode = Element | string | Prewritten;

/** What `el` accepts as children: nodes, numbers, nothing, or lists of them. */
export type Child = MarkupNode | number | null | undefined | false | readonly Child[];

const NAME = /^[A-Za-z][A-Za-z0-9-]*(?::[A-Za-z][A-Za-z0-9-]*)?$/;
const ATTRIBUTE = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
/** Elements that run or embed code, or host markup of another kind: never written. */
const REFUSED_ELEMENTS = new Set(["script", "foreignobject", "object", "embed", "style"]);
/** Names already checked: a chart has thousands of elements and a few dozen names. */
const allowedNames = new Set<string>();
const allowedAttributes = new Set<string>();
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "action", "formaction"]);
const SAFE_URL = /^(?:https?:|mailto:|[/?#.]|[^:]*$)/i;

/**
 * Builds an element. Names and attribute names are checked, so no text can become markup:
 * event handler attributes (`on…`), `<script>`, `<style>` and `<foreignObject>` are refused,
 * and so are link targets with a scheme other than http(s) or mailto.
 */
export function el(
  name: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): Element {
  if (!allowedNames.has(name)) {
    if (!NAME.test(name) || REFUSED_ELEMENTS.has(name.toLowerCase()))
      throw new Error(`el: the element name "${name}" is not allowed.`);
    allowedNames.add(name);
  }
  for (const key in attributes) {
    const value = attributes[key];
    if (!allowedAttributes.has(key)) {
      if (!ATTRIBUTE.test(key) || /^on/i.test(key))
        throw new Error(`el: the attribute name "${key}" on <${name}> is not allowed.`);
      allowedAttributes.add(key);
    }
    if (
      URL_ATTRIBUTES.has(key.toLowerCase()) &&
      typeof value === "string" &&
      !SAFE_URL.test(value.trim())
    )
      throw new Error(`el: the ${key} "${value}" on <${name}> is not an http(s) or relative URL.`);
  }
  return { name, attributes, children: flatten(children) };
}

function flatten(children: readonly Child[]): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child as readonly Child[]));
    else if (typeof child === "number") out.push(String(child));
    else out.push(child as MarkupNode);
  }
  return out;
}

/**
 * A `<script src>` loading a file, with no content: the one script the site hands out, in
 * the embed snippet. `el` refuses scripts, so charts and images can never hold one.
 */
export function externalScript(src: string): Element {
  if (!SAFE_URL.test(src.trim()))
    throw new Error(`externalScript: "${src}" is not an http(s) URL.`);
  return { name: "script", attributes: { src, async: true }, children: [] };
}

/** An element with some attributes changed or removed (`null`), the rest kept in order. */
export function withAttributes(
  element: Element,
  changes: Readonly<Record<string, AttributeValue>>,
): Element {
  return el(element.name, { ...element.attributes, ...changes }, ...element.children);
}

/** The text of a node and its descendants, as a reader would see it. */
export function textContent(node: MarkupNode): string {
  if (typeof node === "string") return node;
  if ("prewritten" in node) throw new Error("textContent: prewritten children keep no text.");
  return node.children.map(textContent).join("");
}

/**
 * The same SVG element with its children written out once, as the one form it will be read
 * in (`html` for a page, `xml` for a standalone image), so it can be kept for a whole build
 * as a string rather than a tree of objects the garbage collector walks again and again.
 * Serializing it in that form gives exactly what serializing the element gives; asking for
 * the other form is an error.
 */
export function prewrite(element: Element, as: "html" | "xml"): Element {
  if (element.children.length === 0) return element;
  const markup = element.children.map((child) => write(child, as === "xml", true, false, 0));
  return {
    name: element.name,
    attributes: element.attributes,
    children: [{ prewritten: { as, markup: markup.join("") } }],
  };
}

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, unpaired surrogates, U+FFFE and
 * U+FFFF), even as references; XML output writes U+FFFD in their place.
 */
// Control characters are exactly what this pattern is for.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an HTML or XML text node: `&`, `<` and `>` (so `]]>` and `</svg>` stay
 * text), and a carriage return as a reference, which parsers would otherwise turn into a
 * line feed.
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => REFERENCES[c] ?? c);
}

/**
 * Escapes text for a double-quoted HTML or XML attribute value: as for text, plus the quotes,
 * and tabs and line breaks as references, which XML would otherwise read as spaces.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"'\r\n\t]/g, (c) => REFERENCES[c] ?? c);
}

const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** HTML elements that have no end tag. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

export interface SerializeOptions {
  /** Put every element on a line of its own, indented by depth (for snapshots people read). */
  pretty?: boolean;
}

function attributeText(value: AttributeValue): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new Error(`serialize: the number ${value} cannot be written.`);
    return String(value);
  }
  return value;
}

function write(
  node: MarkupNode,
  xml: boolean,
  foreign: boolean,
  pretty: boolean,
  depth: number,
): string {
  const clean = (text: string) => (xml ? text.replace(NOT_XML, "\uFFFD") : text);
  if (typeof node === "string") return escapeText(clean(node));
  if ("prewritten" in node) {
    if (!foreign) throw new Error("serialize: prewritten children belong inside an SVG.");
    if ((xml ? "xml" : "html") !== node.prewritten.as)
      throw new Error(`serialize: these children were written as ${node.prewritten.as}.`);
    return node.prewritten.markup;
  }
  const inForeign = foreign || node.name === "svg" || node.name === "math";
  let start = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attributes)) {
    const text = attributeText(value);
    // HTML writes a boolean attribute as its bare name; XML needs a value.
    if (value === true && !xml) start += ` ${key}`;
    else if (text !== null) start += ` ${key}="${escapeAttribute(clean(text))}"`;
  }
  if (node.children.length === 0) {
    if (xml || inForeign) return `${start}/>`;
    return VOID.has(node.name) ? `${start}>` : `${start}></${node.name}>`;
  }
  const elementsOnly =
    pretty && node.children.every((child) => typeof child !== "string" && !("prewritten" in child));
  const inner = node.children.map((child) => write(child, xml, inForeign, pretty, depth + 1));
  if (!elementsOnly) return `${start}>${inner.join("")}</${node.name}>`;
  const pad = "\n" + "  ".repeat(depth + 1);
  return `${start}>${pad}${inner.join(pad)}\n${"  ".repeat(depth)}</${node.name}>`;
}

/** The node as HTML: SVG and MathML elements without children close themselves. */
export function toHtml(node: MarkupNode, options: SerializeOptions = {}): string {
  return write(node, false, false, options.pretty ?? false, 0);
}

/**
 * The node as well-formed XML: every empty element closes itself, and characters XML cannot
 * hold become U+FFFD. Prefix a document with {@link XML_DECLARATION}.
 */
export function toXml(node: MarkupNode, options: SerializeOptions = {}): string {
  return write(node, true, true, options.pretty ?? false, 0);
}

/**
 * Data as JSON for a `<script type="application/ld+json">`: every `<` written as `\u003c`, so
 * no text in it can close the script element. JSON parsers read it back unchanged.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Text as it will be read back from XML: with the characters XML cannot hold replaced. */
export function asXmlText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}
