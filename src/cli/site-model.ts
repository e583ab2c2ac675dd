// The report model handed to the site: written as one file (V8's structured
// serialization, which keeps every value the model holds) for the site's pages to
// read (site/model-source.ts), and the model of the bundled sample for `astro dev`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { dataPaths, normsPaths } from './data-options.ts';
import type { ReportModel } from '../report/model.ts';
import { MODEL_FILE_ENV, MODEL_FILE_FORMAT, ownVersion, type ModelFileHeader } from '../site/model-file-env.ts';
import { judgeData } from '../pipeline/judge-data.ts';
import { reportModelFor } from '../pipeline/report-model.ts';

/** Writes the model to a new private folder and names it for the site; `remove` deletes it again. */
export function handModelToSite(model: ReportModel): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sla-rapport-model-'));
  const file = join(dir, 'report-model.bin');
  const content: ModelFileHeader & { model: ReportModel } = { format: MODEL_FILE_FORMAT, productVersion: ownVersion(), model };
  writeFileSync(file, serialize(content), { mode: 0o600 });
  const before = process.env[MODEL_FILE_ENV];
  process.env[MODEL_FILE_ENV] = file;
  // The file holds every client's figures: it goes when the process ends, also when the build fails.
  const remove = () => {
    process.off('exit', remove);
    if (process.env[MODEL_FILE_ENV] === file) {
      if (before === undefined) delete process.env[MODEL_FILE_ENV];
      else process.env[MODEL_FILE_ENV] = before;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  return { file, remove };
}

/** The model `sla-rapport build` makes without options (the bundled sample), handed to the site: for `astro dev`. */
export async function handSampleModelToSite(): Promise<void> {
  const data = await judgeData(dataPaths({}));
  const { model } = await reportModelFor(data, dataPaths({}), normsPaths({}));
  handModelToSite(model);
}
