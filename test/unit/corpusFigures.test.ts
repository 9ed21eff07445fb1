import { describe, expect, it } from "vitest";
import { corpusFigures, median } from "../../src/lib/corpusFigures.ts";
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
  it("counts every incident and takes medians over those where each figure is known", () => {
    const figures = corpusFigures(allChartViews().map((v) => v.metrics));
    expect(figures.incidents).toBe(4);
    expect(figures.withDuration).toBe(4);
    // Time to mitigate is known for the overlap incident only (35 min); the others have no
    // mitigation known to the hour or better.
    expect(figures.withTimeToMitigate).toBe(1);
    expect(figures.medianTimeToMitigate).toBe(35 * 60_000);
  });
});
