/**
 * Loads Pagefind's search interface (built with the site) into the search page and runs the
 * query from `?q=`, so the header's search box works as a plain form.
 */
interface PagefindUIOptions {
  element: string;
  bundlePath: string;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
}
type PagefindUIConstructor = new (options: PagefindUIOptions) => {
  triggerSearch(term: string): void;
};

export function initSearch(): void {
  const host = document.querySelector<HTMLElement>("#search");
  const bundle = host?.dataset["bundle"];
  if (!host || !bundle) return;
  const script = document.createElement("script");
  script.src = `${bundle}pagefind-ui.js`;
  script.addEventListener("load", () => {
    const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
    const ui = new PagefindUI({
      element: "#search",
      bundlePath: bundle,
      showSubResults: true,
      showImages: false,
      resetStyles: false,
    });
    const query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
  });
  document.head.append(script);
}
