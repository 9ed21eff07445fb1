/**
 * The site builds the tests share (see sharedBuild.ts): each is made once per change of the
 * project, however many test files read it.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sharedBuild } from "./sharedBuild.ts";

/** The site hosted in a sub-folder of another host: `https://atlas.example.org/atlas/`. */
export const SUBFOLDER = { site: "https://atlas.example.org", base: "/atlas" };

export function subfolderBuild(): string {
  return sharedBuild("subfolder", { env: { SITE_URL: SUBFOLDER.site, BASE_PATH: SUBFOLDER.base } });
}

/** The incident whose every text field holds payloads. */
export const PAYLOAD_SLUG = "2020-09-28-azure-ad";

/**
 * Text that must arrive literally everywhere: markup that would run script if inserted as
 * HTML, entities, CDATA ends, quotes, astral characters, a formula.
 */
export const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  "javascript:window.__xss=1",
  "Ends & recovers",
  "a < b > c &amp; d",
  "]]> and </svg> end here",
  `'single' and "double" quotes`,
  "Astral 𝒳 and 😀",
  "<b>bold</b> markup",
  "=1+1",
];

/** The incident's headline: several payloads at once. */
export const PAYLOAD_TITLE =
  "Ends & recovers: <script>window.__xss=1</script> ]]> </svg> \"q\" 'q' 𝒳😀";

const SOURCE = 'https://example.com/"><script>window.__xss=1</script>';

/** Writes the payloads into every free-text field of one incident and its registries. */
function writePayloads(dir: string): void {
  const csvValue = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const yamlValue = (text: string) => JSON.stringify(text);
  const data = join(dir, "data", "incidents", "2020-09-28-azure-ad");
  /** A row in the file's own column order, the columns not given left empty. */
  const append = (file: string, values: Record<string, string>) => {
    const path = join(data, file);
    const header = (readFileSync(path, "utf8").split(/\r?\n/)[0] ?? "").replace(/^\uFEFF/, "");
    const row = header.split(",").map((column) => csvValue(values[column] ?? ""));
    appendFileSync(path, `${row.join(",")}\n`);
  };
  PAYLOADS.forEach((payload, i) => {
    const minute = String(10 + i).padStart(2, "0");
    append("events.csv", {
      id: `payload-${i}`,
      time: `2020-09-28T23:${minute}Z`,
      precision: "minute",
      phase: "communication",
      title: payload,
      detail: payload,
      source: SOURCE,
    });
    append("impact.csv", {
      service: "azure-ad",
      region: payload,
      start: "2020-09-28T21:25Z",
      end: "2020-09-28T21:30Z",
      severity: "major",
      note: payload,
      source: SOURCE,
    });
  });
  writeFileSync(
    join(data, "updates.csv"),
    `time,channel,author,text,url\n2020-09-28T22:00Z,social,${csvValue(PAYLOADS[1] ?? "")},${csvValue(PAYLOADS[0] ?? "")},${csvValue(SOURCE)}\n`,
  );
  const services = join(dir, "data", "services.csv");
  writeFileSync(
    services,
    readFileSync(services, "utf8").replace(
      "azure-ad,Azure Active Directory,",
      `azure-ad,${csvValue(PAYLOADS[2] ?? "")},`,
    ),
  );
  const mdx = join(dir, "content", "incidents", "2020-09-28-azure-ad.mdx");
  writeFileSync(
    mdx,
    readFileSync(mdx, "utf8")
      .replace(/^title: .*$/m, `title: ${yamlValue(PAYLOAD_TITLE)}`)
      .replace(/^dek: .*$/m, `dek: ${yamlValue(PAYLOADS[1] ?? "")}`)
      .replace(/^trackingId: .*$/m, `trackingId: ${yamlValue(PAYLOADS[2] ?? "")}`)
      .replace(/^ {4}publisher: .*$/m, `    publisher: ${yamlValue(PAYLOADS[1] ?? "")}`),
  );
}

export function payloadBuild(): string {
  return sharedBuild("payloads", { prepare: writePayloads });
}
