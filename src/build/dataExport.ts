import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataCsv, dataJson, type JsonValue } from "../lib/dataExport.ts";
import { sourcePath, type DataFileName } from "../lib/dataFiles.ts";
import { siteCorpus } from "./site.ts";

/** A published data file as CSV, from its source file exactly as written in `data/`. */
export function publishedCsv(slug: string, file: DataFileName, root = process.cwd()): string {
  return dataCsv(slug, file, readFileSync(join(root, sourcePath(slug, file)), "utf8"));
}

/** A published data file as JSON rows, from the site's checked corpus. */
export function publishedJson(slug: string, file: DataFileName): Record<string, JsonValue>[] {
  return dataJson(siteCorpus(), slug, file);
}
