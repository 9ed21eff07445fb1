import { describe, expect, it } from "vitest";
import { overviewSvg, radius, type OverviewIncident } from "../../src/charts/overviewChart.ts";
import { allChartViews, parseSvg } from "../helpers/chartFixtures.ts";

const HOUR = 3_600_000;
const TODAY = Date.UTC(2023, 5, 30);
const incidents: OverviewIncident[] = allChartViews().map((view) => ({
  slug: view.slug,
  title: view.meta.title,
  provider: view.provider.name,
  cause: view.meta.cause,
  time: view.anchor,
  duration: view.metrics.timeToResolve,
  href: `/incidents/${view.slug}/`,
}));
const draw = (list = incidents) =>
  overviewSvg({ label: "Every synthetic incident", incidents: list, today: TODAY });

describe("overviewSvg", () => {
  it("matches the reviewed snapshot", async () => {
    await expect(draw()).toMatchFileSnapshot("../output/overview-synthetic.svg");
  });

  it("is an image named for what it shows", () => {
    const root = parseSvg(draw());
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Every synthetic incident");
  });

  it("draws one circle per incident, coloured by cause and linked to its page", () => {
    const circles = [...parseSvg(draw()).querySelectorAll("circle[data-slug]")];
    expect(circles.map((c) => c.getAttribute("data-slug")).sort()).toEqual(
      incidents.map((i) => i.slug).sort(),
    );
    const overlap = circles.find((c) => c.getAttribute("data-slug") === incidents[0]?.slug);
    expect(overlap?.getAttribute("data-cause")).toBe("software");
    expect(overlap?.getAttribute("data-href")).toBe(`/incidents/${incidents[0]?.slug}/`);
  });

  it("gives each provider a row, in the order they first appear, with its count", () => {
    const labels = [...parseSvg(draw()).querySelectorAll(".overview-label text")].map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(["Example Cloud · 3", "Other Host"]);
  });

  it("runs the time axis from 2020 to the day given as today", () => {
    const axis = parseSvg(draw()).querySelector(".chart-axis")!;
    expect(axis.getAttribute("data-domain")).toBe("2020-01-01T00:00:00Z/2023-06-30T00:00:00Z");
  });

  it("draws an incident of unknown duration as a hollow ring", () => {
    const list = [...incidents, { ...incidents[1]!, slug: "unknown", duration: null }];
    const ring = parseSvg(draw(list)).querySelector('circle[data-slug="unknown"]');
    expect(ring?.getAttribute("data-duration")).toBe("unknown");
    expect(ring?.getAttribute("fill")).toBe("none");
    expect(ring?.getAttribute("data-tip")).toContain("duration not published");
  });
});

describe("radius", () => {
  it("grows with duration, from half an hour to two weeks", () => {
    expect(radius(HOUR)).toBeLessThan(radius(24 * HOUR));
    expect(radius(24 * HOUR)).toBeLessThan(radius(7 * 24 * HOUR));
  });

  it("keeps the shortest incidents visible and the longest within the row", () => {
    expect(radius(60_000)).toBe(3);
    expect(radius(60 * 24 * HOUR)).toBe(15);
  });
});
