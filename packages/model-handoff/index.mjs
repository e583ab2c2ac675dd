// The report model handed from `sla-rapport build` (or `astro dev`) to the site's pages, in one
// process: Astro keeps this package outside its bundle (astro.config.mjs, vite.ssr.external), so the
// build and the pages load this one module and share its state. See src/site/model-source.ts.
let current = null;

/** Called by the build before Astro renders the pages. */
export function provideModel(model) {
  current = model;
}

/** The model the pages render, or null when none was handed over. */
export function providedModel() {
  return current;
}

/** Called when the build is done: the process keeps no model it no longer renders. */
export function releaseModel() {
  current = null;
}
