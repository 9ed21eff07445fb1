import { describe, expect, it } from "vitest";
import { responseTimesSvg } from "../../src/charts/responseTimesChart.ts";
import { allChartViews, OVERLAP, parseSvg, SINGLE } from "../helpers/chartFixtures.ts";

const MIN = 60_000;
const incidents = allChartViews().map((view) => ({
  slug: view.slug,
  label: view.label,
  ...view.metrics,
}));
const draw = (list = incidents) => responseTimesSvg({ label: "Response times", incidents: list });

describe("responseTimesSvg", () => {
  it("matches the reviewed snapshot", async () => {
    await expect(draw()).toMatchFileSnapshot("../output/response-times-synthetic.svg");
  });

  it("is an image named for what it shows", () => {
    expect(parseSvg(draw()).getAttribute("aria-label")).toBe("Response times");
  });

  it("draws a symbol for every interval that is known, and none for the rest", () => {
    const marks = [...parseSvg(draw()).querySelectorAll("[data-phase][data-slug]")].map((el) =>
      [el.getAttribute("data-slug"), el.getAttribute("data-phase")].join(" "),
    );
    expect(marks.sort()).toEqual(
      [
        `${OVERLAP} detection`,
        `${OVERLAP} mitigation`,
        `${OVERLAP} resolved`,
        `${SINGLE} resolved`,
        "2021-05-10-synthetic-day-precision detection",
        "2021-05-10-synthetic-day-precision mitigation",
        "2021-05-10-synthetic-day-precision resolved",
        "2022-01-03-synthetic-multi-day detection",
        "2022-01-03-synthetic-multi-day mitigation",
        "2022-01-03-synthetic-multi-day resolved",
      ].sort(),
    );
  });

  it("says so on the row of an incident that publishes no milestones", () => {
    const bare = {
      ...incidents.find((i) => i.slug === SINGLE)!,
      timeToDetect: null,
      timeToMitigate: null,
      timeToResolve: null,
    };
    const texts = [...parseSvg(draw([bare])).querySelectorAll(".response-unknown text")];
    expect(texts).toHaveLength(1);
    expect(texts[0]?.textContent).toBe("no milestones published");
  });

  it("places a detection before impact left of zero", () => {
    const early = {
      ...incidents.find((i) => i.slug === SINGLE)!,
      timeToDetect: { ms: -3 * MIN, approximate: false },
    };
    const root = parseSvg(draw([early]));
    const mark = root.querySelector('[data-phase="detection"]')!;
    const zero = root.querySelector(".impact-start line")!;
    const x = Number(/translate\(([-\d.]+)/.exec(mark.getAttribute("transform") ?? "")?.[1]);
    expect(x).toBeLessThan(Number(zero.getAttribute("x1")));
    expect(mark.getAttribute("data-tip")).toBe(
      "Other Host, 15 Aug 2020: detected 3 min before impact",
    );
  });
});
