import { parseHTML } from "linkedom";

/** What a rendered ChartFigure says, read back from its HTML. */
export interface FigureParts {
  title: string;
  summary: string;
  /** The source line as shown, e.g. "Source: Microsoft; The Register". */
  source: string;
  /** Text of the legend, if any; it takes room in an embed. */
  legend: string;
  /** The legend's entries: a label, and the name of its key (see `legendSwatch`). */
  legendItems: Array<{ label: string; key: string }>;
  /** The chart's SVG markup. */
  svg: string;
  /** The chart's drawing size in SVG units. */
  size: { width: number; height: number };
}

/** A legend key's name: what it stands for, or its most specific class. */
function keyOf(swatch: Element | null): string {
  if (!swatch) return "";
  const severity = swatch.getAttribute("data-severity");
  if (severity) return `severity:${severity}`;
  const phase = swatch.getAttribute("data-phase");
  if (phase) return `phase:${phase}`;
  return (swatch.getAttribute("class") ?? "").trim().split(/\s+/).at(-1) ?? "";
}

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * Reads a ChartFigure's parts from its rendered HTML, so the downloads and the oEmbed
 * description are made from the very figure the page shows.
 */
export function figureParts(html: string): FigureParts {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const figure = document.querySelector("figure[data-chart]");
  const svg = figure?.querySelector('.chart__body svg[role="img"]');
  if (!figure || !svg) throw new Error("figureParts: no figure[data-chart] with an SVG chart.");
  const box = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  return {
    title: squash(figure.querySelector(".chart__title")?.textContent),
    summary: squash(figure.querySelector(".chart__summary")?.textContent),
    source: squash(figure.querySelector(".chart__source")?.textContent),
    legend: squash(figure.querySelector(".chart__legend")?.textContent),
    legendItems: [...figure.querySelectorAll(".chart__legend li")].map((item) => ({
      label: squash(item.textContent),
      key: keyOf(item.firstElementChild),
    })),
    svg: svg.outerHTML,
    size: {
      width: Number(svg.getAttribute("width")) || box[2] || 640,
      height: Number(svg.getAttribute("height")) || box[3] || 400,
    },
  };
}

/** The parts of a figure still being rendered, from its props and its rendered slots. */
export function partsFromSlots(input: {
  title: string;
  summary: string;
  source: string;
  legendHtml: string;
  bodyHtml: string;
}): FigureParts {
  return figureParts(
    `<figure data-chart><p class="chart__title">${escapeHtml(input.title)}</p><p class="chart__summary">${escapeHtml(input.summary)}</p><div class="chart__body">${input.bodyHtml}</div><div class="chart__legend">${input.legendHtml}</div><p class="chart__source">Source: ${escapeHtml(input.source)}</p></figure>`,
  );
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
