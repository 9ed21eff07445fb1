import type { z } from "zod";
import { issueMessage } from "./zodIssue.ts";

/**
 * Validates an MDX component's props. On failure the build stops with one line per
 * problem naming the file, the component, the prop, what was found and what is allowed.
 */
export function parseProps<S extends z.ZodType>(
  component: string,
  schema: S,
  props: unknown,
  file: string,
): z.output<S> {
  const result = schema.safeParse(props, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const prop = issue.path.join(".") || "props";
    return `${file}: <${component}> ${prop}: ${issueMessage(issue, "prop")}`;
  });
  throw new Error(lines.join("\n"));
}
