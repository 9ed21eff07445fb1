import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorpusAt as checkCorpus } from "../../src/build/corpus.ts";
import { concurrencyChart } from "../../src/charts/concurrencyChart.ts";
import { impactDomain, impactGantt } from "../../src/charts/impactGantt.ts";
import { fittable } from "../../src/charts/plotDom.ts";
import { WIDTH_BANDS } from "../../src/geometry/bands.ts";
import { viewOf, type IncidentView } from "../../src/lib/incidentView.ts";
import { el, toXml, type Element, type MarkupNode } from "../../src/lib/serialize.ts";
import { allChartViews } from "../helpers/chartFixtures.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { corpus } = checkCorpus(ROOT);
const views: IncidentView[] = [
  ...[...corpus.frontmatter.keys()].map((slug) => viewOf(corpus, slug)),
  ...allChartViews(),
];
const WIDTHS = [...WIDTH_BANDS, 320, 1280];

const impactInput = (view: IncidentView) => ({
  label: view.meta.title,
  spans: view.data.impact,
  serviceNames: view.serviceNames,
  impactStart: view.metrics.impactStart,
});
const concurrencyInput = (view: IncidentView) => ({
  label: view.meta.title,
  steps: view.concurrency,
  domain: impactDomain(view.data.impact, view.metrics.impactStart),
  impactStart: view.metrics.impactStart,
});

/**
 * Where two drawings differ: an element name, attribute or text that is not the same, or a
 * number more than the tenth coordinates are rounded to apart. Empty when they match.
 */
function differences(a: MarkupNode, b: MarkupNode, path = "svg"): string[] {
  if (typeof a === "string" || typeof b === "string" || "prewritten" in a || "prewritten" in b)
    return a === b ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  if (a.name !== b.name) return [`${path}: <${a.name}> ≠ <${b.name}>`];
  const out: string[] = [];
  const names = Object.keys(a.attributes);
  if (names.join() !== Object.keys(b.attributes).join())
    out.push(`${path}: attributes ${names.join()} ≠ ${Object.keys(b.attributes).join()}`);
  for (const name of names) {
    const x = String(a.attributes[name]);
    const y = String(b.attributes[name]);
    const nx = x.match(/-?\d+(?:\.\d+)?/g) ?? [];
    const ny = y.match(/-?\d+(?:\.\d+)?/g) ?? [];
    const sameWords = x.replace(/-?\d+(?:\.\d+)?/g, "#") === y.replace(/-?\d+(?:\.\d+)?/g, "#");
    const close =
      nx.length === ny.length && nx.every((n, i) => Math.abs(Number(n) - Number(ny[i])) <= 0.1001);
    if (!sameWords || !close) out.push(`${path}@${name}: ${x} ≠ ${y}`);
  }
  if (a.children.length !== b.children.length)
    out.push(`${path}: ${a.children.length} children ≠ ${b.children.length}`);
  a.children.forEach((child, i) => {
    const other = b.children[i];
    if (other !== undefined) out.push(...differences(child, other, `${path}/${i}`));
  });
  return out;
}

describe("charts Plot draws once and fits to each width", () => {
  const cases = [
    ["impact", impactGantt, impactInput],
    ["concurrency", concurrencyChart, concurrencyInput],
  ] as const;
  for (const [name, draw, input] of cases) {
    it(`the ${name} chart at every band width is the one Plot draws at that width, for ${views.length} incidents`, () => {
      let compared = 0;
      const unequal: string[] = [];
      for (const view of views) {
        if (view.data.impact.length === 0) continue;
        // Each chart function is called with its own input type.
        const fitted = (draw as (i: unknown, w?: number) => ReturnType<typeof impactGantt>)(
          input(view),
        );
        for (const width of WIDTHS) {
          const direct = (draw as (i: unknown, w?: number) => ReturnType<typeof impactGantt>)(
            input(view),
            width,
          ).at(width);
          const stretched = fitted.at(width);
          expect(stretched.size).toEqual(direct.size);
          const found = differences(stretched.svg, direct.svg);
          expect(found.slice(0, 5), `${view.slug} at ${width}`).toEqual([]);
          if (toXml(stretched.svg) !== toXml(direct.svg)) unequal.push(`${view.slug}@${width}`);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(100);
      // Rounding to a tenth may land the other way on a rare tie; nearly every drawing is the
      // very same markup.
      expect(unequal.length).toBeLessThanOrEqual(compared / 20);
    });
  }
});

describe("fittable", () => {
  const stretch = { from: [10, 110], to: [10, 210] } as const;
  const fit = (element: Element) => fittable(el("svg", {}, element))(stretch).children[0];

  it("moves positions and scales lengths along x, leaving y alone", () => {
    expect(fit(el("rect", { x: 60, y: 5.25, width: 20, height: 3 }))).toEqual(
      el("rect", { x: "110", y: "5.3", width: "40", height: "3" }),
    );
    expect(fit(el("line", { x1: 10, x2: 110, y1: 1, y2: 1 }))).toEqual(
      el("line", { x1: "10", x2: "210", y1: "1", y2: "1" }),
    );
  });

  it("moves a mark's own translation but keeps a group's offset", () => {
    expect(fit(el("text", { transform: "translate(60,7)" }, "a"))).toEqual(
      el("text", { transform: "translate(110,7)" }, "a"),
    );
    expect(fit(el("g", { transform: "translate(0,-7)" }))).toEqual(
      el("g", { transform: "translate(0,-7)" }),
    );
  });

  it("moves absolute path points and scales relative ones", () => {
    expect(fit(el("path", { d: "M10,5L60,5L60,9h5v2Z" }))).toEqual(
      el("path", { d: "M10,5L110,5L110,9h10v2Z" }),
    );
  });

  it("refuses what it cannot stretch rather than draw it wrong", () => {
    expect(() => fit(el("path", { d: "M10,5A5,5,0,0,1,20,5" }))).toThrow(/Cannot stretch/);
    expect(() => fit(el("circle", { cx: 20, cy: 5, r: 3 }))).toThrow(/Cannot stretch/);
  });
});
