/**
 * Redraws the time axes of build-time charts in the reader's zone. The build writes UTC ticks
 * and the axis frame as data attributes; in local time the ticks are recomputed so they fall
 * on local hours and midnights, and UTC restores what the build drew.
 */
import { tickElement, visibleTicks, type TimeAxisFrame } from "../geometry/timeAxis.ts";
import { timeTicks } from "../geometry/timeTicks.ts";
import { currentTimeZone, type TimeZoneSetting } from "./settings.ts";
import { toSvgElement } from "./toDom.ts";

const built = new WeakMap<Element, Node[]>();

function frameOf(axis: Element): TimeAxisFrame | null {
  const [start, end] = (axis.getAttribute("data-domain") ?? "").split("/").map(Date.parse);
  const [r0, r1] = (axis.getAttribute("data-range") ?? "").split(",").map(Number);
  const top = Number(axis.getAttribute("data-top"));
  const bottom = Number(axis.getAttribute("data-bottom"));
  const count = Number(axis.getAttribute("data-count"));
  const values = [start, end, r0, r1, top, bottom, count];
  if (values.some((v) => v === undefined || Number.isNaN(v))) return null;
  return {
    domain: [start as number, end as number],
    range: [r0 as number, r1 as number],
    top,
    bottom,
    count,
  };
}

function redraw(zone: TimeZoneSetting): void {
  for (const axis of document.querySelectorAll("g.chart-axis[data-domain]")) {
    const frame = frameOf(axis);
    if (!frame) continue;
    if (!built.has(axis))
      built.set(
        axis,
        [...axis.childNodes].map((n) => n.cloneNode(true)),
      );
    if (zone === "utc") {
      axis.replaceChildren(...(built.get(axis) ?? []).map((n) => n.cloneNode(true)));
      continue;
    }
    const ticks = visibleTicks(frame, timeTicks(frame.domain, frame.count, "local"));
    axis.replaceChildren(...ticks.map((tick) => toSvgElement(tickElement(frame, tick))));
  }
  for (const label of document.querySelectorAll("[data-zone-name]")) {
    label.textContent = zone === "utc" ? "UTC" : "your local time";
  }
}

/** Follows the time-zone setting: now, and whenever the reader changes it. */
export function enhanceZonedAxes(): void {
  if (document.documentElement.dataset["zonedAxes"] !== undefined) return;
  document.documentElement.dataset["zonedAxes"] = "";
  document.addEventListener("atlas:timezone", (event) => {
    redraw((event as CustomEvent<TimeZoneSetting>).detail === "local" ? "local" : "utc");
  });
  if (currentTimeZone() === "local") redraw("local");
}
