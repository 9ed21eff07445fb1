/**
 * The site's Content-Security-Policy, one for every page, computed once per build: scripts
 * and stylesheets only from the site itself, plus the two inline scripts that choose the
 * theme before first paint (allowed by their hashes); no style attribute anywhere. Pages
 * carry it in a `<meta>` tag (a host may also send it as a header). Computing it once, instead of hashing each
 * page's scripts as it renders, keeps it the same on every page and costs nothing per page.
 */
import { createHash } from "node:crypto";

/** Applied before first paint so a chosen theme never flashes (every site page). */
export const THEME_SCRIPT = `
(function () {
  let theme = "auto";
  try {
    theme = localStorage.getItem("atlas:theme") || "auto";
  } catch {
    // Storage may be blocked; fall back to the system preference.
  }
  const dark =
    theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  // Controls that need scripts are laid out from the first paint, so nothing shifts.
  document.documentElement.classList.add("js");
})();
`;

/** The snippet chooses an embed's theme (?theme=light|dark|auto), before first paint. */
export const EMBED_THEME_SCRIPT = `
(function () {
  const theme = new URLSearchParams(location.search).get("theme");
  const dark =
    theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();
`;

const hash = (script: string) =>
  `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

export const CONTENT_SECURITY_POLICY = [
  `script-src 'self' ${[THEME_SCRIPT, EMBED_THEME_SCRIPT].map(hash).join(" ")}`,
  "style-src 'self'",
].join("; ");
