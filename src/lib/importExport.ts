import { isGoogle, listGoogle, readGoogle } from "./importGoogle.ts";
import {
  FORMAT_NAMES,
  ImportRefusal,
  type ExportFormat,
  type ImportedIncident,
  type ListedIncident,
} from "./importModel.ts";
import { isStatuspage, listStatuspage, readStatuspage } from "./importStatuspage.ts";

/** A parsed export whose format is known. */
export type ExportDocument =
  | { format: "statuspage"; value: { page: unknown; incidents: unknown[] } }
  | { format: "google"; value: unknown[] };

/** Tells the format from the content alone; refuses JSON of any other shape. */
export function detectExport(value: unknown): ExportDocument {
  if (isStatuspage(value)) return { format: "statuspage", value };
  if (isGoogle(value)) return { format: "google", value };
  const formats = (Object.keys(FORMAT_NAMES) as ExportFormat[]).map((f) => FORMAT_NAMES[f]);
  throw new ImportRefusal(
    `found JSON in neither supported format; allowed: ${formats.join(", or ")}`,
  );
}

/** Every incident of the export, in file order. */
export function listIncidents(document: ExportDocument): ListedIncident[] {
  return document.format === "statuspage"
    ? listStatuspage(document.value)
    : listGoogle(document.value);
}

/** The incidents of an export, one per line: `id  date  name`. */
export function incidentList(incidents: readonly ListedIncident[]): string {
  if (incidents.length === 0) return "the file holds no incidents";
  const width = Math.max(...incidents.map((i) => i.id.length));
  return `the file holds:\n${incidents
    .map((i) => `  ${i.id.padEnd(width)}  ${i.date.padEnd(10)}  ${i.name}`)
    .join("\n")}`;
}

/** Reads the incident `id`; refuses an id the export does not hold, listing those it does. */
export function readIncident(document: ExportDocument, id: string): ImportedIncident {
  const incidents = listIncidents(document);
  if (!incidents.some((incident) => incident.id === id)) {
    throw new ImportRefusal(
      `found no incident ${JSON.stringify(id)}; allowed: the id of one of its incidents; ${incidentList(incidents)}`,
    );
  }
  return document.format === "statuspage"
    ? readStatuspage(document.value, id)
    : readGoogle(document.value, id);
}
