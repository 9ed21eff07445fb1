import { describe, expect, it } from "vitest";
import { compareSummary } from "../../src/lib/compareSummary.ts";
import { corpusFigures } from "../../src/lib/corpusFigures.ts";
import {
  blastRadiusSummary,
  concurrencySummary,
  overviewSummary,
  responseTimesSummary,
} from "../../src/lib/summaries.ts";
import { allChartViews, chartView, MULTI_DAY, OVERLAP, SINGLE } from "../helpers/chartFixtures.ts";

const MIN = 60_000;

describe("concurrencySummary", () => {
  it("gives the peak, when it began and how long, and the time any service was down", () => {
    expect(concurrencySummary(chartView(OVERLAP).concurrency)).toBe(
      "Up to 4 services were impaired at once, from 2 Mar 2020, 10:20 UTC for 20 min; at least one service was impaired for 2 h 55 min in all.",
    );
  });

  it("says one service at a time when only one was ever impaired", () => {
    expect(concurrencySummary(chartView(SINGLE).concurrency)).toBe(
      "One service at a time was impaired; at least one service was impaired for 40 min in all.",
    );
  });

  it("says so when there are no impact spans", () => {
    expect(concurrencySummary([])).toBe("No service impact spans are recorded for this incident.");
  });
});

describe("blastRadiusSummary", () => {
  it("names the root and the services that failed with it", () => {
    const view = chartView(OVERLAP);
    expect(blastRadiusSummary(view.blast, view.serviceNames)).toBe(
      "Example sign-in failed, and 3 services that depend on it failed with it: Example portal, Example mail and Example chat.",
    );
  });

  it("counts a chain of dependents and agrees in number", () => {
    const view = chartView(MULTI_DAY);
    expect(blastRadiusSummary(view.blast, view.serviceNames)).toBe(
      "Example DNS failed, and 2 services that depend on it failed with it: Example files and Example backup.",
    );
  });
});

describe("overviewSummary", () => {
  it("counts the incidents over the years and gives the median and the longest", () => {
    const views = allChartViews();
    const figures = corpusFigures(views.map((v) => v.metrics));
    expect(
      overviewSummary(figures, [2020, 2022], {
        label: "Example Cloud, 1 May 2021",
        duration: { ms: 19 * 86_400_000, approximate: true },
      }),
    ).toMatch(
      /^4 incidents from 2020 to 2022; median time to resolve about .+ \(4 of 4 incidents\), and the longest \(Example Cloud, 1 May 2021\) lasted about 19 days\.$/,
    );
  });
});

describe("responseTimesSummary", () => {
  it("gives the median of each figure and how many incidents it covers", () => {
    expect(responseTimesSummary(allChartViews().map((v) => v.metrics))).toBe(
      "Median time to detect about 50 min (3 of 4 incidents), to mitigate about 5 days 4 h (3 of 4 incidents) and to resolve about 5 days 6 h (4 of 4 incidents).",
    );
  });
});

describe("compareSummary", () => {
  it("gives each incident's times since impact start, in order", () => {
    expect(
      compareSummary([
        {
          label: "A, 1 Jan 2020",
          timeToDetect: { ms: 5 * MIN, approximate: false },
          timeToMitigate: { ms: 178 * MIN, approximate: true },
          timeToResolve: { ms: 300 * MIN, approximate: false },
        },
        {
          label: "B, 2 Feb 2021",
          timeToDetect: { ms: -3 * MIN, approximate: false },
          timeToMitigate: null,
          timeToResolve: { ms: 47 * MIN, approximate: false },
        },
      ]),
    ).toBe(
      "Counted from impact start. A, 1 Jan 2020: detected after 5 min, mitigated after about 2 h 58 min, resolved after 5 h; B, 2 Feb 2021: detected 3 min before impact, mitigated at a time not published, resolved after 47 min.",
    );
  });

  it("asks for a pick when nothing is selected", () => {
    expect(compareSummary([])).toBe("Pick at least one incident to compare.");
  });
});
