/**
 * Pointer enhancements for the charts drawn at build time: a tooltip for every mark with a
 * `data-tip`, its times written in the reader's zone; the mark and its kin (same service,
 * same incident) highlighted; marks with a `data-href` open their page. Every fact shown
 * here is also in the figure's data table, so nothing depends on a pointer.
 */
import { currentTimeZone, type TimeZoneSetting } from "./settings.ts";

const formatters = new Map<TimeZoneSetting, Intl.DateTimeFormat>();

function formatTime(iso: string | undefined, zone: TimeZoneSetting): string {
  const date = new Date(iso ?? "");
  if (Number.isNaN(date.getTime())) return "";
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      ...(zone === "utc" ? { timeZone: "UTC" } : { timeZoneName: "shortOffset" }),
    });
    formatters.set(zone, format);
  }
  return format.format(date) + (zone === "utc" ? " UTC" : "");
}

/** The tooltip's text: the mark's own words, then its times. */
export function tipText(mark: Element, zone: TimeZoneSetting): string {
  const data = (mark as HTMLElement | SVGElement).dataset;
  const start = data["start"];
  const end = data["end"];
  const when = start
    ? `${formatTime(start, zone)} – ${formatTime(end, zone)}`
    : data["time"]
      ? formatTime(data["time"], zone)
      : "";
  return when ? `${data["tip"]}\n${when}` : (data["tip"] ?? "");
}

/** The marks that light up with this one: those of the same service or incident. */
function kin(svg: SVGSVGElement, mark: Element): Element[] {
  for (const key of ["data-service", "data-slug"]) {
    const value = mark.getAttribute(key);
    if (value) return [...svg.querySelectorAll(`[${key}="${CSS.escape(value)}"][data-tip]`)];
  }
  return [mark];
}

function enhance(figure: HTMLElement): void {
  // A chart may come in one drawing per band of widths: all of them are wired.
  const body = figure.querySelector<HTMLElement>(".chart__body");
  if (!body?.querySelector("svg [data-tip]")) return;
  figure.dataset["tips"] = "";
  // The custom tooltip replaces the browser's own, which would show the same words twice.
  for (const title of body.querySelectorAll("[data-tip] title")) title.remove();
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  tip.setAttribute("aria-hidden", "true");
  tip.style.whiteSpace = "pre-line";
  body.append(tip);
  let active: Element[] = [];
  let svg: SVGSVGElement | null = null;

  const clear = () => {
    for (const el of active) el.classList.remove("is-active");
    active = [];
    svg?.classList.remove("has-active");
    tip.hidden = true;
  };
  const place = (event: PointerEvent) => {
    const box = body.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const left = Math.min(Math.max(0, x + 12), box.width - tip.offsetWidth);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, y - tip.offsetHeight - 12)}px`;
  };

  body.addEventListener("pointerover", (event) => {
    const mark = (event.target as Element).closest("svg [data-tip]");
    if (!mark) return;
    clear();
    svg = mark.closest("svg") as SVGSVGElement;
    active = kin(svg, mark);
    for (const el of active) el.classList.add("is-active");
    svg.classList.add("has-active");
    tip.textContent = tipText(mark, currentTimeZone());
    tip.hidden = false;
    place(event);
  });
  body.addEventListener("pointermove", (event) => {
    if (!tip.hidden) place(event);
  });
  body.addEventListener("pointerout", (event) => {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest?.("[data-tip]")) clear();
  });
  body.addEventListener("click", (event) => {
    const href = (event.target as Element).closest("[data-href]")?.getAttribute("data-href");
    if (href) window.location.assign(href);
  });
}

/** Adds tooltips and highlighting to every chart figure on the page, once. */
export function enhanceChartTips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart]")) {
    if (figure.dataset["tips"] === undefined) enhance(figure);
  }
}
