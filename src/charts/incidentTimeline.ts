import { drawnOnce, type IncidentView } from "../lib/incidentView.ts";
import { timelineSvg } from "./timeline.ts";

/**
 * An incident's timeline as its page draws it, with an anchor on every event; drawn once
 * and shared by the page, the embed, the downloads and the social card.
 */
export function incidentTimelineSvg(view: IncidentView): string {
  const { events, updates, impact: spans } = view.data;
  const { impactStart, impactEnd } = view.metrics;
  return drawnOnce(view, "timeline", () =>
    timelineSvg({
      label: `Timeline of ${view.meta.title}. ${view.summaries.timeline}`,
      events,
      updates,
      impact: impactStart !== null && impactEnd !== null ? [impactStart, impactEnd] : null,
      spans,
      serviceNames: view.serviceNames,
      anchors: true,
    }),
  );
}
