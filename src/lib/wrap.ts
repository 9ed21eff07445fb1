/**
 * Breaks text into lines of about `width` units at a font size, between words. SVG text does
 * not wrap and a build has no layout engine to measure with, so a glyph is taken as `em` of
 * the font size wide. With `maxLines`, what does not fit ends the last line with "…".
 */
export function wrapText(
  text: string,
  options: { width: number; fontSize: number; em?: number; maxLines?: number },
): string[] {
  const { width, fontSize, em = 0.54, maxLines = Infinity } = options;
  const perLine = Math.max(8, Math.floor(width / (fontSize * em)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    const last = lines[maxLines - 1] ?? "";
    lines[maxLines - 1] = `${last.includes(" ") ? last.replace(/\s+\S*$/, "") : last}…`;
  }
  return lines;
}
