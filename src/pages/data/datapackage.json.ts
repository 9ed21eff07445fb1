import type { APIRoute } from "astro";
import { siteDataset } from "../../build/dataset.ts";

/** The Frictionless Data Package descriptor of the open dataset. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(siteDataset(site, import.meta.env.BASE_URL).descriptor, null, 2)}\n`,
    { headers: { "content-type": "application/json; charset=utf-8" } },
  );
