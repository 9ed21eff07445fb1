import type { Cause } from "../lib/frontmatter.ts";
import type { Severity } from "../lib/schemas.ts";

/**
 * Fallback fills, for an SVG seen on its own; the page repaints them through `--atlas-sev-*`
 * custom properties. Worst is darkest, each step clearly lighter, so the order survives
 * colour blindness and greyscale print.
 */
export const SEVERITY_FILL: Record<Severity, string> = {
  outage: "#8f1d21",
  major: "#d0482b",
  degraded: "#f08c4a",
  advisory: "#f6c58f",
};

/** Reader-facing words for each severity. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  outage: "Outage",
  major: "Major",
  degraded: "Degraded",
  advisory: "Advisory",
};

/**
 * Fallback fills per root cause (Okabe–Ito, safe for the common colour blindnesses); the
 * page repaints them through `--atlas-cause-*` custom properties.
 */
export const CAUSE_FILL: Record<Cause, string> = {
  "config-change": "#0072b2",
  software: "#d55e00",
  capacity: "#009e73",
  security: "#cc79a7",
  dns: "#56b4e9",
  bgp: "#e69f00",
  certificate: "#8c6d31",
  hardware: "#332288",
  power: "#999933",
  unknown: "#999999",
};
