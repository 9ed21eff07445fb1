import { SEVERITY_FILL } from "./impactGantt.ts";
import { PHASE_FILL } from "./timelineLayout.ts";

/**
 * How a key of a page legend is drawn in a standalone image, by the key's name: the page
 * paints its legend swatches with CSS, which a downloaded file does not have. A key not
 * known here is listed by its label alone.
 */
const KEYS: Record<string, string> = {
  "tl-key--impact": '<rect width="18" height="12" fill="#a3231b" fill-opacity="0.15"/>',
  "tl-key--point": '<circle cx="9" cy="6" r="5" fill="#1b1b1b"/>',
  "tl-key--range": '<rect width="18" height="12" rx="6" fill="#1b1b1b" fill-opacity="0.25"/>',
  "tl-key--post":
    '<rect x="5" y="2" width="8" height="8" fill="#1f6f8b" transform="rotate(45 9 6)"/>',
  "impact-rule":
    '<line x1="9" x2="9" y1="-1" y2="13" stroke="#1b1b1b" stroke-width="1.5" stroke-dasharray="3,3"/>',
};

/** The swatch of a legend key, 18 × 12 units at the origin, or "" if it is not known. */
export function legendSwatch(key: string): string {
  const [kind, value = ""] = key.split(":");
  if (kind === "severity" && value in SEVERITY_FILL)
    return `<rect width="18" height="12" rx="2" fill="${SEVERITY_FILL[value as keyof typeof SEVERITY_FILL]}"/>`;
  if (kind === "phase" && value in PHASE_FILL)
    return `<circle cx="9" cy="6" r="5" fill="${PHASE_FILL[value as keyof typeof PHASE_FILL]}"/>`;
  return KEYS[key] ?? "";
}
