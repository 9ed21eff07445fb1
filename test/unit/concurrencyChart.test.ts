import { expectChartSnapshot, concurrencySvg, impactGanttSvg } from "../helpers/drawnCharts.ts";
import { describe, expect, it } from "vitest";
import { countTicks } from "../../src/charts/concurrencyChart.ts";
import { impactDomain } from "../../src/charts/impactGantt.ts";
import { chartView, MULTI_DAY, OVERLAP, parseSvg, SINGLE } from "../helpers/chartFixtures.ts";

function draw(slug: string): string {
  const view = chartView(slug);
  return concurrencySvg({
    label: `Services impaired at once during ${view.meta.title}`,
    steps: view.concurrency,
    domain: impactDomain(view.data.impact, view.metrics.impactStart),
    impactStart: view.metrics.impactStart,
  });
}

describe("concurrencySvg", () => {
  it.each([
    ["overlapping spans", OVERLAP, "concurrency-overlap"],
    ["a single span", SINGLE, "concurrency-single"],
    ["a ten-day incident", MULTI_DAY, "concurrency-multi-day"],
  ])("matches the reviewed snapshot for %s", async (_, slug, name) => {
    expectChartSnapshot(draw(slug), `${name}`);
  });

  it("is an image named for what it shows, its groups labelled", () => {
    const root = parseSvg(draw(OVERLAP));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toMatch(/^Services impaired at once during/);
    for (const g of root.querySelectorAll("g[aria-label]"))
      expect(g.getAttribute("role")).toBe("group");
  });

  it("stacks each stretch by severity, the worst at the bottom", () => {
    const blocks = [...parseSvg(draw(OVERLAP)).querySelectorAll("rect[data-severity]")].filter(
      (el) => el.getAttribute("data-start") === "2020-03-02T10:15:00Z",
    );
    const bySeverity = blocks.map((el) => [
      el.getAttribute("data-severity"),
      el.getAttribute("data-count"),
      Number(el.getAttribute("y")),
    ]);
    expect(bySeverity.map(([severity, count]) => [severity, count])).toEqual([
      ["outage", "2"],
      ["degraded", "1"],
    ]);
    // Lower on the page means a larger y: the outage block sits below the degraded one.
    expect(Number(bySeverity[0]?.[2])).toBeGreaterThan(Number(bySeverity[1]?.[2]));
  });

  it("tells, when pointed at, how many services were impaired and how badly", () => {
    const block = parseSvg(draw(OVERLAP)).querySelector(
      'rect[data-start="2020-03-02T10:30:00Z"][data-severity="outage"]',
    );
    expect(block?.getAttribute("data-tip")).toBe("4 services impaired: 2 outage, 2 major");
  });

  it("lines up with the service-impact chart above it", () => {
    const view = chartView(OVERLAP);
    const impact = impactGanttSvg({
      label: "x",
      spans: view.data.impact,
      serviceNames: view.serviceNames,
      impactStart: view.metrics.impactStart,
    });
    const frame = (svg: string) => {
      const axis = parseSvg(svg).querySelector(".chart-axis")!;
      return [axis.getAttribute("data-domain"), axis.getAttribute("data-range")];
    };
    expect(frame(draw(OVERLAP))).toEqual(frame(impact));
  });

  it("labels the top of the count axis with what it counts", () => {
    const labels = [...parseSvg(draw(OVERLAP)).querySelectorAll(".concurrency-count text")].map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(["0", "1", "2", "3", "4 services"]);
  });
});

describe("countTicks", () => {
  it("gives every whole number up to five", () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it("gives about four round steps that reach at least the peak", () => {
    expect(countTicks(9)).toEqual([0, 5, 10]);
    expect(countTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(13)).toEqual([0, 5, 10, 15]);
  });
});
