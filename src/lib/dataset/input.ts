import type { Corpus } from "../corpus.ts";

/** What the tables need besides their own code. */
export interface DatasetInput {
  corpus: Corpus;
  /** The published incidents, in the order their rows are written. */
  slugs: readonly string[];
  /** The absolute address of an incident's page. */
  pageUrl: (slug: string) => string;
}
