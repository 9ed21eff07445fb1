import { expectChartSnapshot, blastRadiusSvg } from "../helpers/drawnCharts.ts";
import { describe, expect, it } from "vitest";
import { blastLayout } from "../../src/charts/blastRadiusChart.ts";
import { blastRadius } from "../../src/lib/blastRadius.ts";
import { chartView, MULTI_DAY, OVERLAP, parseSvg } from "../helpers/chartFixtures.ts";

function draw(slug: string): string {
  const view = chartView(slug);
  return blastRadiusSvg({
    label: `Blast radius of ${view.meta.title}`,
    nodes: view.blast.nodes,
    serviceNames: view.serviceNames,
  });
}

describe("blastRadiusSvg", () => {
  it.each([
    ["one root and its dependents", OVERLAP, "blast-radius-overlap"],
    ["a chain of dependencies", MULTI_DAY, "blast-radius-multi-day"],
  ])("matches the reviewed snapshot for %s", async (_, slug, name) => {
    expectChartSnapshot(draw(slug), `${name}`);
  });

  it("is an image named for what it shows", () => {
    const root = parseSvg(draw(OVERLAP));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Blast radius of Synthetic overlapping outage");
  });

  it("draws a marker and a duration bar per service, with its worst severity", () => {
    const root = parseSvg(draw(OVERLAP));
    const markers = [...root.querySelectorAll(".blast-nodes [data-service]")].map((el) => [
      el.getAttribute("data-service"),
      el.getAttribute("data-severity"),
    ]);
    expect(markers).toEqual([
      ["sign-in", "outage"],
      ["portal", "outage"],
      ["mail", "major"],
      ["chat", "major"],
    ]);
    expect(root.querySelectorAll(".blast-bars rect")).toHaveLength(4);
    expect(root.querySelector('.blast-bars [data-service="mail"]')?.getAttribute("data-tip")).toBe(
      "Example mail: Major, impaired 1 h 50 min",
    );
  });

  it("indents each level of a chain further", () => {
    const xs = [...parseSvg(draw(MULTI_DAY)).querySelectorAll(".blast-nodes circle")].map((el) =>
      Number(el.getAttribute("cx")),
    );
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  it("gives a service named without a timed span a hollow marker, and says so", () => {
    const view = chartView(OVERLAP);
    const blast = blastRadius({
      impact: view.data.impact.filter((s) => s.service !== "chat"),
      dependencies: [
        { service: "chat", depends_on: "sign-in", source: "https://example.com/r", line: 2 },
      ],
      cited: new Set(["https://example.com/r"]),
    });
    const root = parseSvg(
      blastRadiusSvg({ label: "x", nodes: blast.nodes, serviceNames: view.serviceNames }),
    );
    expect(
      root.querySelector('.blast-nodes [data-service="chat"]')?.getAttribute("data-severity"),
    ).toBe("none");
    expect(root.querySelector('.blast-bars [data-service="chat"]')).toBeNull();
    expect(root.textContent).toContain("named in the sources; no timed impact recorded");
  });
});

describe("blastLayout", () => {
  it("gives every service a row of its own, and grows with them", () => {
    const { rows, height } = blastLayout(chartView(OVERLAP).blast.nodes);
    expect(rows.map((r) => r.y)).toEqual([17, 61, 105, 149]);
    expect(height).toBe(4 + 4 * 44 + 4);
  });
});
