/** The message an embed posts to its host page (DESIGN.md, embed protocol). */
export interface HeightMessage {
  type: "outage-atlas:height";
  chart: string;
  height: number;
}

/** What the host script sends each frame it finds already loaded: "tell me your height again". */
export const MEASURE_REQUEST = "outage-atlas:measure";

/**
 * Tells the host page how tall the embed is now and whenever that changes: a data table
 * opened, a narrower column, a theme with other fonts. Posting to any origin is safe; the
 * height is no secret, and the host script checks who sent it. A host script that arrives
 * after the chart has reported (it loads `async`, after the iframe) asks again, and the chart
 * answers the page that framed it.
 */
export function reportHeight(root: HTMLElement, chart: string): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: "outage-atlas:height", chart, height };
    window.parent.postMessage(message, "*");
  };
  new ResizeObserver(post).observe(root);
  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== window.parent || event.data?.type !== MEASURE_REQUEST) return;
    last = -1;
    post();
  });
  post();
}
