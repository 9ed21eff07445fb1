import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, projectCopy } from "../helpers/projectCopy.ts";

const SLUG = "2020-09-28-azure-ad";
const EVENTS = `data/incidents/${SLUG}/events.csv`;

function eventIds(dir: string): string[] {
  const html = readFileSync(join(dir, "dist", "incidents", SLUG, "index.html"), "utf8");
  return [...html.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1] ?? "");
}

const lineCount = (dir: string) =>
  readFileSync(join(dir, EVENTS), "utf8").trimEnd().split("\n").length;

describe("building the site from the CSV files", () => {
  it("shows one more event after a row is added to events.csv", () => {
    const dir = projectCopy();
    const first = build(dir);
    expect(first.ok, first.output).toBe(true);
    const before = eventIds(dir);
    appendFileSync(
      join(dir, EVENTS),
      "added-for-test,2020-09-28T23:00Z,,minute,communication,An added test event,,,,https://example.com/test,\n",
    );
    const second = build(dir);
    expect(second.ok, second.output).toBe(true);
    const after = eventIds(dir);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContain("added-for-test");
  });

  it("fails on a Moment naming an event that is not in events.csv, naming the MDX line", () => {
    const dir = projectCopy();
    const mdx = join(dir, "content", "incidents", `${SLUG}.mdx`);
    const source = readFileSync(mdx, "utf8");
    const line = source.split("\n").length + 1;
    writeFileSync(mdx, `${source}\n<Moment event="x">A passage about nothing recorded.</Moment>\n`);
    const result = build(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `content/incidents/${SLUG}.mdx:${line}: Moment event: found "x"; allowed: an id from data/incidents/${SLUG}/events.csv`,
    );
  });

  it("fails on a time without a zone, naming events.csv and the line", () => {
    const dir = projectCopy();
    const line = lineCount(dir) + 1;
    appendFileSync(
      join(dir, EVENTS),
      "no-zone,2020-09-28T23:00,,minute,communication,A time without a zone,,,,https://example.com/test,\n",
    );
    const result = build(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `${EVENTS}:${line}: time: found "2020-09-28T23:00", which has no time zone`,
    );
  });
});
