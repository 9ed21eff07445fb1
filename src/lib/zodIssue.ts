import type { z } from "zod";
import { describeFound } from "./problems.ts";

/** How a kind of input names what it holds, in "found nothing; allowed: a value (this … is required)". */
export type Holder = "column" | "field" | "prop";

/**
 * The one translation of a zod issue into the project's error words: "found <what>; allowed:
 * <what is>" (or "found <what>, which <reason>" where a schema explains itself). Callers add
 * the file, line and name of what was checked.
 */
export function issueMessage(
  issue: z.core.$ZodIssue,
  holder: Holder,
  options: { input?: unknown } = {},
): string {
  const params =
    "params" in issue
      ? (issue.params as { found?: string; reason?: string } | undefined)
      : undefined;
  if (params?.reason && params.found !== undefined)
    return `found ${describeFound(params.found)}, which ${params.reason}`;
  if (params?.found !== undefined) return `found ${params.found}; ${issue.message}`;
  const allowed = issue.message.startsWith("allowed") ? issue.message : `allowed: ${issue.message}`;
  if (issue.code === "unrecognized_keys")
    return `found unknown field ${describeFound(issue.keys.join(", "))}; ${allowed}`;
  const missing = issue.code === "invalid_type" && issue.input === undefined;
  if (missing && holder !== "prop")
    return `found nothing; allowed: a value (this ${holder} is required)`;
  const input = "input" in options ? options.input : issue.input;
  return `found ${missing ? "nothing" : describeFound(input)}; ${allowed}`;
}
