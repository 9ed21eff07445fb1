import { causeLabel, formatInterval } from "../../lib/format.ts";
import { CAUSES } from "../../lib/frontmatter.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { CORPUS_SOURCE } from "../../lib/sourceLine.ts";
import { DAY, HOUR } from "../../lib/time.ts";
import { variantsOf, type Figure, type LegendGroup } from "../figure.ts";
import { overviewMarks, radius } from "../overviewChart.ts";
import { incidentHref, timeCell, type FigureContext } from "./context.ts";

const TITLE = "Every incident in the atlas";

function overviewLegend(views: readonly IncidentView[]): LegendGroup[] {
  const causes = CAUSES.filter((cause) => views.some((view) => view.meta.cause === cause));
  const unknown = views.some((view) => view.metrics.timeToResolve === null);
  return [
    {
      name: "Causes",
      items: causes.map((cause) => ({ label: causeLabel(cause), key: { kind: "cause", cause } })),
    },
    {
      name: "Size",
      intro: "Size: duration",
      items: [
        { label: "1 hour", key: { kind: "size", radius: radius(HOUR) } },
        { label: "1 day", key: { kind: "size", radius: radius(DAY) } },
        { label: "1 week", key: { kind: "size", radius: radius(7 * DAY) } },
        ...(unknown
          ? [
              {
                label: "Duration not published",
                key: { kind: "mark", mark: "unknown-duration" },
              } as const,
            ]
          : []),
      ],
    },
  ];
}

/** Every incident on one time axis from 2020 to `today`, newest first in its table. */
export function overviewFigure(
  views: readonly IncidentView[],
  summary: string,
  today: number,
  context: FigureContext,
): Figure {
  const input = {
    label: "",
    incidents: views.map((view) => ({
      slug: view.slug,
      title: view.meta.title,
      provider: view.provider.name,
      cause: view.meta.cause,
      time: view.anchor,
      duration: view.metrics.timeToResolve,
      href: incidentHref(context.base, view.slug),
    })),
    today,
  };
  const marks = overviewMarks(input);
  return {
    chart: "overview",
    incident: "all",
    title: TITLE,
    summary,
    source: CORPUS_SOURCE,
    label: `${TITLE}, by provider. ${summary}`,
    size: marks.size,
    svg: marks.svg,
    variants: variantsOf((width) => overviewMarks(input, width)),
    labels: marks.labels ?? [],
    legend: overviewLegend(views),
    notes: [],
    tables: [
      {
        caption: "Every incident, newest first",
        columns: ["Date", "Incident", "Provider", "Cause", "Duration"],
        rows: views.map((view) => ({
          cells: [
            timeCell(view.anchor, "day"),
            { text: view.meta.title, href: incidentHref(context.base, view.slug) },
            view.provider.name,
            causeLabel(view.meta.cause),
            formatInterval(view.metrics.timeToResolve),
          ],
        })),
      },
    ],
    files: [],
  };
}
