import { expectChartSnapshot, compareSvg } from "../helpers/drawnCharts.ts";
import { describe, expect, it } from "vitest";

import { offsetLabel, offsetTicks } from "../../src/geometry/compareLayout.ts";
import { alignIncident } from "../../src/lib/alignment.ts";
import {
  allChartViews,
  DAY_PRECISION,
  MULTI_DAY,
  OVERLAP,
  parseSvg,
  SINGLE,
} from "../helpers/chartFixtures.ts";

const HOUR = 3_600_000;
const lanes = allChartViews().map((view) => ({
  aligned: alignIncident(view.slug, view.data.events, view.metrics)!,
  label: view.label,
}));
const draw = (selected: string[]) =>
  compareSvg({ label: "Synthetic incidents compared", lanes, selected });
const visibleLanes = (root: Element) =>
  [...root.querySelectorAll(".cmp-lane")]
    .filter((lane) => lane.getAttribute("display") !== "none")
    .map((lane) => lane.getAttribute("data-slug"));

describe("compareSvg", () => {
  it("matches the reviewed snapshot of two incidents, one short and one long", async () => {
    expectChartSnapshot(draw([OVERLAP, SINGLE]), `compare-synthetic`);
  });

  it("matches the reviewed snapshot of day-precision and multi-day incidents", async () => {
    expectChartSnapshot(draw([DAY_PRECISION, MULTI_DAY]), `compare-long`);
  });

  it("is an image named for what it shows", () => {
    const root = parseSvg(draw([OVERLAP]));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Synthetic incidents compared");
  });

  it("draws every lane and shows only the selected, in drawing order", () => {
    const root = parseSvg(draw([MULTI_DAY, OVERLAP]));
    expect(root.querySelectorAll(".cmp-lane")).toHaveLength(4);
    expect(visibleLanes(root)).toEqual([OVERLAP, MULTI_DAY]);
  });

  it("puts every lane's impact start on the same line", () => {
    const root = parseSvg(draw([OVERLAP, SINGLE]));
    const zero = root.querySelector(".cmp-tick--zero")!.getAttribute("transform")!;
    const starts = [OVERLAP, SINGLE].map((slug) =>
      root
        .querySelector(`.cmp-lane[data-slug="${slug}"] [data-event-id="impact-begins"]`)!
        .getAttribute("transform")!
        .replace(/,.*$/, ""),
    );
    expect(starts).toEqual([zero.replace(",0)", ""), zero.replace(",0)", "")]);
  });

  it("draws the moments of time to detect, mitigate and resolve as distinct shapes", () => {
    const lane = parseSvg(draw([OVERLAP])).querySelector(`.cmp-lane[data-slug="${OVERLAP}"]`)!;
    const shapes = Object.fromEntries(
      [...lane.querySelectorAll("[data-key]")].map((g) => [
        g.getAttribute("data-key"),
        g.querySelector(".cmp-mark")?.tagName.toLowerCase(),
      ]),
    );
    expect(shapes).toEqual({ detect: "circle", mitigate: "path", resolve: "rect" });
  });

  it("draws a time known only to the day as a faint range", () => {
    const root = parseSvg(draw([DAY_PRECISION]));
    const range = root.querySelector('[data-event-id="patched"] .cmp-range');
    expect(range?.getAttribute("height")).toBe("6");
    expect(Number(range?.getAttribute("width"))).toBeGreaterThan(2);
  });
});

describe("the comparison's layout, which the browser repeats for each selection", () => {
  it("stacks the lanes shown and fits the clock to them", () => {
    const before = parseSvg(draw([OVERLAP])).getAttribute("data-domain");
    const root = parseSvg(draw([SINGLE, MULTI_DAY]));
    expect(visibleLanes(root)).toEqual([SINGLE, MULTI_DAY]);
    expect(root.getAttribute("data-domain")).not.toBe(before);
    const ys = [SINGLE, MULTI_DAY].map((slug) =>
      root.querySelector(`.cmp-lane[data-slug="${slug}"]`)!.getAttribute("transform"),
    );
    expect(ys).toEqual(["translate(0,4)", "translate(0,64)"]);
    expect(root.getAttribute("viewBox")).toBe("0 0 720 154");
  });

  it("parks events far from the impact in the side gutters and says so", () => {
    const root = parseSvg(draw([DAY_PRECISION]));
    // The trigger came eleven days before impact, beyond the stretch shown.
    const trigger = root.querySelector('[data-event-id="exploited"]')!;
    expect(trigger.getAttribute("transform")).toBe("translate(24,38)");
    expect(root.querySelector(".cmp-gutter")?.textContent).toBe("← earlier events at the edge");
  });
});

describe("offsetTicks and offsetLabel", () => {
  it("steps through round spans of time after impact start", () => {
    expect(offsetTicks([-0.5 * HOUR, 5 * HOUR], 5)).toEqual([0, 2, 4].map((h) => h * HOUR));
    expect(offsetTicks([0, 40 * 60_000], 5).length).toBeLessThanOrEqual(5);
  });

  it("writes times after impact start as readers say them", () => {
    expect(offsetLabel(0)).toBe("0");
    expect(offsetLabel(45 * 60_000)).toBe("+45 min");
    expect(offsetLabel(6 * HOUR)).toBe("+6 h");
    expect(offsetLabel(48 * HOUR)).toBe("+2 days");
    expect(offsetLabel(-HOUR)).toBe("−1 h");
  });
});
