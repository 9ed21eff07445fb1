import Callout from "./Callout.astro";
import Quote from "./Quote.astro";
import SourceNote from "./SourceNote.astro";
import Timeline from "./Timeline.astro";
import ImpactChart from "./ImpactChart.astro";
import KeyFigures from "./KeyFigures.astro";
import Moment from "./Moment.astro";
import BlastRadius from "./BlastRadius.astro";

/** The components an editor may use in an incident's MDX, by the name written there. */
export const mdxComponents = {
  Callout,
  Quote,
  SourceNote,
  Timeline,
  ImpactChart,
  KeyFigures,
  Moment,
  BlastRadius,
};
