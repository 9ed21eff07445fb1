import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, projectCopy } from "../helpers/projectCopy.ts";

const SOURCE = "https://example.com/synthetic-post-mortem";

function newIncident(dir: string, args: string[]) {
  return spawnSync("npx", ["--no", "npm", "run", "--silent", "new", "--", ...args], {
    cwd: dir,
    encoding: "utf8",
    input: "",
  });
}

describe("an editor adding an incident", () => {
  it("scaffolds with no terminal and no flags, and the filled-in incident is published", () => {
    const dir = projectCopy();
    const slug = "2026-01-02-synthetic-test";
    const created = newIncident(dir, [slug]);
    expect(created.status, created.stderr).toBe(0);
    const mdx = readFileSync(join(dir, "content", "incidents", `${slug}.mdx`), "utf8");
    for (const heading of ["Summary", "Timeline", "Impact", "Cause", "Response", "What changed"]) {
      expect(mdx).toContain(`## ${heading}`);
    }
    const data = join(dir, "data", "incidents", slug);
    expect(readFileSync(join(data, "events.csv"), "utf8")).toBe(
      "id,time,end,precision,phase,title,detail,milestone,label,source,archive\n",
    );
    expect(readFileSync(join(data, "impact.csv"), "utf8")).toBe(
      "service,region,start,end,severity,note,source,archive\n",
    );

    const empty = build(dir);
    expect(empty.ok).toBe(false);
    expect(empty.output).toContain(`data/incidents/${slug}/events.csv:2: found no events`);

    appendFileSync(
      join(data, "events.csv"),
      `synthetic-start,2026-01-02T10:00Z,,minute,impact,Synthetic impact begins,,impact-start,,${SOURCE},\n` +
        `synthetic-end,2026-01-02T11:00Z,,minute,resolved,Synthetic impact ends,,resolved,,${SOURCE},\n`,
    );
    appendFileSync(
      join(data, "impact.csv"),
      `azure-ad,global,2026-01-02T10:00Z,2026-01-02T11:00Z,major,,${SOURCE},\n`,
    );
    const filled = build(dir);
    expect(filled.ok, filled.output).toBe(true);
    const page = readFileSync(join(dir, "dist", "incidents", slug, "index.html"), "utf8");
    expect(page).toContain('data-event-id="synthetic-start"');
    expect(readFileSync(join(dir, "dist", "index.html"), "utf8")).toContain(`/incidents/${slug}/`);
  });

  it("refuses a malformed slug and an existing one", () => {
    const dir = projectCopy();
    expect(newIncident(dir, ["Not_A_Slug"]).stderr).toMatch(
      /not allowed: write YYYY-MM-DD-short-name/,
    );
    expect(newIncident(dir, ["2020-09-28-azure-ad"]).stderr).toMatch(/already exists/);
  });

  it("takes title, provider and cause from flags and rejects an unknown provider", () => {
    const dir = projectCopy();
    const ok = newIncident(dir, [
      "2026-02-03-flags",
      "--title",
      "A flagged headline",
      "--provider",
      "aws",
      "--cause",
      "dns",
    ]);
    expect(ok.status, ok.stderr).toBe(0);
    const mdx = readFileSync(join(dir, "content", "incidents", "2026-02-03-flags.mdx"), "utf8");
    expect(mdx).toMatch(/title: "A flagged headline"\nprovider|title: "A flagged headline"/);
    expect(mdx).toContain("provider: aws");
    expect(mdx).toContain("cause: dns");
    expect(newIncident(dir, ["2026-02-04-bad", "--provider", "nimbus"]).stderr).toMatch(
      /"nimbus" is not in data\/providers.csv/,
    );
  });

  it("leaves drafts out of the build and renders MDX components in the text", () => {
    const dir = projectCopy();
    const mdxPath = join(dir, "content", "incidents", "2021-06-08-fastly.mdx");
    writeFileSync(
      mdxPath,
      readFileSync(mdxPath, "utf8").replace(/^cause: (.*)$/m, "cause: $1\ndraft: true"),
    );
    const azure = join(dir, "content", "incidents", "2020-09-28-azure-ad.mdx");
    appendFileSync(
      azure,
      `\n<Callout type="correction">A synthetic callout for this test.</Callout>\n\n<Quote cite="A synthetic reviewer" source="${SOURCE}">Synthetic words.</Quote>\n\n<Timeline />\n`,
    );
    const result = build(dir);
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(join(dir, "dist", "incidents", "2021-06-08-fastly", "index.html"))).toBe(
      false,
    );
    expect(readFileSync(join(dir, "dist", "index.html"), "utf8")).not.toContain(
      "2021-06-08-fastly",
    );
    const page = readFileSync(
      join(dir, "dist", "incidents", "2020-09-28-azure-ad", "index.html"),
      "utf8",
    );
    expect(page).toContain('class="callout" data-type="correction"');
    expect(page).toContain("A synthetic reviewer");
    expect(page.match(/<figure[^>]*data-chart="timeline"/g)).toHaveLength(1);
  });

  it("fails the build on a bad component prop, listing the allowed values", () => {
    const dir = projectCopy();
    const azure = join(dir, "content", "incidents", "2020-09-28-azure-ad.mdx");
    appendFileSync(azure, `\n<Callout type="rumour">Synthetic.</Callout>\n`);
    const result = build(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'content/incidents/2020-09-28-azure-ad.mdx: <Callout> type: found "rumour"; allowed: note, context, warning, correction',
    );
  });
});
