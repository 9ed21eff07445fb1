import { filesForChart } from "../../lib/dataFiles.ts";
import type { IncidentView } from "../../lib/incidentView.ts";
import { PHASES, SEVERITIES } from "../../lib/schemas.ts";
import { severityBands } from "../../lib/severityBands.ts";
import { LANE_LABELS, TIMELINE } from "../../geometry/timelineLayout.ts";
import type { ChartMarks, DataTable, Figure, LegendGroup, LegendItem } from "../figure.ts";
import { SEVERITY_LABEL } from "../palette.ts";
import { timelineMarks } from "../timeline.ts";
import { sourceCell, timeCell, type FigureContext } from "./context.ts";

type MarkKey = Extract<LegendItem["key"], { kind: "mark" }>["mark"];

/** The key of the timeline: the marks, the phases present and the severities of the strip. */
function timelineLegend(view: IncidentView): LegendGroup[] {
  const { events, impact, updates } = view.data;
  const impactShown = view.metrics.impactStart !== null && view.metrics.impactEnd !== null;
  const phases = PHASES.filter((phase) => events.some((e) => e.phase === phase));
  // The strip shows the worst severity in effect, so only those reach the key.
  const bands = severityBands(impact);
  const severities = SEVERITIES.filter((s) => bands.some((b) => b.severity === s));
  const groups: LegendGroup[] = [
    {
      name: "Marks",
      items: (
        [
          impactShown && ["Impact period", "impact-period"],
          events.some((e) => e.precision === "minute") && ["Time known to the minute", "point"],
          events.some((e) => e.precision !== "minute") && [
            "Known only to the hour or day",
            "range",
          ],
          events.some((e) => e.end !== undefined && e.end > e.time) && ["Lasting", "duration"],
          updates.length > 0 && ["Public status post", "post"],
        ] as Array<false | [string, MarkKey]>
      )
        .filter((item) => item !== false)
        .map(([label, mark]): LegendItem => ({ label, key: { kind: "mark", mark } })),
    },
    {
      name: "Phases",
      items: phases.map((phase) => ({ label: LANE_LABELS[phase], key: { kind: "phase", phase } })),
    },
  ];
  if (severities.length > 0)
    groups.push({
      name: "Service impact, worst in effect",
      intro: "Service impact:",
      items: severities.map((severity) => ({
        label: SEVERITY_LABEL[severity],
        key: { kind: "severity", severity },
      })),
    });
  return groups;
}

/** The timeline's data as tables: every event, and every public status post. */
function timelineTables(view: IncidentView): DataTable[] {
  const { events, updates } = view.data;
  const ordered = [...events].sort((a, b) => a.time - b.time || a.line - b.line);
  const tables: DataTable[] = [
    {
      caption: "Events of the timeline, in time order",
      columns: ["Time", "Phase", "Event", "Source"],
      rows: ordered.map((event) => ({
        attributes: { "data-row-event": event.id },
        cells: [
          timeCell(event.time, event.precision),
          event.phase,
          { text: event.title, strong: true, ...(event.detail ? { detail: event.detail } : {}) },
          sourceCell(event.source, event.archive),
        ],
      })),
    },
  ];
  if (updates.length > 0)
    tables.push({
      caption: "Public status posts",
      captionVisible: true,
      className: "tl-posts",
      columns: ["Time", "Channel", "Post", "Source"],
      rows: [...updates]
        .sort((a, b) => a.time - b.time)
        .map((update) => ({
          cells: [
            timeCell(update.time),
            update.channel,
            { text: update.author, strong: true, detail: update.text },
            sourceCell(update.url, update.archive),
          ],
        })),
    });
  return tables;
}

/** What an incident's timeline is drawn from. */
function timelineInput(view: IncidentView) {
  const { events, updates, impact: spans } = view.data;
  const { impactStart, impactEnd } = view.metrics;
  return {
    events,
    updates,
    impact:
      impactStart !== null && impactEnd !== null
        ? ([impactStart, impactEnd] as [number, number])
        : null,
    spans,
    serviceNames: view.serviceNames,
    anchors: true,
  };
}

/**
 * The timeline as a social card shows it in miniature: only its milestones named. The
 * figure keeps this drawing as its `preview`; a card can be drawn from it alone.
 */
export function timelinePreview(view: IncidentView): ChartMarks {
  return timelineMarks(timelineInput(view), { width: TIMELINE.width, milestonesOnly: true });
}

/**
 * An incident's timeline figure, with an anchor on every event: the page, the embed, the
 * downloads and the social card all draw this one.
 */
export function timelineFigure(view: IncidentView, context: FigureContext): Figure {
  const input = timelineInput(view);
  const marks = timelineMarks(input, { width: TIMELINE.width });
  const page = timelineMarks(input);
  return {
    chart: "timeline",
    incident: view.slug,
    title: "Timeline",
    summary: view.summaries.timeline,
    source: [...new Set(view.meta.sources.map((s) => s.publisher))].slice(0, 3).join("; "),
    label: `Timeline of ${view.meta.title}. ${view.summaries.timeline}`,
    size: marks.size,
    svg: marks.svg,
    fluid: { svg: page.svg, height: page.size.height },
    preview: timelinePreview(view),
    labels: marks.labels ?? [],
    legend: timelineLegend(view),
    notes: [],
    tables: timelineTables(view),
    files: filesForChart(context.corpus, view.slug, "timeline"),
  };
}
