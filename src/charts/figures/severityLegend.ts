import { SEVERITIES, type Severity } from "../../lib/schemas.ts";
import type { LegendGroup } from "../figure.ts";
import { SEVERITY_LABEL } from "../palette.ts";

/**
 * The key of the charts coloured by severity: the severities the chart shows (in their order
 * of weight), the impact-start rule and the zone.
 */
export function severityLegend(options: {
  impactRule: boolean;
  shown: Iterable<Severity>;
}): LegendGroup[] {
  const shown = new Set(options.shown);
  return [
    {
      name: "Key",
      items: [
        ...SEVERITIES.filter((severity) => shown.has(severity)).map((severity) => ({
          label: SEVERITY_LABEL[severity],
          key: { kind: "severity", severity } as const,
        })),
        ...(options.impactRule
          ? [{ label: "Impact began", key: { kind: "mark", mark: "impact-rule" } } as const]
          : []),
        { label: "Times in UTC", key: { kind: "zone" } },
      ],
    },
  ];
}
