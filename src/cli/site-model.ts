// The report model handed to the site: written as one file (V8's structured
// serialization, which keeps every value the model holds) for the site's pages to
// read (site/model-source.ts), and the model of the bundled sample for `astro dev`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { dataPaths, normsPaths } from './data-options.ts';
import type { ReportModel } from '../report/model.ts';
import { MODEL_FILE_ENV } from '../site/model-file-env.ts';
import { judgeData } from '../pipeline/judge-data.ts';
import { reportModelFor } from '../pipeline/report-model.ts';

/** Writes the model to a new private folder and names it for the site; `remove` deletes it again. */
export function handModelToSite(model: ReportModel): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sla-rapport-model-'));
  const file = join(dir, 'report-model.bin');
  writeFileSync(file, serialize(model), { mode: 0o600 });
  process.env[MODEL_FILE_ENV] = file;
  return {
    file,
    remove: () => {
      if (process.env[MODEL_FILE_ENV] === file) delete process.env[MODEL_FILE_ENV];
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The model `sla-rapport build` makes without options (the bundled sample), handed to the site: for `astro dev`. */
export async function handSampleModelToSite(): Promise<void> {
  const data = await judgeData(dataPaths({}));
  const { model } = await reportModelFor(data, dataPaths({}), normsPaths({}));
  const handed = handModelToSite(model);
  process.once('exit', handed.remove);
}
