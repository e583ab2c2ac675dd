// The PDFs a run attaches: rendered by the same code as `sla-rapport pdf`
// (writeMonthReports, with its worker threads for many clients) into a private
// temporary folder, read back one at a time as the run needs them, and the folder
// removed when the run closes it. Same inputs give the same bytes (README "Monthly
// reports"), so the attachment is the client's final PDF.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMonthReports } from '../pdf/write.ts';
import type { ReportModel } from '../report/model.ts';

/** The rendered PDFs of a run: read when asked for (thousands of them need not be in memory at once). */
export interface PdfSource {
  get(clientId: string): Buffer | undefined;
  close(): void;
}

export type RenderPdfs = (clientIds: string[]) => Promise<PdfSource>;

export function monthPdfs(model: ReportModel, month: string): RenderPdfs {
  return async (clientIds) => {
    if (clientIds.length === 0) return { get: () => undefined, close: () => {} };
    const dir = mkdtempSync(join(tmpdir(), 'sla-rapport-verzend-'));
    try {
      const { clientFiles } = await writeMonthReports(model, { outDir: dir, month, clientIds, management: false });
      const files = new Map(clientIds.map((id, i) => [id, clientFiles[i]]));
      return {
        get: (id) => {
          const file = files.get(id);
          return file !== undefined && existsSync(file) ? readFileSync(file) : undefined;
        },
        close: () => rmSync(dir, { recursive: true, force: true }),
      };
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  };
}
