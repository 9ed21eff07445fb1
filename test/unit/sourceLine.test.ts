import { describe, expect, it } from "vitest";
import { dependencySourceLine, sourceLine } from "../../src/lib/sourceLine.ts";
import { chartView, OVERLAP } from "../helpers/chartFixtures.ts";

describe("sourceLine", () => {
  it("names the incident's publishers once each", () => {
    expect(sourceLine(chartView(OVERLAP).meta)).toBe("Example");
  });
});

describe("dependencySourceLine", () => {
  it("names a dependency's source by its publisher when the incident lists it, else by host", () => {
    const { meta } = chartView(OVERLAP);
    expect(
      dependencySourceLine(meta, [
        "https://example.com/synthetic-overlap-review",
        "https://www.example.net/post",
        "https://example.com/synthetic-overlap-review",
      ]),
    ).toBe("Example; example.net");
  });
});
