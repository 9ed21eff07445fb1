import type { ImportedIncident } from "./importModel.ts";

export interface KnownProvider {
  id: string;
  name: string;
  url: string;
}

export interface KnownService {
  id: string;
  name: string;
  provider: string;
}

/** The category of a service the importer adds; the editor files it properly later. */
export const NEW_SERVICE_CATEGORY = "uncategorised";

/** `Workers & KV (beta)` → `workers-kv-beta`: lowercase ASCII words joined by hyphens. */
export function kebab(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^(?:www|status)\./, "");
  } catch {
    return "";
  }
};

/**
 * The provider a status page belongs to: Google Cloud's dashboard is `google`; a Statuspage
 * page is the provider whose name or id is the page's name (ignoring case), or whose web
 * address is the page's without `www.` or `status.`. Undefined when none fits.
 */
export function inferProvider(
  incident: Pick<ImportedIncident, "format" | "page">,
  providers: readonly KnownProvider[],
): KnownProvider | undefined {
  if (incident.format === "google") return providers.find((p) => p.id === "google");
  const name = incident.page.name.trim().toLowerCase();
  const host = hostOf(incident.page.url);
  return (
    providers.find((p) => p.name.toLowerCase() === name || p.id === name) ??
    providers.find((p) => host !== "" && hostOf(p.url) === host)
  );
}

/** A component's name without a leading provider name or id, lowercased: `google bigquery` → `bigquery`. */
function bare(name: string, provider: KnownProvider): string {
  const text = name.trim().replace(/\s+/g, " ").toLowerCase();
  for (const prefix of [provider.name.toLowerCase(), provider.id]) {
    if (text.startsWith(`${prefix} `)) return text.slice(prefix.length + 1);
  }
  return text;
}

export interface ServiceMatches {
  /** The service id of each component name. */
  ids: Map<string, string>;
  /** Components that are existing services. */
  reused: { component: string; id: string; name: string }[];
  /** Services to add to `data/services.csv`, in the order first named. */
  added: { id: string; name: string; provider: string; category: string }[];
}

/**
 * Maps component names to services of `provider`. A component is an existing service when
 * their names match ignoring case and a leading provider name, or when the id
 * `<provider>-<kebab name>` exists; otherwise a service with that id is added, named as the
 * status page names the component.
 */
export function matchServices(
  components: readonly string[],
  provider: KnownProvider,
  services: readonly KnownService[],
): ServiceMatches {
  const result: ServiceMatches = { ids: new Map(), reused: [], added: [] };
  const own = services.filter((s) => s.provider === provider.id);
  for (const component of components) {
    if (result.ids.has(component)) continue;
    const key = bare(component, provider);
    const id = `${provider.id}-${kebab(key) || kebab(component) || "component"}`;
    const existing =
      own.find((s) => bare(s.name, provider) === key) ?? services.find((s) => s.id === id);
    if (existing) {
      result.ids.set(component, existing.id);
      result.reused.push({ component, id: existing.id, name: existing.name });
      continue;
    }
    result.ids.set(component, id);
    if (!result.added.some((s) => s.id === id)) {
      result.added.push({
        id,
        name: component.trim(),
        provider: provider.id,
        category: NEW_SERVICE_CATEGORY,
      });
    }
  }
  return result;
}
