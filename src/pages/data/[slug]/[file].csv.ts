import type { APIRoute } from "astro";
import { dataCsv } from "../../../lib/dataExport.ts";
import type { DataFileName } from "../../../lib/dataFiles.ts";
import { dataPaths } from "../../../lib/dataPaths.ts";

export const getStaticPaths = () => dataPaths();

/** A data file's rows as RFC 4180 CSV, in the columns of the data contract. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(dataCsv(process.cwd(), params.slug ?? "", (props as { file: DataFileName }).file), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
