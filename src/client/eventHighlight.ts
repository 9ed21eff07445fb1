const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Marks one timeline event for a reader who arrives through a deep link: a ring around its
 * mark, and a line above the chart saying when and what it was. Returns false if the chart
 * has no such event.
 */
export function highlightEvent(id: string): boolean {
  const mark = document.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
  if (!mark) return false;
  mark.setAttribute("data-highlighted", "");
  const ring = document.createElementNS(SVG_NS, "circle");
  ring.setAttribute("class", "tl-halo");
  ring.setAttribute("r", "10");
  ring.setAttribute("fill", "none");
  ring.setAttribute("stroke", "currentColor");
  ring.setAttribute("stroke-width", "2.5");
  mark.prepend(ring);

  const row = document.querySelector(`tr[data-row-event="${CSS.escape(id)}"]`);
  const note = document.createElement("p");
  note.className = "chart__highlight";
  const label = document.createElement("strong");
  label.textContent = "Highlighted: ";
  note.append(label);
  const time = row?.querySelector("time");
  if (time) note.append(time.cloneNode(true), " — ");
  note.append(
    row?.querySelector("strong")?.textContent ?? mark.querySelector("title")?.textContent ?? id,
  );
  mark.closest("figure")?.querySelector(".chart__body")?.before(note);
  return true;
}
