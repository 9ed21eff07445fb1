import type { APIRoute } from "astro";
import { siteDataset } from "../../build/dataset.ts";
import { tableCsv } from "../../lib/dataset/files.ts";
import { DATASET_TABLES } from "../../lib/dataset/names.ts";

export const getStaticPaths = () => DATASET_TABLES.map((table) => ({ params: { table } }));

/** One corpus-wide table of the open dataset, as CSV. */
export const GET: APIRoute = ({ params, site }) => {
  const table = siteDataset(site, import.meta.env.BASE_URL).tables.find(
    (t) => t.name === params["table"],
  );
  if (!table) throw new Error(`No dataset table "${params["table"]}".`);
  return new Response(tableCsv(table), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
