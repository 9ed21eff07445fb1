/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The incident a page is about; MDX components read it to draw its charts. */
    incident?: import("./lib/incidentView.ts").IncidentView;
    /**
     * Set by the embed route: figures are drawn for an iframe, with the chart's title as the
     * page heading and no embed dialog of their own.
     */
    embed?: boolean;
  }
}
