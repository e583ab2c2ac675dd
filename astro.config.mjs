// Static report site: built from the SLA content and the judged data.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { remarkNoCode } from './src/contract/remark-no-code.ts';

export default defineConfig({
  output: 'static',
  outDir: process.env.SLA_RAPPORT_OUT_DIR ?? 'dist',
  // The SLA text holds no code: refused before MDX could run it (also under astro dev).
  integrations: [mdx({ remarkPlugins: [remarkNoCode] })],
  // One shared style sheet and script file instead of a copy inlined in each of thousands of pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // `sla-rapport build` hands Astro a fresh staging folder that already holds the product's
  // marker (.sla-rapport-uitvoer); emptying it first would remove that marker.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: process.env.SLA_RAPPORT_OUT_DIR === undefined } },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  telemetry: false,
});
