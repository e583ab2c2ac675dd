// Static report site: built from the SLA content and the judged data.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  outDir: process.env.SLA_RAPPORT_OUT_DIR ?? 'dist',
  integrations: [mdx()],
  build: { format: 'directory' },
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  telemetry: false,
});
