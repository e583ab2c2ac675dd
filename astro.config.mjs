// Static report site: built from the SLA content and the judged data.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { tsImport } from 'tsx/esm/api';
import { provideModel } from '@sla-rapport/model-handoff';
import { remarkNoCode } from './src/contract/remark-no-code.ts';

/**
 * The pages render the report model `sla-rapport build` hands over (src/site/model-source.ts).
 * `astro dev` has no build command before it: it hands over the model `sla-rapport build` makes
 * without options (the bundled sample) first.
 */
function sampleModelForDev() {
  return {
    name: 'sla-rapport:sample-model-for-dev',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'dev') return;
        // Loaded through tsx, as the command is: Vite's loader of this file is closed by now. The model is
        // handed over here, through the same module the pages read (tsx loads its own copies of modules).
        const { sampleModel } = await tsImport('./src/cli/site-model.ts', import.meta.url);
        provideModel(await sampleModel());
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  outDir: process.env.SLA_RAPPORT_OUT_DIR ?? 'dist',
  // The SLA text holds no code: refused before MDX could run it (also under astro dev).
  integrations: [mdx({ remarkPlugins: [remarkNoCode] }), sampleModelForDev()],
  // One shared style sheet and script file instead of a copy inlined in each of thousands of pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // `sla-rapport build` hands Astro a fresh staging folder that already holds the product's
  // marker (.sla-rapport-uitvoer); emptying it first would remove that marker.
  // The report model reaches the pages through @sla-rapport/model-handoff, kept outside the bundle so the
  // build and the pages load one module (src/site/model-source.ts).
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: process.env.SLA_RAPPORT_OUT_DIR === undefined }, ssr: { external: ['@sla-rapport/model-handoff'] } },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  telemetry: false,
});
