import { describe, expect, it } from "vitest";
import type { ImpactRow } from "../../src/lib/schemas.ts";
import { severityBands } from "../../src/lib/severityBands.ts";

const at = (hour: number) => Date.UTC(2020, 0, 1, hour);
const span = (
  service: string,
  start: number,
  end: number,
  severity: ImpactRow["severity"],
): ImpactRow => ({
  service,
  region: "global",
  start: at(start),
  end: at(end),
  severity,
  source: "https://example.com/synthetic",
  line: 2,
});

describe("severityBands", () => {
  it("shows the worst severity in effect at every moment", () => {
    const bands = severityBands([
      span("sign-in", 10, 12, "outage"),
      span("mail", 9, 14, "degraded"),
    ]);
    expect(bands.map((b) => [b.start, b.end, b.severity, b.services])).toEqual([
      [at(9), at(10), "degraded", ["mail"]],
      [at(10), at(12), "outage", ["sign-in"]],
      [at(12), at(14), "degraded", ["mail"]],
    ]);
  });

  it("names every service at the worst severity, once", () => {
    const bands = severityBands([
      span("sign-in", 10, 12, "major"),
      span("mail", 10, 12, "major"),
      span("sign-in", 11, 12, "major"),
    ]);
    expect(bands).toHaveLength(1);
    expect(bands[0]?.services).toEqual(["sign-in", "mail"]);
  });

  it("leaves gaps without impact empty", () => {
    const bands = severityBands([span("a", 1, 2, "advisory"), span("a", 3, 4, "advisory")]);
    expect(bands.map((b) => [b.start, b.end])).toEqual([
      [at(1), at(2)],
      [at(3), at(4)],
    ]);
  });

  it("draws nothing when there are no spans", () => {
    expect(severityBands([])).toEqual([]);
  });
});
