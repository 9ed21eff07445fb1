import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Flags that keep Chromium quiet and working in a sandboxed, offline container. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function found(): string | undefined {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The path of a Chromium to drive. Playwright's own browser download is not used: Debian's
 * `chromium` package is installed with apt when missing and the user may install packages.
 */
export function findOrInstallChromium(): string {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      "Chromium was not found. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  console.log("Chromium not found; installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  const installed = found();
  if (!installed) throw new Error("apt-get installed chromium, but no chromium binary was found.");
  return installed;
}

/**
 * Makes sure `java` runs, for the Nu HTML Checker: installs Debian's headless JRE when it is
 * missing and the user may install packages.
 */
export function findOrInstallJava(): void {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return;
  } catch {
    // Not installed; try below.
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot)
    throw new Error(
      "Java was not found. Install it (Debian: sudo apt-get install -y default-jre-headless).",
    );
  console.log("Java not found; installing Debian's default-jre-headless package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "default-jre-headless"], {
    stdio: "inherit",
    env,
  });
}
