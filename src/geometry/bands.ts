/**
 * The widths (CSS pixels of a chart's box) from which the page lays a chart out anew, each
 * layout holding from its width up to the next. A chart drawn for the lower edge of its band
 * is never scaled down, and scaled up by less than half, so its text stays between its own
 * size and a little more at every width. The stylesheet picks the band by container queries
 * on `.chart__body` (src/styles/charts.css).
 */
export const WIDTH_BANDS = [280, 400, 560, 760, 1000] as const;
