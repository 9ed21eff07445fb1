/**
 * Fonts cut down to the characters images show, for the rasterizer (which cuts them once for
 * the images of a build and again only when one shows a new character). resvg reads a font
 * file whole each time it outlines a glyph, so a card of two hundred glyphs read its 760 kB
 * faces two hundred times. A cut-down face keeps every table, every glyph id and every
 * metric, kerning and substitution as they were; only the outlines of characters left out
 * are empty, so an image is drawn exactly as with the whole face.
 */

interface Table {
  offset: number;
  length: number;
}

/** What a TrueType face holds that cutting it down needs, read once. */
export interface ParsedFont {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, Table>;
  numGlyphs: number;
  longLoca: boolean;
  /** Start of each glyph's outline in `glyf`, numGlyphs + 1 entries. */
  loca: number[];
  /** The glyph of each character the face maps. */
  cmap: Map<number, number>;
  /** Glyphs always kept: `.notdef`, those no character maps to and every glyph a substitution can put on the page. */
  always: Set<number>;
  /** `always` with the parts of composite glyphs, one byte a glyph; made on first use. */
  alwaysMask?: Uint8Array;
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(
    view.getUint8(at),
    view.getUint8(at + 1),
    view.getUint8(at + 2),
    view.getUint8(at + 3),
  );
}

function readCmap(view: DataView, table: Table): Map<number, number> {
  const map = new Map<number, number>();
  const base = table.offset;
  const count = view.getUint16(base + 2);
  const subtables: Array<{ platform: number; encoding: number; at: number }> = [];
  for (let i = 0; i < count; i++) {
    const at = base + 4 + i * 8;
    subtables.push({
      platform: view.getUint16(at),
      encoding: view.getUint16(at + 2),
      at: base + view.getUint32(at + 4),
    });
  }
  // Every Unicode subtable the face has, so whichever one the shaper picks is covered.
  for (const { platform, encoding, at } of subtables) {
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const ranges = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const rangeAt = ranges + s * 2;
        const range = view.getUint16(rangeAt);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (range === 0) glyph = (c + delta) & 0xffff;
          else {
            const g = view.getUint16(rangeAt + range + (c - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph !== 0) map.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const p = at + 16 + g * 12;
        const start = view.getUint32(p);
        const end = view.getUint32(p + 4);
        const first = view.getUint32(p + 8);
        for (let c = start; c <= end; c++) map.set(c, first + (c - start));
      }
    }
  }
  return map;
}

/** Glyphs a coverage table lists, in its order. */
function coverage(view: DataView, at: number): number[] {
  const format = view.getUint16(at);
  const out: number[] = [];
  const count = view.getUint16(at + 2);
  if (format === 1) for (let i = 0; i < count; i++) out.push(view.getUint16(at + 4 + i * 2));
  else if (format === 2)
    for (let i = 0; i < count; i++) {
      const p = at + 4 + i * 6;
      for (let g = view.getUint16(p); g <= view.getUint16(p + 2); g++) out.push(g);
    }
  return out;
}

/** Every glyph any GSUB substitution can output: kept whatever the text. */
function substitutionOutputs(view: DataView, table: Table | undefined): Set<number> {
  const out = new Set<number>();
  if (!table) return out;
  const base = table.offset;
  const lookups = base + view.getUint16(base + 8);
  const lookupCount = view.getUint16(lookups);
  const subtable = (type: number, at: number) => {
    const format = view.getUint16(at);
    if (type === 7) {
      subtable(view.getUint16(at + 2), at + view.getUint32(at + 4));
    } else if (type === 1) {
      if (format === 1) {
        const delta = view.getInt16(at + 4);
        for (const g of coverage(view, at + view.getUint16(at + 2))) out.add((g + delta) & 0xffff);
      } else {
        const count = view.getUint16(at + 4);
        for (let i = 0; i < count; i++) out.add(view.getUint16(at + 6 + i * 2));
      }
    } else if (type === 2 || type === 3) {
      // Multiple and alternate substitution: sets of glyphs, each a count then glyph ids.
      const sets = view.getUint16(at + 4);
      for (let i = 0; i < sets; i++) {
        const set = at + view.getUint16(at + 6 + i * 2);
        const count = view.getUint16(set);
        for (let k = 0; k < count; k++) out.add(view.getUint16(set + 2 + k * 2));
      }
    } else if (type === 4) {
      const sets = view.getUint16(at + 4);
      for (let i = 0; i < sets; i++) {
        const set = at + view.getUint16(at + 6 + i * 2);
        const ligatures = view.getUint16(set);
        for (let k = 0; k < ligatures; k++)
          out.add(view.getUint16(set + view.getUint16(set + 2 + k * 2)));
      }
    } else if (type === 8) {
      const backtrack = view.getUint16(at + 4);
      const lookahead = view.getUint16(at + 6 + backtrack * 2);
      const countAt = at + 8 + backtrack * 2 + lookahead * 2;
      const count = view.getUint16(countAt);
      for (let i = 0; i < count; i++) out.add(view.getUint16(countAt + 2 + i * 2));
    }
    // Types 5 and 6 (contextual) only call other lookups, which are read on their own.
  };
  for (let l = 0; l < lookupCount; l++) {
    const lookup = lookups + view.getUint16(lookups + 2 + l * 2);
    const type = view.getUint16(lookup);
    const count = view.getUint16(lookup + 4);
    for (let s = 0; s < count; s++) subtable(type, lookup + view.getUint16(lookup + 6 + s * 2));
  }
  return out;
}

/** Reads what cutting a TrueType face down needs. Throws on anything but a `glyf` face. */
export function parseFont(bytes: Uint8Array): ParsedFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(tag(view, at), { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const head = tables.get("head");
  const maxp = tables.get("maxp");
  const loca = tables.get("loca");
  const cmap = tables.get("cmap");
  if (!head || !maxp || !loca || !tables.has("glyf") || !cmap)
    throw new Error("not a TrueType face with glyph outlines");
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const offsets: number[] = [];
  for (let g = 0; g <= numGlyphs; g++)
    offsets.push(
      longLoca ? view.getUint32(loca.offset + g * 4) : view.getUint16(loca.offset + g * 2) * 2,
    );
  const map = readCmap(view, cmap);
  const mapped = new Set(map.values());
  const always = substitutionOutputs(view, tables.get("GSUB"));
  always.add(0);
  for (let g = 0; g < numGlyphs; g++) if (!mapped.has(g)) always.add(g);
  return { bytes, view, tables, numGlyphs, longLoca, loca: offsets, cmap: map, always };
}

/** Adds a composite glyph's components, and theirs, to `keep`. */
function addComponents(font: ParsedFont, glyph: number, keep: Set<number>): void {
  const glyf = font.tables.get("glyf");
  const start = font.loca[glyph] ?? 0;
  const end = font.loca[glyph + 1] ?? 0;
  if (!glyf || end - start < 10 || font.view.getInt16(glyf.offset + start) >= 0) return;
  let at = glyf.offset + start + 10;
  for (;;) {
    const flags = font.view.getUint16(at);
    const component = font.view.getUint16(at + 2);
    if (!keep.has(component)) {
      keep.add(component);
      addComponents(font, component, keep);
    }
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) break;
  }
}

/**
 * The code points an image can show: every character of its SVG (markup included, so a
 * superset) with its character references read, in both cases, composed and decomposed
 * (the shaper may draw a letter and its accent as one glyph, or one as two), and printable
 * ASCII.
 */
export function charactersOf(svg: string): Set<number> {
  const chars = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(c);
  // Only text is drawn: the markup is left out (its characters are ASCII, already in).
  const text = svg
    .replace(/<[^>]*>/g, " ")
    .replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (ref, n: string) => {
      const code = n.startsWith("x") ? parseInt(n.slice(1), 16) : parseInt(n, 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    });
  const seen = new Set<string>();
  for (const form of [text, text.normalize("NFC"), text.normalize("NFD")])
    for (const char of form) seen.add(char);
  for (const char of seen)
    for (const variant of [char, char.toLowerCase(), char.toUpperCase()])
      for (const c of variant) chars.add(c.codePointAt(0) ?? 0);
  return chars;
}

/** `post` without glyph names (version 3): the renderer reads only its header. */
function postWithoutNames(font: ParsedFont, table: Table): Uint8Array {
  // A copy (a Buffer's `slice` would share the face's bytes).
  const post = new Uint8Array(
    font.bytes.subarray(table.offset, table.offset + Math.min(32, table.length)),
  );
  new DataView(post.buffer).setUint32(0, 0x00030000);
  return post;
}

/**
 * The face with only the outlines the characters `chars` can use, and every glyph kept
 * always. Glyph ids, metrics, kerning and substitutions stay byte for byte the same; `post`
 * loses its glyph names, which no renderer reads.
 */
export function subsetFont(font: ParsedFont, chars: Set<number>): Uint8Array {
  // The glyphs kept always, with their parts, worked out once per face.
  if (!font.alwaysMask) {
    const always = new Set(font.always);
    for (const glyph of font.always) addComponents(font, glyph, always);
    font.alwaysMask = new Uint8Array(font.numGlyphs);
    for (const glyph of always) font.alwaysMask[glyph] = 1;
  }
  const keep = font.alwaysMask.slice();
  const added = new Set<number>();
  for (const c of chars) {
    const glyph = font.cmap.get(c);
    if (glyph !== undefined && !keep[glyph]) added.add(glyph);
  }
  for (const glyph of [...added]) addComponents(font, glyph, added);
  for (const glyph of added) keep[glyph] = 1;
  const glyf = font.tables.get("glyf");
  if (!glyf) return new Uint8Array(font.bytes);
  // New outlines, each kept glyph's bytes at an even offset as the short `loca` requires.
  const { numGlyphs, loca, longLoca } = font;
  const offsets = new Uint32Array(numGlyphs + 1);
  let size = 0;
  for (let g = 0; g < numGlyphs; g++) {
    offsets[g] = size;
    if (keep[g]) {
      const length = (loca[g + 1] ?? 0) - (loca[g] ?? 0);
      size += length + (length % 2);
    }
  }
  offsets[numGlyphs] = size;
  const glyfBytes = new Uint8Array(size);
  for (let g = 0; g < numGlyphs; g++) {
    if (!keep[g]) continue;
    const start = glyf.offset + (loca[g] ?? 0);
    glyfBytes.set(font.bytes.subarray(start, glyf.offset + (loca[g + 1] ?? 0)), offsets[g] ?? 0);
  }
  const locaBytes = new Uint8Array((numGlyphs + 1) * (longLoca ? 4 : 2));
  const locaView = new DataView(locaBytes.buffer);
  for (let g = 0; g <= numGlyphs; g++) {
    if (longLoca) locaView.setUint32(g * 4, offsets[g] ?? 0);
    else locaView.setUint16(g * 2, (offsets[g] ?? 0) / 2);
  }
  // The same tables in the same order, each on a 4-byte boundary.
  const entries = [...font.tables].map(([name, table]) =>
    name === "glyf"
      ? glyfBytes
      : name === "loca"
        ? locaBytes
        : name === "post"
          ? postWithoutNames(font, table)
          : font.bytes.subarray(table.offset, table.offset + table.length),
  );
  const headerSize = 12 + entries.length * 16;
  const padded = (n: number) => n + ((4 - (n % 4)) % 4);
  let total = headerSize;
  for (const data of entries) total += padded(data.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(font.bytes.subarray(0, 12));
  let offset = headerSize;
  entries.forEach((data, i) => {
    const record = 12 + i * 16;
    out.set(font.bytes.subarray(record, record + 8), record); // tag and checksum
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    out.set(data, offset);
    offset += padded(data.length);
  });
  return out;
}
