import { describe, expect, it } from "vitest";
import {
  corpusFigures,
  corpusMedian,
  coverage,
  formatMedian,
  median,
} from "../../src/lib/corpusFigures.ts";
import { allChartViews } from "../helpers/chartFixtures.ts";

describe("median", () => {
  it("takes the middle value of an odd count, in any order", () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("has no median without values", () => {
    expect(median([])).toBeNull();
  });
});

describe("corpusFigures", () => {
  it("takes each median over the incidents whose milestones give it, and says how many", () => {
    const figures = corpusFigures(allChartViews().map((v) => v.metrics));
    expect(figures.incidents).toBe(4);
    expect(figures.medianTimeToResolve).toMatchObject({ count: 4, of: 4 });
    // The single-span incident publishes no mitigation; the other three do.
    expect(figures.medianTimeToMitigate).toMatchObject({ count: 3, of: 4, approximate: true });
    expect(coverage(figures.medianTimeToMitigate)).toBe("3 of 4 incidents");
  });

  it("reads a median built on approximate figures as about, and none as not published", () => {
    const figure = corpusMedian([
      { ms: 125 * 60_000, approximate: false },
      { ms: 60 * 60_000, approximate: true },
      null,
    ]);
    expect(formatMedian(figure)).toBe("about 1 h 33 min");
    expect(coverage(figure)).toBe("2 of 3 incidents");
    expect(formatMedian(corpusMedian([null]))).toBe("not published");
  });
});
