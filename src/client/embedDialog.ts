import {
  DEFAULT_OPTIONS,
  embedSnippet,
  embedUrl,
  readEmbedOptions,
  type EmbedOptions,
} from "../lib/embedSnippet.ts";

const supportsCommands = "commandForElement" in HTMLButtonElement.prototype;

/** Loads the host script once, so the preview sizes itself exactly as on a news site. */
function loadHostScript(src: string): void {
  if (document.querySelector("script[data-embed-host]")) return;
  const script = document.createElement("script");
  script.src = src;
  script.async = true;
  script.dataset["embedHost"] = "";
  document.head.append(script);
}

/** Offers the timeline's events, read from the drawn chart, as highlights. */
function fillEvents(dialog: HTMLDialogElement, figure: Element | null): void {
  const marks = figure ? [...figure.querySelectorAll("[data-event-id]")] : [];
  const field = dialog.querySelector<HTMLElement>("[data-event-field]");
  const select = field?.querySelector("select");
  if (!field || !select || marks.length === 0) return;
  for (const mark of marks) {
    const id = mark.getAttribute("data-event-id") ?? "";
    const label = mark.querySelector("title")?.textContent ?? id;
    select.append(new Option(label.length > 90 ? `${label.slice(0, 89)}…` : label, id));
  }
  field.hidden = false;
}

function wire(dialog: HTMLDialogElement, openNow = false): void {
  const data = dialog.dataset;
  const code = dialog.querySelector("textarea");
  const copy = dialog.querySelector<HTMLButtonElement>("[data-copy]");
  const status = dialog.querySelector("[data-copy-status]");
  const preview = dialog.querySelector<HTMLElement>("[data-preview]");
  if (!code || !copy || !status || !preview) return;
  const figure = document.querySelector(
    `figure[data-chart="${CSS.escape(data["forChart"] ?? "")}"][data-incident="${CSS.escape(data["forIncident"] ?? "")}"]`,
  );
  let options: EmbedOptions = { ...DEFAULT_OPTIONS };
  let frame: HTMLIFrameElement | null = null;
  const previewUrl = () => embedUrl(new URL(data["page"] ?? "", location.href).href, options);

  const update = () => {
    code.value = embedSnippet({
      src: embedUrl(data["src"] ?? "", options),
      title: data["frameTitle"] ?? "",
      height: Number(data["height"]),
      script: data["script"] ?? "",
    });
    if (frame) frame.src = previewUrl();
  };

  const showPreview = () => {
    if (frame) return;
    frame = document.createElement("iframe");
    frame.title = `Preview: ${data["frameTitle"] ?? "chart"}`;
    frame.style.border = "0";
    frame.height = data["height"] ?? "400";
    frame.src = previewUrl();
    preview.replaceChildren(frame);
    loadHostScript(data["hostScript"] ?? "");
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>(
    `button[commandfor="${CSS.escape(dialog.id)}"]`,
  )) {
    button.addEventListener("click", () => {
      const closing = button.getAttribute("command") === "close";
      if (!supportsCommands) {
        if (closing) dialog.close();
        else if (!dialog.open) dialog.showModal();
      }
      if (!closing) showPreview();
    });
  }

  dialog.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const name = input.dataset["option"];
    if (!name) return;
    const next: Record<string, string> = {
      theme: options.theme,
      tz: options.tz,
      event: options.event ?? "",
      [name]: input.value,
    };
    // The same reader as the embed page's: what the snippet asks for is what it gets.
    options = readEmbedOptions(new URLSearchParams(next).toString());
    update();
  });

  copy.hidden = false;
  copy.addEventListener("click", () => {
    navigator.clipboard.writeText(code.value).then(
      () => {
        status.textContent = "Copied.";
      },
      () => {
        code.select();
        status.textContent = "Selected: press Ctrl+C or ⌘C to copy.";
      },
    );
  });
  for (const part of dialog.querySelectorAll<HTMLElement>("[data-options], [data-widths]"))
    part.hidden = false;
  fillEvents(dialog, figure);
  // Loaded by the click that opens the dialog: do now what that click could not yet do.
  if (openNow) {
    if (!supportsCommands && !dialog.open) dialog.showModal();
    showPreview();
  }
}

/** Makes one embed dialog work (options, copy, preview) as the reader opens it. */
export function openEmbedDialog(dialog: HTMLDialogElement): void {
  wire(dialog, true);
}
