import { expect, test, type Browser, type Page } from "@playwright/test";
import { chartsOnIncidentPages, corpus } from "./helpers.ts";
import type { EventRow } from "../../src/lib/schemas.ts";

/**
 * Every chart reads at every width, with JavaScript on and off (DESIGN.md, DOM contract): no
 * visible text rendered under 11 CSS px, none outside its drawing (or, where the drawing lets
 * text overflow, its figure) or the page, no two texts overlapping; and the timeline labels
 * each milestone on the chart itself, and every other event with a label wherever the
 * drawing is 400 px wide or more.
 */

/** Both Azure AD outages, and an incident with every kind of incident chart. */
const INCIDENTS = [
  "2020-09-28-azure-ad",
  "2021-03-15-azure-ad",
  "2025-11-18-cloudflare-bot-management",
];
const EMBED_WIDTHS = [320, 600, 1000];
const PAGE_WIDTHS = [375, 1280];
const SITE_PAGES = ["/", "/compare/"];
const SITE_CHARTS = ["overview", "compare", "response-times"];

const MIN_PX = 11;
const TOLERANCE = 2;

interface Finding {
  chart: string;
  rule: "small" | "outside" | "overlap" | "annotation";
  text: string;
  detail: string;
}

interface Measured {
  views: number;
  findings: Finding[];
}

/**
 * Measures every chart on the page in one pass. Runs in the page, so it is self-contained.
 * `milestones` maps an incident's slug to the ids of its milestone events, `labelled` to the
 * ids of its other events with a label, which a timeline 400 px wide or more must name too.
 */
function measure({
  milestones,
  labelled,
  min,
  slack,
}: {
  milestones: Record<string, string[]>;
  labelled: Record<string, string[]>;
  min: number;
  slack: number;
}): Measured {
  const findings: Finding[] = [];
  const pageWidth = document.documentElement.clientWidth;
  const shown = (el: Element) =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const scaleOf = (el: SVGGraphicsElement) => {
    const m = el.getScreenCTM();
    return m ? Math.hypot(m.a, m.b) : 1;
  };
  const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
  const figures = [...document.querySelectorAll<HTMLElement>("figure[data-chart]")].filter(
    (figure) => !figure.closest("dialog") && shown(figure),
  );
  for (const figure of figures) {
    const chart = `${figure.dataset["chart"]}/${figure.dataset["incident"]}`;
    const figureBox = figure.getBoundingClientRect();
    type Text = { el: Element; text: string; size: number; box: DOMRect; bounds: DOMRect };
    const texts: Text[] = [];
    // SVG texts: leaf <text> and <tspan> elements with words in them.
    for (const el of figure.querySelectorAll<SVGTextContentElement>("svg text, svg tspan")) {
      if (el.querySelector("tspan")) continue;
      const text = el.textContent?.trim() ?? "";
      if (!text || !shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const svg = el.ownerSVGElement as SVGSVGElement;
      const size = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
      const lets = getComputedStyle(svg).overflow === "visible";
      texts.push({
        el,
        text,
        size,
        box,
        bounds: lets ? figureBox : svg.getBoundingClientRect(),
      });
    }
    // HTML texts in the drawing (label layers) and in the legend: elements holding words.
    for (const el of figure.querySelectorAll<HTMLElement>(
      ".chart__body *:not(svg, svg *), .chart__legend *:not(svg, svg *)",
    )) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("")
        .trim();
      if (!own || !shown(el)) continue;
      if (el.closest("button, select, [role='dialog'], .tl-popover, .chart-tip")) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      texts.push({
        el,
        text: own,
        size: parseFloat(getComputedStyle(el).fontSize),
        box,
        bounds: figureBox,
      });
    }
    for (const t of texts) {
      if (t.size < min - 0.01)
        findings.push({
          chart,
          rule: "small",
          text: short(t.text),
          detail: `${t.size.toFixed(1)} px`,
        });
      const { box, bounds } = t;
      const out =
        box.left < bounds.left - slack ||
        box.right > bounds.right + slack ||
        box.top < bounds.top - slack ||
        box.bottom > bounds.bottom + slack ||
        box.left < -slack ||
        box.right > pageWidth + slack;
      if (out)
        findings.push({
          chart,
          rule: "outside",
          text: short(t.text),
          detail: `${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(bounds.left)}–${Math.round(bounds.right)} (page ${pageWidth})`,
        });
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i] as Text;
        const b = texts[j] as Text;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 1 && h > 1)
          findings.push({
            chart,
            rule: "overlap",
            text: `${short(a.text)} × ${short(b.text)}`,
            detail: `${w.toFixed(0)}×${h.toFixed(0)} px`,
          });
      }
    }
    if (figure.dataset["chart"] === "timeline") {
      const slug = figure.dataset["incident"] ?? "";
      const drawing = figure.querySelector("svg.timeline-svg")?.getBoundingClientRect().width ?? 0;
      const named = [
        ...(milestones[slug] ?? []),
        ...(drawing >= 400 ? (labelled[slug] ?? []) : []),
      ];
      for (const id of named) {
        // A label may be drawn once per layout; the one this width shows must be visible.
        const labels = [...figure.querySelectorAll(`[data-annotation="${CSS.escape(id)}"]`)];
        const label =
          labels.find((l) => shown(l) && l.getBoundingClientRect().width > 0) ?? labels[0];
        const size = !label
          ? 0
          : label instanceof SVGGraphicsElement
            ? parseFloat(getComputedStyle(label).fontSize) * scaleOf(label)
            : parseFloat(getComputedStyle(label).fontSize);
        const box = label?.getBoundingClientRect();
        if (!label || !shown(label) || !box?.width || size < min - 0.01)
          findings.push({
            chart,
            rule: "annotation",
            text: id,
            detail: !label ? "no label" : !shown(label) || !box?.width ? "hidden" : `${size} px`,
          });
      }
    }
  }
  return { views: figures.length, findings };
}

/** The ids of each incident's events that pass `test`, by slug. */
const eventsBySlug = (test: (event: EventRow) => boolean): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [slug, incident] of corpus().incidents)
    out[slug] = incident.events.filter(test).map((e) => e.id);
  return out;
};

async function settle(page: Page, script: boolean): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (script && (await page.locator('figure[data-chart="timeline"] svg.timeline-svg').count()))
    if (!(await page.locator("html[data-embed]").count()))
      await expect(page.locator("svg.timeline-svg[data-enhanced]").first()).toBeAttached();
}

/** Loads each path at each width and measures every chart on it. */
async function check(
  browser: Browser,
  script: boolean,
  paths: string[],
  widths: number[],
): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: script });
  const page = await context.newPage();
  const milestones = eventsBySlug((e) => e.milestone !== undefined);
  const labelled = eventsBySlug((e) => e.milestone === undefined && e.label !== undefined);
  const findings: string[] = [];
  let views = 0;
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(path);
      await settle(page, script);
      const result = await page.evaluate(measure, {
        milestones,
        labelled,
        min: MIN_PX,
        slack: TOLERANCE,
      });
      views += result.views;
      for (const f of result.findings)
        findings.push(
          `${path} @${width} ${script ? "js" : "no-js"} ${f.chart} ${f.rule}: ${f.text} (${f.detail})`,
        );
    }
  }
  await context.close();
  const counts = { small: 0, outside: 0, overlap: 0, annotation: 0 } as Record<string, number>;
  for (const f of findings) {
    const rule = / (small|outside|overlap|annotation): /.exec(f)?.[1] ?? "";
    counts[rule] = (counts[rule] ?? 0) + 1;
  }
  test.info().annotations.push({
    type: "legibility",
    description: `${views} chart views; ${JSON.stringify(counts)}`,
  });
  expect(views).toBeGreaterThan(0);
  expect(findings).toEqual([]);
}

const embedPaths = (slug: string) =>
  chartsOnIncidentPages()
    .filter((c) => c.slug === slug)
    .map((c) => `/embed/${slug}/${c.chart}/`);

for (const script of [true, false]) {
  const js = script ? "JavaScript on" : "JavaScript off";
  test.describe(`charts read at every width, ${js}`, () => {
    for (const slug of INCIDENTS) {
      test(`${slug}: every embed at ${EMBED_WIDTHS.join(", ")} px`, async ({ browser }) => {
        await check(browser, script, embedPaths(slug), EMBED_WIDTHS);
      });
      test(`${slug}: the incident page at ${PAGE_WIDTHS.join(" and ")} px`, async ({ browser }) => {
        await check(browser, script, [`/incidents/${slug}/`], PAGE_WIDTHS);
      });
    }
    test(`the site charts on their pages at ${PAGE_WIDTHS.join(" and ")} px`, async ({
      browser,
    }) => {
      await check(browser, script, SITE_PAGES, PAGE_WIDTHS);
    });
    test(`the site charts as embeds at ${EMBED_WIDTHS.join(", ")} px`, async ({ browser }) => {
      const paths = SITE_CHARTS.map((chart) => `/embed/all/${chart}/`);
      await check(browser, script, paths, EMBED_WIDTHS);
    });
  });
}
