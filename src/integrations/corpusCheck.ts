import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkAndKeepCorpus, checkCorpusAt } from "../build/corpus.ts";
import { formatProblem, InputError } from "../lib/problems.ts";

/**
 * Runs the same validator as `npm run validate` before anything is built: a build with bad
 * data stops with every problem listed as `path:line: …`. The dev server reports them, shows
 * them in its error overlay when a page is opened, and reloads the page when data changes.
 */
export function corpusCheck(): AstroIntegration {
  return {
    name: "outage-atlas:corpus-check",
    hooks: {
      "astro:config:setup": ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const dataDir = fileURLToPath(new URL("data/", config.root));
        // Kept for the pages: a build reads and checks its files once.
        const { problems } = checkAndKeepCorpus(root);
        if (problems.length > 0) {
          if (command === "build") throw new InputError(problems);
          for (const problem of problems) logger.error(formatProblem(problem));
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: "outage-atlas:reload-on-data",
                configureServer(server) {
                  server.watcher.add(dataDir);
                  server.watcher.on("all", (_event, file) => {
                    if (!file.startsWith(dataDir)) return;
                    for (const problem of checkCorpusAt(root).problems)
                      logger.error(formatProblem(problem));
                    server.ws.send({ type: "full-reload" });
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
