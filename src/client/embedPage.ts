import { readEmbedOptions } from "../lib/embedSnippet.ts";
import { reportHeight } from "./embedHeight.ts";
import { followSystemTheme } from "./embedTheme.ts";
import { highlightEvent } from "./eventHighlight.ts";
import { renderTimes } from "./settings.ts";

/**
 * An embed page: applies what the snippet's URL asks for (the light or dark theme is set in
 * the head before first paint), then keeps the host page told of its height.
 */
const options = readEmbedOptions(location.search);
if (options.theme === "auto") followSystemTheme();
if (options.event) highlightEvent(options.event);
if (options.tz === "local") renderTimes("local");
const root = document.querySelector<HTMLElement>(".embed");
const chart = document.querySelector("figure[data-chart]")?.getAttribute("data-chart") ?? "";
if (root) reportHeight(root, chart);
