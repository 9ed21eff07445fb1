/**
 * Filters (provider, service, cause, year) and sorting (date, duration) for the incident
 * table. The choice lives in the URL, so a filtered list can be shared; without JavaScript
 * the full table is there.
 */
const FILTERS = ["provider", "service", "cause", "year"] as const;
type SortKey = "start" | "duration";

function matches(row: HTMLTableRowElement, filter: string, value: string): boolean {
  if (!value) return true;
  if (filter === "service") return (row.dataset["services"] ?? "").split(" ").includes(value);
  return row.dataset[filter] === value;
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form");
  const body = root.querySelector("tbody");
  const count = root.querySelector(".incident-table__count");
  if (!form || !body || !count) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>("tr")];
  const headers = [...root.querySelectorAll<HTMLTableCellElement>("th[data-sort]")];
  const params = new URLSearchParams(location.search);
  let sort: SortKey = params.get("sort") === "duration" ? "duration" : "start";
  let descending = params.get("order") !== "asc";

  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }

  for (const header of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = header.textContent ?? "";
    header.textContent = "";
    header.append(button);
    button.addEventListener("click", () => {
      const key = header.dataset["sort"] as SortKey;
      descending = sort === key ? !descending : true;
      sort = key;
      update(true);
    });
  }

  function update(push: boolean): void {
    const chosen = Object.fromEntries(
      FILTERS.map((name) => [
        name,
        (form?.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? "",
      ]),
    );
    const sorted = [...rows].sort((a, b) => {
      const diff = Number(a.dataset[sort]) - Number(b.dataset[sort]);
      return descending ? -diff : diff;
    });
    let shown = 0;
    for (const row of sorted) {
      const visible = FILTERS.every((name) => matches(row, name, chosen[name] ?? ""));
      row.hidden = !visible;
      if (visible) shown += 1;
      body?.append(row);
    }
    for (const header of headers) {
      header.setAttribute(
        "aria-sort",
        header.dataset["sort"] === sort ? (descending ? "descending" : "ascending") : "none",
      );
    }
    if (count) count.textContent = `${shown} of ${rows.length} incidents`;
    if (push) {
      const url = new URL(location.href);
      for (const name of FILTERS) {
        if (chosen[name]) url.searchParams.set(name, chosen[name] ?? "");
        else url.searchParams.delete(name);
      }
      if (sort === "start" && descending) {
        url.searchParams.delete("sort");
        url.searchParams.delete("order");
      } else {
        url.searchParams.set("sort", sort);
        url.searchParams.set("order", descending ? "desc" : "asc");
      }
      history.replaceState(null, "", url);
    }
  }

  form.addEventListener("change", () => update(true));
  update(false);
}

export function enhanceIncidentTables(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-incident-table]")) enhance(root);
}
