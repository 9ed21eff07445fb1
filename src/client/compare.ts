/**
 * The compare page's picker: the checked incidents live in the URL (`?incidents=a,b`), and
 * the chart, its summary sentence and its table follow them. The chart is re-laid out with
 * the same function the build used; every lane is already in the page.
 */
import { layoutCompare } from "./compareLayout.ts";
import { compareSummary, type CompareEntry } from "../lib/compareSummary.ts";

type Figures = Omit<CompareEntry, "label">;
const NO_FIGURES: Figures = { timeToDetect: null, timeToMitigate: null, timeToResolve: null };
const figuresOf = (value: string | undefined): Figures =>
  value ? { ...NO_FIGURES, ...(JSON.parse(value) as Partial<Figures>) } : NO_FIGURES;

/** The slugs a URL asks for, in any of `?incidents=a,b` or `?incidents=a&incidents=b`. */
export function slugsFromUrl(search: string): string[] {
  return new URLSearchParams(search)
    .getAll("incidents")
    .flatMap((value) => value.split(","))
    .map((slug) => slug.trim())
    .filter(Boolean);
}

export function enhanceCompare(): void {
  const figure = document.querySelector<HTMLElement>('figure[data-chart="compare"]');
  const details = document.querySelector<HTMLDetailsElement>("details.picker");
  const picker = details?.querySelector<HTMLFieldSetElement>("fieldset.incident-picker");
  const count = details?.querySelector<HTMLElement>(".picker__count");
  const svgs = [...(figure?.querySelectorAll<SVGSVGElement>("svg.compare-svg") ?? [])];
  const svg = svgs[0];
  // The wider drawings hold only the lanes shown at first: each takes a copy of every lane.
  for (const other of svgs.slice(1)) {
    for (const lane of other.querySelectorAll(".cmp-lane")) lane.remove();
    for (const lane of svg?.querySelectorAll(".cmp-lane") ?? []) other.append(lane.cloneNode(true));
  }
  const summary = figure?.querySelector<HTMLElement>(".chart__summary");
  if (!figure || !details || !picker || !svg || !summary) return;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>("input[name='incidents']")];
  const usable = boxes.filter((box) => !box.disabled);
  const entries = new Map<string, CompareEntry>(
    usable.map((box) => [
      box.value,
      {
        label: box.dataset["label"] ?? box.value,
        ...figuresOf(box.dataset["figures"]),
      },
    ]),
  );
  const defaults = (picker.dataset["default"] ?? "").split(",").filter((s) => entries.has(s));
  const baseLabel = svg.getAttribute("aria-label")?.split(". ")[0] ?? "Incidents compared";
  summary.setAttribute("aria-live", "polite");

  const show = (selected: string[]) => {
    for (const box of usable) box.checked = selected.includes(box.value);
    const sentence = compareSummary(selected.flatMap((slug) => entries.get(slug) ?? []));
    summary.textContent = sentence;
    for (const drawing of svgs) {
      layoutCompare(drawing, selected);
      drawing.setAttribute("aria-label", `${baseLabel}. ${sentence}`);
    }
    for (const row of figure.querySelectorAll<HTMLElement>("tr[data-slug]")) {
      row.hidden = !selected.includes(row.dataset["slug"] ?? "");
    }
    if (count) count.textContent = `(${selected.length} chosen)`;
  };

  const asked = slugsFromUrl(window.location.search).filter((slug) => entries.has(slug));
  show(asked.length > 0 ? asked : defaults);
  details.hidden = false;
  picker.addEventListener("change", () => {
    // Lanes keep the page's order (oldest first), whatever order they were ticked in.
    const selected = usable.filter((box) => box.checked).map((box) => box.value);
    show(selected);
    const same = selected.join(",") === defaults.join(",");
    const query = same ? "" : `?incidents=${selected.join(",")}`;
    window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  });
}
