import { filesForChart } from "../../lib/dataFiles.ts";
import { formatDuration } from "../../lib/format.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { SEVERITIES } from "../../lib/schemas.ts";
import { dependencySourceLine } from "../../lib/sourceLine.ts";
import { blastRadiusMarks } from "../blastRadiusChart.ts";
import { variantsOf, type Figure } from "../figure.ts";
import { SEVERITY_LABEL } from "../palette.ts";
import { sourceCell, type FigureContext } from "./context.ts";

/** The services that failed because another did, as an outline. */
export function blastRadiusFigure(view: IncidentView, context: FigureContext): Figure {
  const { nodes, unlinked, edges } = view.blast;
  const name = (id: string) => view.serviceNames.get(id) ?? id;
  const input = { label: "", nodes, serviceNames: view.serviceNames };
  const marks = blastRadiusMarks(input);
  return {
    chart: "blast-radius",
    incident: view.slug,
    title: "What failed because something else did",
    summary: view.summaries.blastRadius,
    source: `dependencies as stated by ${dependencySourceLine(
      view.meta,
      edges.map((e) => e.source),
    )}`,
    label: `Blast radius of ${view.meta.title}. ${view.summaries.blastRadius}`,
    size: marks.size,
    svg: marks.svg,
    variants: variantsOf((width) => blastRadiusMarks(input, width), { widest: 560 }),
    labels: marks.labels ?? [],
    legend: [
      {
        name: "Key",
        items: [
          ...SEVERITIES.filter((s) => nodes.some((n) => n.severity === s)).map((severity) => ({
            label: SEVERITY_LABEL[severity],
            key: { kind: "severity", severity } as const,
          })),
          ...(nodes.some((n) => n.severity === null)
            ? [
                {
                  label: "Named as affected; no timed span",
                  key: { kind: "severity", severity: "none" } as const,
                },
              ]
            : []),
          {
            label: "Bars: how long each service was impaired, overlaps counted once",
            key: { kind: "text" },
          },
        ],
      },
    ],
    notes:
      unlinked.length > 0
        ? [
            `Also impaired, with no dependency documented in the sources: ${unlinked.map(name).join(", ")}.`,
          ]
        : [],
    tables: [
      {
        caption: "Services in the blast radius and their dependencies",
        columns: [
          "Service",
          "Failed with",
          "Worst severity",
          "Impaired for",
          "Source of the dependency",
        ],
        rows: nodes.map((node) => ({
          cells: [
            name(node.service),
            node.parent === null ? "— (root)" : name(node.parent),
            node.severity === null ? "no timed span" : SEVERITY_LABEL[node.severity],
            node.impaired === null ? "not known" : formatDuration(node.impaired),
            node.source ? sourceCell(node.source) : "—",
          ],
        })),
      },
    ],
    files: filesForChart(context.corpus, view.slug, "blast-radius"),
  };
}
