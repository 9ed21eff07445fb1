import type { APIRoute } from "astro";
import { publishedCsv } from "../../../build/dataExport.ts";
import { dataPaths } from "../../../build/dataPaths.ts";
import type { DataFileName } from "../../../lib/dataFiles.ts";

export const getStaticPaths = () => dataPaths();

/** A data file's rows as RFC 4180 CSV, in the columns of the data contract. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(publishedCsv(params.slug ?? "", (props as { file: DataFileName }).file), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
