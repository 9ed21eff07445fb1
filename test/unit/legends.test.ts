/**
 * A legend says only what its chart shows: the severity keys of the impact and concurrency
 * charts are the severities the incident's impact rows hold, in order of weight.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/build/corpus.ts";
import { concurrencyFigure } from "../../src/charts/figures/concurrencyFigure.ts";
import { impactFigure } from "../../src/charts/figures/impactFigure.ts";
import { viewOf } from "../../src/lib/incidentView.ts";
import { SEVERITIES } from "../../src/lib/schemas.ts";
import { SEVERITY_LABEL } from "../../src/charts/palette.ts";

const corpus = loadCorpus(join(import.meta.dirname, "..", ".."));
const context = { base: "/", corpus };

describe("severity legends", () => {
  it.each(["2020-09-28-azure-ad", "2021-03-15-azure-ad", "2022-06-21-cloudflare"])(
    "list only the severities %s's impact rows hold",
    (slug) => {
      const view = viewOf(corpus, slug);
      const held = new Set(view.data.impact.map((span) => span.severity));
      const expected = SEVERITIES.filter((s) => held.has(s)).map((s) => SEVERITY_LABEL[s]);
      for (const figure of [impactFigure(view, context), concurrencyFigure(view, context)]) {
        const severities = figure.legend
          .flatMap((group) => group.items)
          .filter((item) => item.key.kind === "severity")
          .map((item) => item.label);
        expect(severities, figure.chart).toEqual(expected);
      }
    },
  );

  it("leave out a severity the September 2020 incident never reached", () => {
    const view = viewOf(corpus, "2020-09-28-azure-ad");
    const labels = impactFigure(view, context).legend.flatMap((g) => g.items.map((i) => i.label));
    expect(view.data.impact.some((span) => span.severity === "degraded")).toBe(false);
    expect(labels).not.toContain(SEVERITY_LABEL.degraded);
  });
});
