import { Resvg } from "@resvg/resvg-js";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { charactersOf, parseFont, subsetFont } from "../../src/build/fontSubset.ts";

const FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf"].map((name) =>
  join("/usr/share/fonts/truetype/dejavu", name),
);
const present = FACES.every((file) => existsSync(file));
const dir = mkdtempSync(join(tmpdir(), "atlas-font-subset-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text a title may hold: ligatures, accents composed and not, other scripts, references. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="260" font-family="DejaVu Sans, sans-serif"><rect width="900" height="260" fill="#fbfaf7"/>
<text x="10" y="40" font-size="30">fi ffl Ends &amp; recovers é ĳ Ǆ ﬁ 12:00 → 14:30</text>
<text x="10" y="90" font-size="30" font-weight="700">Ѐ Ґ ѓ ΐ ά Ώ ő ẞ ß İ ǆ “Outage” … ½</text>
<text x="10" y="140" font-size="30" font-family="DejaVu Serif, serif" font-weight="700">Café e&#x301; a&#769; ñ — ʼn ǰ Å Ω K</text>
<text x="10" y="190" font-size="30">السلام عليكم שלום ﻻ ᾖ ǻ &lt;/svg&gt; ]]&gt;</text>
<text x="10" y="240" font-size="18">AWS us-east-1 · Azure AD · Google Cloud · 99.95 % · 😀</text></svg>`;

const options = (fontFiles: string[]) => ({
  font: {
    loadSystemFonts: false,
    fontFiles,
    defaultFontFamily: "DejaVu Sans",
    sansSerifFamily: "DejaVu Sans",
    serifFamily: "DejaVu Serif",
  },
});

describe("subsetFont", () => {
  it.skipIf(!present)("draws exactly the pixels the whole faces draw, in far fewer bytes", () => {
    const chars = charactersOf(SVG);
    const files = FACES.map((file, i) => {
      const cut = subsetFont(parseFont(readFileSync(file)), chars);
      expect(cut.length).toBeLessThan(readFileSync(file).length / 2);
      const path = join(dir, `${i}.ttf`);
      writeFileSync(path, cut);
      return path;
    });
    const whole = new Resvg(SVG, options(FACES)).render().pixels;
    const cut = new Resvg(SVG, options(files)).render().pixels;
    // Text was drawn at all: many pixels differ from the background.
    const background = new Resvg(SVG.replace(/<text[\s\S]*<\/text>/, ""), options(FACES)).render()
      .pixels;
    let inked = 0;
    for (let i = 0; i < whole.length; i += 4) if (whole[i] !== background[i]) inked++;
    expect(inked).toBeGreaterThan(5000);
    expect(Buffer.compare(cut, whole)).toBe(0);
  });

  it.skipIf(!present)("leaves out the outlines of characters the text does not use", () => {
    const face = readFileSync(FACES[0] ?? "");
    const few = subsetFont(parseFont(face), charactersOf("<svg><text>Hi</text></svg>"));
    const many = subsetFont(parseFont(face), charactersOf(SVG));
    expect(few.length).toBeLessThan(many.length);
  });
});

describe("charactersOf", () => {
  it("reads character references and adds composed forms and both cases", () => {
    const chars = charactersOf("<text>a&#769; &#x42F;</text>");
    expect(chars.has(0x301)).toBe(true); // the combining accent
    expect(chars.has(0xe1)).toBe(true); // á, as the shaper may draw a + accent
    expect(chars.has(0x42f)).toBe(true); // Я
    expect(chars.has(0x44f)).toBe(true); // я
  });
});
