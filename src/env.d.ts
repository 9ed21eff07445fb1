/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The incident a page is about; MDX components read it to draw its charts. */
    incident?: import("./lib/incidentView.ts").IncidentView;
  }
}
