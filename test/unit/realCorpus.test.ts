import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorpusAt as checkCorpus } from "../../src/build/corpus.ts";
import { viewOf } from "../../src/lib/incidentView.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { timelineFigure, timelinePreview } from "../../src/charts/figures/timelineFigure.ts";
import { socialCardOf } from "../../src/charts/render/socialCard.ts";
import { TIMELINE_BANDS } from "../../src/geometry/timelineLayout.ts";
import { toHtml } from "../../src/lib/serialize.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { corpus, problems } = checkCorpus(ROOT);
const slugs = [...corpus.frontmatter.keys()];
const utc = (iso: string) => Date.parse(iso);
const HEADINGS = ["Summary", "Timeline", "Impact", "Cause", "Response", "What changed"];

function body(slug: string): string {
  return readFileSync(join(ROOT, "content", "incidents", `${slug}.mdx`), "utf8").replace(
    /^---[\s\S]*?\n---\n/,
    "",
  );
}

describe("the published corpus", () => {
  it("passes the validator with no problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("holds at least 15 incidents across at least 8 providers and 2020 to 2025", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(15);
    expect(
      new Set([...corpus.frontmatter.values()].map((m) => m.provider)).size,
    ).toBeGreaterThanOrEqual(8);
    const years = new Set(slugs.map((s) => s.slice(0, 4)));
    for (const year of ["2020", "2021", "2022", "2023", "2024", "2025"])
      expect(years).toContain(year);
  });

  it("cites an https:// source on every CSV row and in every front matter source", () => {
    for (const incident of corpus.incidents.values()) {
      for (const row of [...incident.events, ...incident.impact])
        expect(row.source).toMatch(/^https:\/\//);
      for (const row of incident.updates) expect(row.url).toMatch(/^https:\/\//);
    }
    for (const meta of corpus.frontmatter.values())
      for (const s of meta.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it.each(slugs)(
    "%s has at least 6 events and a narrative of 350+ words in the standard sections",
    (slug) => {
      expect(corpus.incidents.get(slug)?.events.length).toBeGreaterThanOrEqual(6);
      const text = body(slug);
      expect(text.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(350);
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(HEADINGS);
    },
  );

  it("links the two Azure AD outages to each other", () => {
    expect(corpus.frontmatter.get("2020-09-28-azure-ad")?.related).toContain("2021-03-15-azure-ad");
    expect(corpus.frontmatter.get("2021-03-15-azure-ad")?.related).toContain("2020-09-28-azure-ad");
  });

  it("keeps the Exchange attacks at day precision with no service impact spans", () => {
    const incident = corpus.incidents.get("2021-03-02-exchange-proxylogon")!;
    expect(incident.events.every((e) => e.precision === "day")).toBe(true);
    expect(incident.impact).toEqual([]);
  });

  it("does not present the unverified 6:34 am post of 16 March 2021 as an event", () => {
    const incident = corpus.incidents.get("2021-03-15-azure-ad")!;
    const times = [...incident.events.map((e) => e.time), ...incident.updates.map((u) => u.time)];
    expect(times).not.toContain(utc("2021-03-16T10:34Z"));
  });

  it("roots the blast radius of both Azure AD outages at Azure AD", () => {
    for (const slug of ["2020-09-28-azure-ad", "2021-03-15-azure-ad"]) {
      const { nodes } = viewOf(corpus, slug).blast;
      expect(nodes.filter((n) => n.depth === 0).map((n) => n.service)).toEqual(["azure-ad"]);
      expect(nodes.map((n) => n.service)).toEqual(
        expect.arrayContaining(["teams", "exchange-online", "azure-portal", "dynamics-365"]),
      );
    }
    const march = viewOf(corpus, "2021-03-15-azure-ad").blast.nodes.map((n) => n.service);
    expect(march).toContain("xbox-live");
  });

  it("never claims a dependency documented for one outage in another", () => {
    // Azure AD fell with Azure Front Door in October 2025; the Azure AD outages' dependents
    // must not appear under it, nor Azure AD as a root.
    const { nodes } = viewOf(corpus, "2025-10-29-azure-front-door").blast;
    expect(nodes.filter((n) => n.depth === 0).map((n) => n.service)).toEqual(["azure-front-door"]);
    expect(nodes.map((n) => n.service)).not.toContain("teams");
  });
});

describe("the published timelines' annotations", () => {
  const context = { base: "/", corpus } as Parameters<typeof timelineFigure>[1];
  // Bands of widths from 400 px up: every milestone and every labelled event is named there.
  const WIDE_BANDS = TIMELINE_BANDS.map((width, band) => [width, band] as const).filter(
    ([width]) => width >= 400,
  );

  for (const slug of slugs)
    it(`${slug}: names every milestone and labelled event at 400 px and wider, in the rows the page makes room for`, () => {
      const view = viewOf(corpus, slug);
      const drawing = timelineFigure(view, context).fluid!.svg;
      const html = toHtml(drawing);
      const bandsOf = (id: string) =>
        [
          ...html.matchAll(
            new RegExp(
              `data-band="([0-9 ]+)"[^>]*>(?:<[^t][^>]*>)*<text[^>]*data-annotation="${id}"`,
              "g",
            ),
          ),
        ].flatMap((m) => (m[1] ?? "").split(" ").map(Number));
      const named = view.data.events.filter(
        (e) => e.milestone !== undefined || e.label !== undefined,
      );
      for (const event of named)
        for (const [width, band] of WIDE_BANDS)
          expect(bandsOf(event.id), `${event.id} at ${width} px`).toContain(band);
      for (const [band] of TIMELINE_BANDS.entries())
        expect(Number(drawing.attributes[`data-rows-${band}`])).toBeLessThanOrEqual(14);
    });
});

describe("the published social cards", () => {
  const context = { base: "/", corpus } as Parameters<typeof timelineFigure>[1];

  it("are the same drawn early, from the timeline's preview alone, as from the page's figure", () => {
    // The build starts every card before the pages exist; a card that differed would be
    // drawn twice, and the early one wasted.
    for (const slug of slugs) {
      const view = viewOf(corpus, slug);
      const early = socialCardOf(view, timelinePreview(view));
      expect(early, slug).toBe(socialCardOf(view, timelineFigure(view, context)));
      expect(early).toContain("<svg");
    }
  });
});
