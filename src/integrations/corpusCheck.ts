import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkCorpus } from "../lib/corpus.ts";
import { formatProblem, InputError } from "../lib/problems.ts";

/**
 * Runs the same validator as `npm run validate` before anything is built: a build with bad
 * data stops with every problem listed as `path:line: …`. The dev server reports them and
 * keeps running so the editor can fix them.
 */
export function corpusCheck(): AstroIntegration {
  return {
    name: "outage-atlas:corpus-check",
    hooks: {
      "astro:config:setup": ({ config, command, logger, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkCorpus(root);
        addWatchFile(new URL("data/", config.root));
        if (problems.length === 0) return;
        if (command === "build") throw new InputError(problems);
        for (const problem of problems) logger.error(formatProblem(problem));
      },
    },
  };
}
