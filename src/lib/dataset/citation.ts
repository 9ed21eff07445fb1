import { PACKAGE_TITLE, type Release } from "./package.ts";

/** How to cite a release of the dataset, in the usual author (year) title form. */
export function citationText(release: Release, url: string): string {
  const year = release.date.slice(0, 4);
  return `Outage Atlas contributors (${year}). ${PACKAGE_TITLE} (version ${release.version}) [Data set]. ${url}`;
}

/** What a field allows, in words: its type and its constraints. */
export function fieldRule(field: {
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; maxLength?: number };
}): string {
  const type =
    field.type === "datetime"
      ? "date and time, UTC (2020-09-28T21:25:00Z)"
      : field.type === "integer"
        ? "whole number"
        : field.format === "uri"
          ? "web address"
          : "text";
  const parts = [type];
  if (field.constraints?.enum) parts.push(`one of ${field.constraints.enum.join(", ")}`);
  if (field.constraints?.maxLength) parts.push(`at most ${field.constraints.maxLength} characters`);
  parts.push(field.constraints?.required ? "always given" : "may be empty");
  return parts.join("; ");
}
