import { formatInterval } from "../../lib/format.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import type { DataTable } from "../figure.ts";
import { incidentHref, timeCell } from "./context.ts";

/** Time to detect, mitigate and resolve, one row per incident; rows not selected hidden. */
export function responseTable(
  views: readonly IncidentView[],
  base: string,
  caption: string,
  selected?: readonly string[],
): DataTable {
  return {
    caption,
    columns: ["Incident", "Impact began", "Time to detect", "Time to mitigate", "Time to resolve"],
    rows: views.map((view) => ({
      attributes: { "data-slug": view.slug },
      ...(selected && !selected.includes(view.slug) ? { hidden: true } : {}),
      cells: [
        { text: view.label, href: incidentHref(base, view.slug) },
        view.metrics.impactStart === null
          ? "not published"
          : timeCell(
              view.metrics.impactStart,
              view.metrics.milestones["impact-start"]?.precision ?? "minute",
            ),
        formatInterval(view.metrics.timeToDetect),
        formatInterval(view.metrics.timeToMitigate),
        formatInterval(view.metrics.timeToResolve),
      ],
    })),
  };
}
