import {
  expectChartSnapshot,
  impactGanttSvg,
  timelinePageSvg,
  timelineSvg,
} from "../helpers/drawnCharts.ts";
import { syntheticIncident } from "../helpers/syntheticTimeline.ts";
import { timelineMarks } from "../../src/charts/timeline.ts";
import { toXml } from "../../src/lib/serialize.ts";
import { describe, expect, it } from "vitest";

import { checkCorpusAt as checkCorpus } from "../../src/build/corpus.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";
import { createDocument } from "../../src/charts/dom.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";
import { chartView, DAY_PRECISION, MULTI_DAY, OVERLAP, SINGLE } from "../helpers/chartFixtures.ts";

const { corpus } = checkCorpus(fixtureCorpus());
const incident = corpus.incidents.get("2020-01-01-synthetic")!;
const metrics = deriveMetrics(incident.events, incident.impact);
const names = new Map([...corpus.services.values()].map((s) => [s.id, s.name]));

function parse(svg: string): Element {
  const document = createDocument();
  const div = document.createElement("div");
  div.innerHTML = svg;
  return div.firstElementChild!;
}

describe("timelineSvg", () => {
  const svg = timelineSvg({
    label: "Timeline of the synthetic incident",
    events: incident.events,
    updates: incident.updates,
    impact: [metrics.impactStart!, metrics.impactEnd!],
    spans: incident.impact,
    serviceNames: names,
    anchors: true,
  });

  it("matches the reviewed snapshot", async () => {
    expectChartSnapshot(svg, `timeline-synthetic`);
  });

  it("is an image with an accessible name", () => {
    const root = parse(svg);
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe("Timeline of the synthetic incident");
  });

  it("draws one mark per event, in time order", () => {
    const ids = [...parse(svg).querySelectorAll("[data-event-id]")].map((el) =>
      el.getAttribute("data-event-id"),
    );
    expect(ids).toEqual([
      "change",
      "impact-begins",
      "alert",
      "rollback",
      "status-post",
      "resolved",
      "review",
    ]);
  });

  it("draws times known to the hour or day as ranges, and lasting events as bars", () => {
    const root = parse(svg);
    expect(root.querySelector('[data-event-id="status-post"] .tl-range')).not.toBeNull();
    expect(root.querySelector('[data-event-id="rollback"] .tl-duration')).not.toBeNull();
    expect(root.querySelector('[data-event-id="alert"] rect')).toBeNull();
  });

  it("draws no point for a time known only to the hour or day", () => {
    const root = parse(svg);
    expect(root.querySelector('[data-event-id="status-post"] .tl-dot')).toBeNull();
    expect(root.querySelector('[data-event-id="review"] .tl-dot')).toBeNull();
    expect(root.querySelector('[data-event-id="review"] .tl-range')).not.toBeNull();
  });

  it("gives each event the id that deep links target, when asked", () => {
    const root = parse(svg);
    expect(root.querySelector("#event-rollback")?.getAttribute("data-event-id")).toBe("rollback");
    const plain = parse(timelineSvg({ label: "x", events: incident.events, impact: null }));
    expect(plain.querySelector("[id]")).toBeNull();
  });

  it("carries each event's title, detail and source for the popover", () => {
    const mark = parse(svg).querySelector('[data-event-id="impact-begins"]')!;
    expect(mark.getAttribute("data-title")).toBe("Sign-ins start failing");
    expect(mark.getAttribute("data-source")).toBe("https://example.com/synthetic-post-mortem");
    expect(mark.querySelector("desc")?.textContent).toContain('a "quote" and');
  });

  it("draws the worst service impact in effect as a strip of severity bands", () => {
    const bands = [...parse(svg).querySelectorAll(".tl-severity")].map((el) => [
      el.getAttribute("data-severity"),
      el.getAttribute("data-start"),
      el.getAttribute("data-end"),
    ]);
    expect(bands).toEqual([
      ["outage", "2020-01-01T10:05:00Z", "2020-01-01T11:05:00Z"],
      ["degraded", "2020-01-01T11:05:00Z", "2020-01-01T12:00:00Z"],
      ["advisory", "2020-01-01T12:00:00Z", "2020-01-01T17:05:00Z"],
    ]);
    expect(parse(svg).querySelector(".tl-severity title")?.textContent).toBe(
      "Outage, 1 Jan 2020, 10:05 UTC to 1 Jan 2020, 11:05 UTC: Example sign-in",
    );
  });

  it("puts a far-off follow-up in the side gutter, labelled as later", () => {
    const root = parse(svg);
    expect(root.querySelector(".tl-gutter-label")?.textContent).toBe("later");
  });

  it("gives status posts their own lane", () => {
    const root = parse(svg);
    expect(root.querySelector('text[data-lane="updates"]')?.textContent).toBe("Status posts");
    expect(root.querySelectorAll(".tl-update")).toHaveLength(1);
  });
});

describe("impactGanttSvg", () => {
  const svg = impactGanttSvg({
    label: "Service impact of the synthetic incident",
    spans: incident.impact,
    serviceNames: names,
    impactStart: metrics.impactStart,
  });

  it("matches the reviewed snapshot", async () => {
    expectChartSnapshot(svg, `impact-synthetic`);
  });

  it("draws one bar per span carrying its service and severity, grouped by service", () => {
    const bars = [...parse(svg).querySelectorAll("rect[data-service]")].map((el) => [
      el.getAttribute("data-service"),
      el.getAttribute("data-severity"),
    ]);
    expect(bars).toEqual([
      ["sign-in", "outage"],
      ["sign-in", "advisory"],
      ["mail", "degraded"],
    ]);
  });

  it("labels rows by service and region, and gives Plot's groups a role", () => {
    const root = parse(svg);
    expect(root.getAttribute("role")).toBe("img");
    const labels = [...root.querySelectorAll(".impact-label text")].map((el) => el.textContent);
    expect(labels).toEqual(["Example sign-in", "Example mail · eu-west"]);
    for (const g of root.querySelectorAll("g[aria-label]"))
      expect(g.getAttribute("role")).toBe("group");
  });
});

describe("impactGanttSvg on the synthetic chart fixtures", () => {
  const draw = (slug: string) => {
    const view = chartView(slug);
    return impactGanttSvg({
      label: `Service impact of ${view.meta.title}`,
      spans: view.data.impact,
      serviceNames: view.serviceNames,
      impactStart: view.metrics.impactStart,
    });
  };

  it.each([
    ["overlapping spans", OVERLAP, "impact-overlap"],
    ["a single span", SINGLE, "impact-single"],
    ["a ten-day incident", MULTI_DAY, "impact-multi-day"],
  ])("matches the reviewed snapshot for %s", async (_, slug, name) => {
    expectChartSnapshot(draw(slug), `${name}`);
  });

  it("keeps a service's regions together under it, the global row first", () => {
    const labels = [...parse(draw(OVERLAP)).querySelectorAll(".impact-label text")].map(
      (el) => el.textContent,
    );
    expect(labels).toEqual([
      "Example portal",
      "Example sign-in",
      "Example mail · eu-west",
      "Example mail · us-east",
      "Example chat",
    ]);
  });

  it("draws a track under every row, so a gap between spans shows as a gap", () => {
    const root = parse(draw(OVERLAP));
    expect(root.querySelectorAll(".impact-track rect")).toHaveLength(5);
    const chat = [...root.querySelectorAll('rect[data-service="chat"]')];
    expect(chat.map((el) => el.getAttribute("data-end"))).toEqual([
      "2020-03-02T10:40:00Z",
      "2020-03-02T12:00:00Z",
    ]);
  });

  it("draws overlapping spans of one row with the later one on top", () => {
    const portal = [...parse(draw(OVERLAP)).querySelectorAll('rect[data-service="portal"]')];
    expect(portal.map((el) => el.getAttribute("data-severity"))).toEqual(["major", "outage"]);
  });

  it("labels the time axis with dates over days and hours within one", () => {
    const ticks = (svg: string) =>
      [...parse(svg).querySelectorAll(".chart-axis text")].map((el) => el.textContent);
    expect(ticks(draw(MULTI_DAY))).toEqual(["4 Jan", "6 Jan", "8 Jan", "10 Jan", "12 Jan"]);
    expect(ticks(draw(SINGLE))).toContain("06:20");
  });

  it("writes the axis frame down, so the browser can redraw it in the reader's zone", () => {
    const axis = parse(draw(SINGLE)).querySelector(".chart-axis")!;
    expect(axis.getAttribute("data-domain")).toBe("2020-08-15T05:58:48Z/2020-08-15T06:41:12Z");
    expect(axis.getAttribute("data-range")).toBe("4,708");
  });
});

describe("timelineSvg on the synthetic chart fixtures", () => {
  const draw = (slug: string) => {
    const view = chartView(slug);
    const { impactStart, impactEnd } = view.metrics;
    return timelineSvg({
      label: `Timeline of ${view.meta.title}`,
      events: view.data.events,
      updates: view.data.updates,
      impact: impactStart !== null && impactEnd !== null ? [impactStart, impactEnd] : null,
    });
  };

  it.each([
    ["overlapping spans", OVERLAP, "timeline-overlap"],
    ["a single event", SINGLE, "timeline-single"],
    ["times known only to the day", DAY_PRECISION, "timeline-day-precision"],
    ["a ten-day incident", MULTI_DAY, "timeline-multi-day"],
  ])("matches the reviewed snapshot for %s", async (_, slug, name) => {
    expectChartSnapshot(draw(slug), `${name}`);
  });

  it("draws an incident of two events, its impact start and resolution, as two marks", () => {
    expect(parse(draw(SINGLE)).querySelectorAll("[data-event-id]")).toHaveLength(2);
  });

  it("draws every day-precision event as a range", () => {
    const root = parse(draw(DAY_PRECISION));
    const inside = [...root.querySelectorAll('[data-precision="day"]')].filter(
      (el) => el.querySelector(".tl-range") !== null,
    );
    expect(inside.length).toBeGreaterThan(0);
  });
});

describe("a timeline of 10,000 synthetic events, as the page draws it", () => {
  it("keeps every event in the HTML with its id, whatever the browser later culls", () => {
    const synthetic = syntheticIncident(10_000);
    const html = timelinePageSvg({ label: "Synthetic timeline", ...synthetic, anchors: true });
    const ids = [...html.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(10_000);
    expect(new Set(ids)).toEqual(new Set(synthetic.events.map((e) => e.id)));
  });
});

describe("the timeline in miniature, as a social card shows it", () => {
  it("names only the milestones, where the full drawing names the labelled events too", () => {
    const plain = incident.events.findIndex((e) => e.milestone === undefined && !e.label);
    const events = incident.events.map((e, i) =>
      i === plain ? { ...e, label: "A labelled moment" } : e,
    );
    expect(plain).toBeGreaterThanOrEqual(0);
    const ids = (options: Parameters<typeof timelineMarks>[1]) =>
      [
        ...toXml(timelineMarks({ events, impact: null }, options).svg).matchAll(
          /data-annotation="([^"]+)"/g,
        ),
      ]
        .map((m) => m[1])
        .sort();
    const milestones = events
      .filter((e) => e.milestone !== undefined)
      .map((e) => e.id)
      .sort();
    expect(milestones.length).toBeGreaterThan(0);
    expect(ids({ width: 640, milestonesOnly: true })).toEqual(milestones);
    expect(ids({ width: 640 })).toEqual(
      events
        .filter((e) => e.milestone !== undefined || e.label !== undefined)
        .map((e) => e.id)
        .sort(),
    );
  });
});
