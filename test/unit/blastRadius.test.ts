import { describe, expect, it } from "vitest";
import { blastRadius } from "../../src/lib/blastRadius.ts";
import type { DependencyRow, ImpactRow } from "../../src/lib/schemas.ts";
import { chartView, MULTI_DAY, OVERLAP, SINGLE } from "../helpers/chartFixtures.ts";

const t = (h: number) => Date.UTC(2020, 0, 1, h);
const CITED = "https://example.com/review";
const span = (service: string, start: number, end: number): ImpactRow => ({
  service,
  region: "global",
  start,
  end,
  severity: "major",
  source: CITED,
  line: 2,
});
const dependency = (service: string, on: string, source = CITED): DependencyRow => ({
  service,
  depends_on: on,
  source,
  line: 2,
});

describe("blastRadius", () => {
  it("puts the root first and the services that failed with it under it", () => {
    const { nodes } = chartView(OVERLAP).blast;
    expect(nodes.map((n) => [n.service, n.parent, n.depth])).toEqual([
      ["sign-in", null, 0],
      ["portal", "sign-in", 1],
      ["mail", "sign-in", 1],
      ["chat", "sign-in", 1],
    ]);
  });

  it("follows a chain of dependencies, each a level deeper", () => {
    const { nodes } = chartView(MULTI_DAY).blast;
    expect(nodes.map((n) => [n.service, n.depth])).toEqual([
      ["dns", 0],
      ["files", 1],
      ["backup", 2],
    ]);
  });

  it("ignores dependencies stated only in sources the incident does not cite", () => {
    const blast = blastRadius({
      impact: [span("sign-in", t(10), t(12)), span("mail", t(10), t(11))],
      dependencies: [dependency("mail", "sign-in", "https://example.com/another-outage")],
      cited: new Set([CITED]),
    });
    expect(blast.nodes).toEqual([]);
    expect(chartView(SINGLE).blast.nodes).toEqual([]);
  });

  it("ignores a dependency on a service that was not impaired in the incident", () => {
    const blast = blastRadius({
      impact: [span("mail", t(10), t(11))],
      dependencies: [dependency("mail", "sign-in")],
      cited: new Set([CITED]),
    });
    expect(blast.nodes).toEqual([]);
    expect(blast.unlinked).toEqual(["mail"]);
  });

  it("keeps a dependent named by the sources but without a span, marked as untimed", () => {
    const blast = blastRadius({
      impact: [span("sign-in", t(10), t(12))],
      dependencies: [dependency("games", "sign-in")],
      cited: new Set([CITED]),
    });
    expect(blast.nodes[1]).toMatchObject({ service: "games", severity: null, impaired: null });
  });

  it("counts how long each service was impaired, overlapping spans once", () => {
    const blast = blastRadius({
      impact: [span("sign-in", t(10), t(12)), span("sign-in", t(11), t(13))],
      dependencies: [dependency("mail", "sign-in")],
      cited: new Set([CITED]),
    });
    expect(blast.nodes[0]?.impaired).toBe(3 * 3_600_000);
  });

  it("draws each pair of services once even when two sources state it", () => {
    const blast = blastRadius({
      impact: [span("sign-in", t(10), t(12)), span("mail", t(10), t(11))],
      dependencies: [
        dependency("mail", "sign-in"),
        dependency("mail", "sign-in", "https://example.com/other"),
      ],
      cited: new Set([CITED, "https://example.com/other"]),
    });
    expect(blast.edges).toHaveLength(1);
    expect(blast.nodes).toHaveLength(2);
  });

  it("still places services whose dependencies form a loop, from the earliest hit", () => {
    const blast = blastRadius({
      impact: [span("a", t(10), t(12)), span("b", t(11), t(12))],
      dependencies: [dependency("a", "b"), dependency("b", "a")],
      cited: new Set([CITED]),
    });
    expect(blast.nodes.map((n) => [n.service, n.depth])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("lists impaired services that no documented dependency links to a root", () => {
    expect(chartView(OVERLAP).blast.unlinked).toEqual([]);
    const blast = blastRadius({
      impact: [span("sign-in", t(10), t(12)), span("mail", t(10), t(11)), span("dns", t(9), t(10))],
      dependencies: [dependency("mail", "sign-in")],
      cited: new Set([CITED]),
    });
    expect(blast.unlinked).toEqual(["dns"]);
  });
});
