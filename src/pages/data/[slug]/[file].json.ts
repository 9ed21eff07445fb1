import type { APIRoute } from "astro";
import { publishedJson } from "../../../build/dataExport.ts";
import { dataPaths } from "../../../build/dataPaths.ts";
import type { DataFileName } from "../../../lib/dataFiles.ts";

export const getStaticPaths = () => dataPaths();

/** A data file's rows as typed JSON: times in ISO 8601 UTC, absent values null. */
export const GET: APIRoute = ({ params, props }) => {
  const rows = publishedJson(params.slug ?? "", (props as { file: DataFileName }).file);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
