// What a page hands the components it renders through Astro.locals: the SLA page's MDX headings
// (ClauseHeading) get no props of the page's own, so the page sets the report model here.
declare namespace App {
  interface Locals {
    model?: import('./report/model.ts').ReportModel;
  }
}
