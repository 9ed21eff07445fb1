/**
 * `npm test`: every check in order — format, lint, types, unit and integration tests, the
 * build, and the browser tests — then one closing line `N passed, N failed` summing them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const results = { passed: 0, failed: 0, skipped: 0 };
const started = performance.now();

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): void {
  const ok = run(command, args);
  results[ok ? "passed" : "failed"] += 1;
  if (!ok) console.log(`✗ ${name} failed`);
}

/** A suite whose JSON report gives its own counts; a crash without a report counts as one failure. */
function suite(
  name: string,
  command: string,
  args: string[],
  report: string,
  count: (json: unknown) => typeof results,
): void {
  rmSync(report, { force: true });
  const ok = run(command, args);
  if (!existsSync(report)) {
    results.failed += 1;
    console.log(`✗ ${name} produced no report`);
    return;
  }
  const counts = count(JSON.parse(readFileSync(report, "utf8")));
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  if (!ok && counts.failed === 0) results.failed += 1;
}

check("format", "npx", ["prettier", "--check", "."]);
check("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
check("types", "npx", ["astro", "check", "--minimumSeverity", "warning"]);

const unitReport = join(root, "test", ".unit-report.json");
suite(
  "unit",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${unitReport}`],
  unitReport,
  (json) => {
    const r = json as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    };
  },
);

check("build", "npx", ["astro", "build"]);

const e2eReport = join(root, "test", "e2e", ".report.json");
suite("e2e", "node", ["test/e2e/run.ts"], e2eReport, (json) => {
  const r = json as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  };
});

const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
const seconds = (performance.now() - started) / 1000;
console.log(`\nWall time: ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 ? 1 : 0);
