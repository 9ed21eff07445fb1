/**
 * Reader settings shared by every page: the time zone for `<time>` elements and charts,
 * and the colour theme. Stored in localStorage so the choice follows the reader.
 */
import {
  formatInZone,
  formatProseTime,
  zoneName,
  type Precision,
  type ZoneSetting,
} from "../lib/zone.ts";

export type TimeZoneSetting = ZoneSetting;
export type ThemeSetting = "auto" | "light" | "dark";

const KEYS = { timezone: "atlas:timezone", theme: "atlas:theme" } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage; the setting still applies to this page.
  }
}

export function currentTimeZone(): TimeZoneSetting {
  return read(KEYS.timezone) === "local" ? "local" : "utc";
}

function applyTheme(theme: ThemeSetting): void {
  const dark =
    theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/**
 * Writes every `<time>` holding an instant in the chosen zone: `<time data-zoned>` from the
 * page's components as precisely as the time is known, and times an editor marked in the
 * prose in their own words (see formatProseTime). Dates without a clock time stay as written.
 * Then tells the charts, through an `atlas:timezone` event on `document`.
 */
export function renderTimes(zone: TimeZoneSetting, root: ParentNode = document): void {
  const timeZone = zoneName(zone);
  for (const el of root.querySelectorAll<HTMLTimeElement>("time[datetime]")) {
    const ms = Date.parse(el.dateTime);
    if (Number.isNaN(ms) || !el.dateTime.includes("T")) continue;
    if (el.dataset["zoned"] !== undefined) {
      const precision = (el.dataset["precision"] ?? "minute") as Precision;
      el.textContent = formatInZone(ms, timeZone, precision);
    } else {
      const written = (el.dataset["written"] ??= el.textContent ?? "");
      el.textContent = formatProseTime(ms, timeZone, written);
    }
  }
  document.dispatchEvent(new CustomEvent("atlas:timezone", { detail: zone }));
}

/** Wires the settings controls on this page and applies the stored choices. */
export function initSettings(): void {
  const zone = currentTimeZone();
  const theme = (read(KEYS.theme) as ThemeSetting | null) ?? "auto";
  for (const select of document.querySelectorAll<HTMLSelectElement>(
    'select[data-setting="timezone"]',
  )) {
    select.value = zone;
    select.addEventListener("change", () => {
      const value: TimeZoneSetting = select.value === "local" ? "local" : "utc";
      write(KEYS.timezone, value);
      renderTimes(value);
    });
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>(
    'select[data-setting="theme"]',
  )) {
    select.value = theme;
    select.addEventListener("change", () => {
      const value = (
        ["auto", "light", "dark"].includes(select.value) ? select.value : "auto"
      ) as ThemeSetting;
      write(KEYS.theme, value);
      applyTheme(value);
    });
  }
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    applyTheme((read(KEYS.theme) as ThemeSetting | null) ?? "auto");
  });
  if (zone !== "utc") renderTimes(zone);
}
