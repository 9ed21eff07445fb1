/**
 * The key figures a journalist quotes from the two Azure AD pages, pinned to the providers'
 * own reports. Each figure is counted from the incident's milestones alone.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/lib/corpus.ts";
import { keyFigures } from "../../src/lib/keyFigures.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";

const corpus = loadCorpus(new URL("../..", import.meta.url).pathname);

function figures(slug: string) {
  const incident = corpus.incidents.get(slug);
  if (!incident) throw new Error(`no incident ${slug}`);
  const list = keyFigures(deriveMetrics(incident.events, incident.impact));
  return Object.fromEntries(list.map((f) => [f.label, { minutes: f.minutes, text: f.text }]));
}

describe("Azure AD, 28 September 2020 (RCA SM79-F88)", () => {
  const shown = figures("2020-09-28-azure-ad");

  it("detects in about 5 minutes", () => {
    // RCA timeline: impact from 21:25 UTC; "service monitoring detected" the problem
    // "within 5 minutes", so the minute of detection is not given: about.
    expect(shown["Time to detect"]).toEqual({ minutes: 5, text: "about 5 min" });
  });

  it("mitigates for most customers after 2 h 58 min, not at the interim scale-out", () => {
    // RCA: the service was restored for the majority of customers by 00:23 UTC on 29 Sep.
    expect(shown["Time to mitigate"]).toEqual({ minutes: 178, text: "2 h 58 min" });
  });

  it("resolves after 5 h, when the residual failures ended", () => {
    // RCA: a small number of customers saw residual failures until 02:25 UTC.
    expect(shown["Time to resolve"]).toEqual({ minutes: 300, text: "5 h" });
  });
});

describe("Azure AD, 15 March 2021 (PIR LN01-P8Z)", () => {
  const shown = figures("2021-03-15-azure-ad");

  it("mitigates after 2 h 05 min, when the key metadata was rolled back, not at the 19:35 revert", () => {
    // PIR: impact from 19:00 UTC; "mitigation for the Azure AD service was finalized at
    // 21:05 UTC" once the key metadata was rolled back.
    expect(shown["Time to mitigate"]).toEqual({ minutes: 125, text: "2 h 05 min" });
  });

  it("resolves after 14 h 37 min, with the last residual impact", () => {
    // PIR: mitigation for the residually impacted customers was declared at 09:37 UTC on 16 March.
    expect(shown["Time to resolve"]).toEqual({ minutes: 877, text: "14 h 37 min" });
  });

  it("does not publish a time to detect the review does not give", () => {
    expect(shown["Time to detect"]).toEqual({ minutes: null, text: "not published" });
  });
});
