import type { Figure } from "../../src/charts/figure.ts";
import { el } from "../../src/lib/serialize.ts";

/** A small figure built by hand, with every part of the model, holding `text` everywhere. */
export function sampleFigure(text = "Ends & recovers"): Figure {
  return {
    chart: "timeline",
    incident: "2020-01-01-synthetic",
    title: `Timeline: ${text}`,
    summary: `Summary: ${text}`,
    source: `Publisher: ${text}`,
    label: `Chart: ${text}`,
    size: { width: 400, height: 100 },
    svg: el(
      "svg",
      { class: "timeline-svg", "data-domain": "2020-01-01T00:00:00Z/2020-01-02T00:00:00Z" },
      el(
        "g",
        {
          class: "tl-event",
          "data-event-id": "one",
          "data-title": text,
          transform: "translate(40,50)",
        },
        el("circle", { r: 5 }),
        el("title", {}, text),
      ),
    ),
    labels: [
      {
        text,
        x: 40,
        y: 30,
        anchor: "middle",
        baseline: "bottom",
        className: "tl-annotation",
        attributes: { "data-annotation": "one" },
      },
    ],
    legend: [
      {
        name: "Marks",
        items: [
          { label: "Impact period", key: { kind: "mark", mark: "impact-period" } },
          { label: text, key: { kind: "severity", severity: "outage" } },
          { label: "Times in UTC", key: { kind: "zone" } },
        ],
      },
    ],
    notes: [`Note: ${text}`],
    tables: [
      {
        caption: `Events: ${text}`,
        columns: ["Time", "Event", "Source"],
        rows: [
          {
            cells: [
              { text: "1 Jan 2020", time: { ms: Date.UTC(2020, 0, 1), precision: "minute" } },
              { text, strong: true, detail: text },
              { text: "example.com", href: "https://example.com/?a=1&b=2" },
            ],
            attributes: { "data-row-event": "one" },
          },
        ],
      },
    ],
    files: [{ slug: "2020-01-01-synthetic", file: "events" }],
  };
}
