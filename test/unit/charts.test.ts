import { describe, expect, it } from "vitest";
import { impactGanttSvg } from "../../src/charts/impactGantt.ts";
import { timelineSvg } from "../../src/charts/timeline.ts";
import { checkCorpus } from "../../src/lib/corpus.ts";
import { deriveMetrics } from "../../src/lib/metrics.ts";
import { createDocument } from "../../src/charts/dom.ts";
import { fixtureCorpus } from "../helpers/fixtureCorpus.ts";

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
    await expect(svg).toMatchFileSnapshot("../output/timeline-synthetic.svg");
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
    expect(root.querySelector('[data-lane="updates"] text')?.textContent).toBe("Status posts");
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
    await expect(svg).toMatchFileSnapshot("../output/impact-synthetic.svg");
  });

  it("draws one bar per span carrying its service and severity", () => {
    const bars = [...parse(svg).querySelectorAll("rect[data-service]")].map((el) => [
      el.getAttribute("data-service"),
      el.getAttribute("data-severity"),
    ]);
    expect(bars).toEqual([
      ["sign-in", "outage"],
      ["mail", "degraded"],
      ["sign-in", "advisory"],
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
