import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Node modules that do I/O or read the machine: build-time code only. */
const IO_MODULES = ["fs", "fs/promises", "child_process", "worker_threads", "os"].flatMap(
  (name) => [name, `node:${name}`],
);

const io = {
  paths: IO_MODULES.map((name) => ({
    name,
    message: "Pure code does no I/O: read files, run git and draw images in src/build/.",
  })),
  patterns: [{ group: ["astro:*"], message: "Pure code does not depend on Astro's runtime." }],
};

/** Code the browser loads never pulls in the build or the chart library drawn at build time. */
const browserOnly = [
  {
    group: ["@observablehq/plot", "linkedom", "@resvg/resvg-js", "pagefind"],
    message: "Build-time only.",
  },
  { group: ["**/build/*", "**/charts/*", "**/integrations/*"], message: "Build-time code." },
];

/** Reading the environment is the build's job: pure code is given what it needs. */
const noEnvironment = {
  selector:
    "MemberExpression[object.name='process'][property.name=/^(env|cwd)$/], MemberExpression[object.type='MetaProperty'][property.name='env']",
  message: "Pure code reads no environment (process.env, process.cwd(), import.meta.env).",
};

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test/output/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The pure core: no I/O, no environment, no higher layer.
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...io,
          patterns: [
            ...io.patterns,
            {
              group: [
                "**/build/*",
                "**/charts/*",
                "**/geometry/*",
                "**/client/*",
                "**/components/*",
                "**/layouts/*",
                "**/pages/*",
                "**/integrations/*",
              ],
              message: "src/lib is the lowest layer: it imports nothing above it.",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", noEnvironment],
    },
  },
  {
    // Chart functions and renderers: pure, over src/lib and src/geometry.
    files: ["src/charts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...io,
          patterns: [
            ...io.patterns,
            {
              group: ["**/build/*", "**/client/*", "**/components/*", "**/pages/*"],
              message: "Charts are pure functions of the data; the build calls them.",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", noEnvironment],
    },
  },
  {
    // Geometry the browser shares: pure, and light enough to ship.
    files: ["src/geometry/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { ...io, patterns: [...io.patterns, ...browserOnly] }],
      "no-restricted-syntax": ["error", noEnvironment],
    },
  },
  {
    // What ships to readers.
    files: ["src/client/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { ...io, patterns: [...io.patterns, ...browserOnly] }],
    },
  },
  {
    // Tests assert on fixtures they just built; a failed lookup fails the test anyway.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
