import { SVG_NS } from "./dom.ts";
import { attributesOf, editRoot, firstSvg } from "./markup.ts";
import { legendSwatch } from "./legendSwatch.ts";

export interface StandaloneInput {
  /** The chart's title, as in its figure caption. */
  title: string;
  /** The one-sentence summary under the title. */
  summary: string;
  /** The source line, e.g. "Source: Microsoft; The Register". */
  source: string;
  /** Who made it and where to read more, e.g. "Outage Atlas · https://…". */
  credit: string;
  /** The chart's own SVG markup, as drawn into the page. */
  chart: string;
  /** The legend's entries, drawn under the chart. */
  legend?: ReadonlyArray<{ label: string; key: string }>;
}

/** Colours and type of the standalone image: the light theme, without a stylesheet. */
const LOOK = {
  paper: "#ffffff",
  ink: "#1b1b1b",
  muted: "#5a5a5a",
  rule: "#1b1b1b",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, 'DejaVu Sans', sans-serif",
  serif: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif",
} as const;

const PAD = 24;

/** Escapes text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * Breaks text into lines of about `width` pixels. SVG text does not wrap, and the file has
 * no layout engine to measure with, so a glyph is taken as `em` of the font size wide.
 */
export function wrapText(text: string, width: number, fontSize: number, em = 0.54): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * em)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function chartSize(svg: Map<string, string>): { width: number; height: number } {
  const box = (svg.get("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = Number(svg.get("width")) || box[2] || 640;
  const height = Number(svg.get("height")) || box[3] || 400;
  return { width, height };
}

/**
 * HTML serialisation leaves `<`, `>` and `&` raw inside attribute values (a service named
 * "Workers & Queues" in an `aria-label`), which XML forbids; a standalone SVG file is XML, so
 * those are escaped. An `&` that already starts one of XML's references is kept.
 */
function xmlSafe(markup: string): string {
  return markup.replace(
    /="([^"]*)"/g,
    (_, value: string) =>
      `="${value
        .replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")}"`,
  );
}

/**
 * A chart as a file that stands on its own: white paper, the title and summary above, the
 * source and credit below, all as SVG text with explicit fills and fonts, so it reads the
 * same in an image viewer, a slide or a rasterizer as on the page.
 */
export function standaloneSvg(input: StandaloneInput): string {
  const chart = firstSvg(input.chart);
  const attributes = attributesOf(chart.open);
  const size = chartSize(attributes);
  const width = Math.max(600, Math.round(size.width + 2 * PAD));
  const textWidth = width - 2 * PAD;

  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], fontSize: number, attrs: string, leading = 1.3) => {
    for (const line of lines) {
      y += fontSize * leading;
      parts.push(
        `<text x="${PAD}" y="${Math.round(y - fontSize * (leading - 1))}" font-size="${fontSize}" ${attrs}>${escapeXml(line)}</text>`,
      );
    }
  };

  parts.push(
    `<rect x="${PAD}" y="${PAD - 10}" width="${textWidth}" height="2" fill="${LOOK.rule}"/>`,
  );
  text(
    wrapText(input.title, textWidth, 22, 0.56),
    22,
    `font-family="${LOOK.serif}" font-weight="700"`,
    1.25,
  );
  y += 4;
  text(wrapText(input.summary, textWidth, 14), 14, `fill="${LOOK.muted}"`, 1.4);
  y += 12;

  parts.push(
    xmlSafe(
      editRoot(input.chart, chart, {
        set: {
          x: String(PAD),
          y: String(Math.round(y)),
          width: String(size.width),
          height: String(size.height),
          ...(attributes.get("xmlns") ? {} : { xmlns: SVG_NS }),
        },
        remove: ["role", "aria-label", "class"],
      }),
    ),
  );
  y += size.height + 10;

  if (input.legend && input.legend.length > 0) {
    let x = PAD;
    y += 4;
    for (const item of input.legend) {
      const swatch = legendSwatch(item.key);
      const itemWidth = (swatch ? 24 : 0) + item.label.length * 12 * 0.56 + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += 20;
      }
      if (swatch)
        parts.push(`<g transform="translate(${Math.round(x)},${Math.round(y)})">${swatch}</g>`);
      parts.push(
        `<text x="${Math.round(x + (swatch ? 24 : 0))}" y="${Math.round(y + 10)}" font-size="12" fill="${LOOK.muted}">${escapeXml(item.label)}</text>`,
      );
      x += itemWidth;
    }
    y += 28;
  }

  text(wrapText(input.source, textWidth, 12), 12, `fill="${LOOK.muted}"`, 1.4);
  text(wrapText(input.credit, textWidth, 12), 12, `fill="${LOOK.muted}"`, 1.4);
  const height = Math.round(y + PAD - 8);

  return [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${LOOK.sans}" fill="${LOOK.ink}" color="${LOOK.ink}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml([input.summary, input.source, input.credit].join(" "))}</desc>`,
    `<rect width="100%" height="100%" fill="${LOOK.paper}"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
