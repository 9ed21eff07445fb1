import type { APIRoute } from "astro";
import { siteDataset } from "../../build/dataset.ts";
import { tableJson } from "../../lib/dataset/files.ts";
import { DATASET_TABLES } from "../../lib/dataset/names.ts";

export const getStaticPaths = () => DATASET_TABLES.map((table) => ({ params: { table } }));

/** One corpus-wide table of the open dataset, as JSON: exact text, `null` for no value. */
export const GET: APIRoute = ({ params, site }) => {
  const table = siteDataset(site, import.meta.env.BASE_URL).tables.find(
    (t) => t.name === params["table"],
  );
  if (!table) throw new Error(`No dataset table "${params["table"]}".`);
  return new Response(`${JSON.stringify(tableJson(table))}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
