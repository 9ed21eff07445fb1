import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { incidentFrontmatter, type IncidentFrontmatter } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import { issueMessage } from "./zodIssue.ts";

export interface FrontmatterResult {
  data?: IncidentFrontmatter;
  problems: Problem[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/**
 * Reads and validates the YAML front matter of an incident's MDX file. Each problem is
 * pinned to the line of the offending field (the front matter starts on line 2).
 */
export function readFrontmatter(file: string, source: string): FrontmatterResult {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const fence = FENCE.exec(text);
  if (!fence) {
    return {
      problems: [
        {
          file,
          line: 1,
          message:
            "found no front matter; allowed: a block between --- lines at the top of the file",
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(fence[1] ?? "", { lineCounter });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1; // + the opening ---
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `found invalid YAML (${error.message.split("\n")[0]}); allowed: key: value lines`,
      })),
    };
  }
  const result = incidentFrontmatter.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    // Point at the offending node; a missing field points at its parent, an unknown key at itself.
    const path = (
      issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : [...issue.path]
    ) as (string | number)[];
    let node: unknown = doc.getIn(path, true);
    while (!node && path.length > 0) {
      path.pop();
      node = doc.getIn(path, true);
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const line = range ? lineOf(range[0]) : 2;
    const column = issue.path.join(".") || undefined;
    // A whole list or map is named by where it is, not printed.
    const message = issueMessage(issue, "field", {
      input: isMap(node) || isSeq(node) ? undefined : issue.input,
    });
    return column === undefined ? { file, line, message } : { file, line, column, message };
  });
  return { problems };
}
