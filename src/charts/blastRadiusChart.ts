import * as Plot from "@observablehq/plot";
import type { BlastNode } from "../lib/blastRadius.ts";
import { formatDuration } from "../lib/format.ts";
import { SEVERITY_FILL, SEVERITY_LABEL } from "./palette.ts";
import type { ChartMarks } from "./figure.ts";
import { fromPlot, plotFrame } from "./plotDom.ts";

export interface BlastRadiusInput {
  /** Accessible name of the chart. */
  label: string;
  /** Roots first, each followed by its dependents, depth first (see `blastRadius`). */
  nodes: readonly BlastNode[];
  serviceNames: ReadonlyMap<string, string>;
}

/** Mostly names: narrower than the time charts, so a phone scales it down less. */
const WIDTH = 560;
const BAND = 44;
const INDENT = 24;
const MARGIN = { top: 4, right: 12, bottom: 4, left: 10 };

/** Where each node sits: one row per service, indented by depth like an outline. */
export function blastLayout(nodes: readonly BlastNode[], width: number = WIDTH) {
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
  const barStart = MARGIN.left + (maxDepth + 1) * INDENT;
  const barEnd = width - MARGIN.right - 130;
  const longest = Math.max(1, ...nodes.map((n) => n.impaired ?? 0));
  const rows = nodes.map((node, i) => {
    const top = MARGIN.top + i * BAND;
    return {
      node,
      x: MARGIN.left + node.depth * INDENT,
      y: top + 13,
      barY1: top + 24,
      barY2: top + 40,
      barX2: barStart + ((node.impaired ?? 0) / longest) * (barEnd - barStart),
    };
  });
  return { rows, barStart, height: MARGIN.top + nodes.length * BAND + MARGIN.bottom };
}

/**
 * The blast radius of an incident as an outline: each root service, and under it, indented,
 * the services that failed because it did, joined by elbow links. Under every name a bar
 * shows how long that service was impaired, coloured by its worst severity; a service the
 * sources name without a timed span gets a hollow marker and says so.
 */
export function blastRadiusMarks(input: BlastRadiusInput, width: number = WIDTH): ChartMarks {
  const { rows, barStart, height } = blastLayout(input.nodes, width);
  type Row = (typeof rows)[number];
  const at = new Map(rows.map((row) => [row.node.service, row]));
  const name = (id: string) => input.serviceNames.get(id) ?? id;
  const links = rows.flatMap((row) => {
    const parent = row.node.parent === null ? undefined : at.get(row.node.parent);
    return parent ? [{ from: parent, to: row }] : [];
  });
  const timed = rows.filter((row) => row.node.impaired !== null);
  const tip = (node: BlastNode) =>
    node.severity === null
      ? `${name(node.service)}: named in the sources, no timed impact`
      : `${name(node.service)}: ${SEVERITY_LABEL[node.severity]}, impaired ${formatDuration(node.impaired ?? 0)}`;
  const tag =
    (items: typeof rows) =>
    (...args: Parameters<NonNullable<Plot.MarkOptions["render"]>>) => {
      const [index, scales, values, dimensions, context, next] = args;
      const g = next?.(index, scales, values, dimensions, context) as
        SVGGElement | null | undefined;
      if (!g) return null;
      const elements = g.querySelectorAll("circle, rect");
      index.forEach((i, k) => {
        const row = items[i];
        const el = elements[k];
        if (!row || !el) return;
        el.setAttribute("data-service", row.node.service);
        el.setAttribute("data-severity", row.node.severity ?? "none");
        el.setAttribute("data-depth", String(row.node.depth));
        el.setAttribute("data-tip", tip(row.node));
      });
      return g;
    };
  const chart = Plot.plot({
    ...plotFrame({
      width,
      height,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      label: input.label,
    }),
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.link(links, {
        x1: (l) => l.from.x,
        y1: (l) => l.from.y,
        x2: (l) => l.to.x,
        y2: (l) => l.to.y,
        curve: "step-before",
        stroke: "#8a8780",
        className: "blast-links",
      }),
      Plot.rect(timed, {
        x1: barStart,
        x2: (r) => Math.max(barStart + 2, r.barX2),
        y1: (r) => r.barY1,
        y2: (r) => r.barY2,
        fill: (r: Row) => SEVERITY_FILL[r.node.severity ?? "advisory"],
        className: "blast-bars",
        render: tag(timed),
      }),
      Plot.text(rows, {
        x: (r) => (r.node.impaired === null ? barStart : r.barX2 + 6),
        y: (r) => (r.barY1 + r.barY2) / 2,
        textAnchor: "start",
        text: (r) =>
          r.node.impaired === null
            ? width - barStart > 300
              ? "named in the sources; no timed impact recorded"
              : "no timed impact recorded"
            : formatDuration(r.node.impaired),
        fill: "currentColor",
        className: "blast-duration",
      }),
      Plot.dot(rows, {
        x: "x",
        y: "y",
        r: 6,
        fill: (r: Row) => (r.node.severity === null ? "#fbfaf7" : SEVERITY_FILL[r.node.severity]),
        stroke: "currentColor",
        strokeWidth: 1.25,
        className: "blast-nodes",
        render: tag(rows),
      }),
      ...[true, false].map((root) =>
        Plot.text(
          rows.filter((r) => (r.node.depth === 0) === root),
          {
            x: (r) => r.x + 12,
            y: "y",
            textAnchor: "start",
            text: (r) => name(r.node.service),
            fill: "currentColor",
            fontWeight: root ? 700 : 400,
            className: "blast-label",
          },
        ),
      ),
    ],
  }) as unknown as SVGSVGElement;
  return { svg: fromPlot(chart, { class: "blast-svg" }), size: { width, height } };
}
