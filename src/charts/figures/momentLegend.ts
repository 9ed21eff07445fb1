import { PHASES } from "../../lib/schemas.ts";
import { LANE_LABELS } from "../../geometry/timelineLayout.ts";
import type { LegendGroup } from "../figure.ts";

/** The key of the comparison charts: the three moments and, optionally, every phase. */
export function momentLegend(options: { phases: boolean }): LegendGroup[] {
  const groups: LegendGroup[] = [
    {
      name: "Key",
      items: [
        { label: "Detected", key: { kind: "moment", shape: "circle", phase: "detection" } },
        {
          label: "Mitigated",
          key: { kind: "moment", shape: "diamond", phase: "mitigation" },
        },
        { label: "Resolved", key: { kind: "moment", shape: "square", phase: "resolved" } },
      ],
    },
  ];
  if (options.phases)
    groups.push({
      name: "Phases",
      items: [
        { label: "Impact period", key: { kind: "mark", mark: "impact-period" } },
        { label: "Other events, by phase:", key: { kind: "text" } },
        ...PHASES.filter((phase) => phase !== "aftermath").map((phase) => ({
          label: LANE_LABELS[phase],
          key: { kind: "phase", phase } as const,
        })),
      ],
    });
  return groups;
}
