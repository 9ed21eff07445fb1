/** For `?theme=auto`: follows the reader's system setting as it changes. */
export function followSystemTheme(): void {
  const query = matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    document.documentElement.dataset["theme"] = query.matches ? "dark" : "light";
  };
  query.addEventListener("change", apply);
  apply();
}
