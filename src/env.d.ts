declare namespace App {
  interface Locals {
    /**
     * Set by the embed route: figures are drawn for an iframe, with the chart's title as the
     * page heading and no embed dialog of their own.
     */
    embed?: boolean;
  }
}
