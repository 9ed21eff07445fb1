/** One thing wrong with the input, pinned to where an editor can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** Column (CSV) or field (front matter) the problem is about, if any. */
  column?: string;
  /** What was found and what is allowed. */
  message: string;
}

/** `path:line: column: message`, the one format every problem is reported in. */
export function formatProblem(problem: Problem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const column = problem.column ? `${problem.column}: ` : "";
  return `${where}: ${column}${problem.message}`;
}

/** Shows a found value briefly and unambiguously: quoted, or "nothing" when empty. */
export function describeFound(value: unknown): string {
  if (value === undefined || value === null || value === "") return "nothing";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}

/** Thrown when input is invalid; carries every problem found, not only the first. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map(formatProblem);
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the data:\n${lines.join("\n")}`,
    );
    this.name = "InputError";
    this.problems = problems;
  }
}

/** Sorts problems by file, then line, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
