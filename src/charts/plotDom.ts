/**
 * Plot labels its mark groups with `aria-label` but gives them no role, which axe flags;
 * a `group` role makes the label valid.
 */
export function accessibleGroups(svg: Element): void {
  svg.setAttribute("role", "img");
  for (const g of svg.querySelectorAll("g[aria-label]")) g.setAttribute("role", "group");
}

/** The element's markup, with Plot's generated class names made stable. */
export function serialize(svg: Element): string {
  return (svg as unknown as { outerHTML: string }).outerHTML.replace(/plot-[0-9a-f]{6}/g, "plot");
}
