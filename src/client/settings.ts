/**
 * Reader settings shared by every page: the time zone for `<time>` elements and charts,
 * and the colour theme. Stored in localStorage so the choice follows the reader.
 */
export type TimeZoneSetting = "utc" | "local";
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

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: TimeZoneSetting, precision: string): Intl.DateTimeFormat {
  const key = `${zone}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(precision === "day" ? {} : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
      ...(zone === "utc" ? { timeZone: "UTC" } : {}),
      ...(precision === "day" ? {} : { timeZoneName: zone === "utc" ? undefined : "shortOffset" }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** Writes every `<time data-zoned>` in the chosen zone, showing the offset when local. */
export function renderTimes(zone: TimeZoneSetting, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLTimeElement>("time[data-zoned]")) {
    const date = new Date(el.dateTime);
    if (Number.isNaN(date.getTime())) continue;
    const precision = el.dataset["precision"] ?? "minute";
    const text = formatter(zone, precision).format(date);
    const about = precision === "hour" ? "about " : "";
    el.textContent = precision === "day" ? text : `${about}${text}${zone === "utc" ? " UTC" : ""}`;
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
