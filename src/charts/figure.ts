/**
 * The figure model: one chart described as data before it is markup. A chart function
 * builds it once per build from the corpus; the incident page, the embed page, the
 * standalone SVG, the PNG drawn from it, oEmbed, the embed snippet and the social card all
 * render this one description (see `src/charts/render/`). Nothing is rendered to a string
 * to be read back.
 *
 * Marks are SVG drawn in the figure's own units, stretched with the chart; labels are text
 * placed at a point in those units, which a page draws in an HTML layer at its CSS size and
 * a standalone image draws into the SVG.
 */
import type { AttributeValue, Element } from "../lib/serialize.ts";
import type { Cause } from "../lib/frontmatter.ts";
import type { Phase, Precision, Severity } from "../lib/schemas.ts";
import { WIDTH_BANDS } from "../geometry/bands.ts";

/** A chart's drawing size in its own units (SVG user units). */
export interface FigureSize {
  width: number;
  height: number;
}

/**
 * A text placed on the chart at (x, y) in the figure's units. It keeps its CSS size at
 * every width: the page positions it in percentages of the drawing.
 */
export interface PositionedLabel {
  text: string;
  x: number;
  y: number;
  /** Which side of the text sits at x. */
  anchor: "start" | "middle" | "end";
  /** Which part of the text sits at y. */
  baseline: "top" | "middle" | "bottom";
  /** Classes for the page's stylesheet, e.g. `tl-annotation`. */
  className?: string;
  /** More attributes for the label's own box, e.g. `data-annotation`. */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Bold, e.g. a root service's name. */
  strong?: boolean;
  /** Font size in CSS pixels where it differs from the chart's. */
  size?: number;
}

/** What a legend key stands for; every renderer knows how to draw each kind. */
export type LegendKey =
  | { kind: "severity"; severity: Severity | "none" }
  | { kind: "phase"; phase: Phase }
  | { kind: "cause"; cause: Cause }
  | { kind: "moment"; shape: "circle" | "diamond" | "square"; phase: Phase }
  | { kind: "size"; radius: number }
  | {
      kind: "mark";
      mark:
        | "impact-period"
        | "point"
        | "range"
        | "duration"
        | "post"
        | "impact-rule"
        | "unknown-duration";
    }
  /** "Times in UTC": the page rewrites the zone's name when the reader picks another. */
  | { kind: "zone" }
  /** Words alone, without a swatch. */
  | { kind: "text" };

export interface LegendItem {
  label: string;
  key: LegendKey;
}

/** A list of legend keys read together, e.g. the phases of a timeline. */
export interface LegendGroup {
  /** The list's accessible name, e.g. "Phases". */
  name: string;
  /** Words before the keys, e.g. "Service impact:". */
  intro?: string;
  items: LegendItem[];
}

/** One cell of a data table: plain text, or text with a link, a time or a detail line. */
export type TableCell =
  | string
  | {
      text: string;
      /** A link to the source or page the text names. */
      href?: string;
      /** A faithful copy of the linked source, shown beside it as "archived copy". */
      archive?: string;
      /** A few words after the link, e.g. that it is a copy whose original was not found. */
      note?: string;
      /** Shown as a `<time>` in the reader's zone instead of the text. */
      time?: { ms: number; precision?: Precision };
      /** A second line of detail under the text. */
      detail?: string;
      /** The text in bold (a title above its detail). */
      strong?: boolean;
    };

export interface TableRow {
  cells: TableCell[];
  /** Data attributes of the row, e.g. `data-row-event`. */
  attributes?: Readonly<Record<string, string>>;
  /** Left out of view until the reader asks (the browser shows it). */
  hidden?: boolean;
}

/** The figure's data as a table, always in the HTML. */
export interface DataTable {
  caption: string;
  /** Show the caption; by default it is for screen readers only. */
  captionVisible?: boolean;
  className?: string;
  columns: string[];
  rows: TableRow[];
}

/** A data file behind a chart, published as CSV and JSON. */
export interface FigureDataFile {
  /** The slug it is published under: the incident's, or `all` for shared files. */
  slug: string;
  file: string;
}

/** One chart, ready to be rendered anywhere. */
export interface Figure {
  /** The `data-chart` name, e.g. `timeline`. */
  chart: string;
  /** The incident's slug, or `all` for a site-wide chart. */
  incident: string;
  title: string;
  /** One sentence generated from the data. */
  summary: string;
  /** The source line without its "Source:" prefix, e.g. "Microsoft; The Register". */
  source: string;
  /** The accessible name of the chart image. */
  label: string;
  size: FigureSize;
  /** The chart's own SVG: attributes of its root (class, data-*) and its marks. */
  svg: Element;
  /**
   * Where the chart has one, the drawing the page shows instead of `svg`: laid out in
   * percentages of whatever width it is given and pixels down, without a viewBox, so its text
   * keeps its size at every width (the downloads keep `svg`).
   */
  fluid?: FluidDrawing;
  /**
   * Where the chart has them, the drawings the page shows instead of `svg`, one per band of
   * widths (`WIDTH_BANDS`), each drawn for the narrowest width of its bands.
   */
  variants?: ChartVariant[];
  /**
   * Where the chart has one, the smaller drawing a social card shows in miniature (the
   * timeline's names only its milestones there); else the card draws `svg`.
   */
  preview?: ChartMarks;
  /** Texts placed on the chart, drawn at their CSS size. */
  labels: PositionedLabel[];
  legend: LegendGroup[];
  /** Sentences under the legend, e.g. what the edges of the chart hold. */
  notes: string[];
  tables: DataTable[];
  files: FigureDataFile[];
}

/** The `Source: …` line as printed under a figure and in its downloads. */
export function sourceText(figure: Pick<Figure, "source">): string {
  return `Source: ${figure.source}`;
}

/** The chart drawn for some bands of widths: indices into `WIDTH_BANDS`. */
export interface ChartVariant {
  bands: number[];
  svg: Element;
  size: FigureSize;
}

/**
 * Draws a chart once per band of widths, for the band's narrowest width, never wider than
 * `widest` (for charts of names, which need not fill a wide page); bands that come out the
 * same width share a drawing.
 */
export function variantsOf(
  draw: (width: number) => ChartMarks,
  options: { widest?: number } = {},
): ChartVariant[] {
  const variants: ChartVariant[] = [];
  WIDTH_BANDS.forEach((band, i) => {
    const width = Math.min(band, options.widest ?? Infinity);
    const same = variants.find((v) => v.size.width === width);
    if (same) same.bands.push(i);
    else {
      const marks = draw(width);
      variants.push({ bands: [i], svg: marks.svg, size: marks.size });
    }
  });
  return variants;
}

/** A drawing for the page at any width: its SVG and its height in CSS pixels. */
export interface FluidDrawing {
  svg: Element;
  height: number;
}

/** What a chart function draws: its SVG (root attributes and marks), labels, and size. */
export interface ChartMarks {
  svg: Element;
  size: FigureSize;
  labels?: PositionedLabel[];
}
