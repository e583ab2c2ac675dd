// The PDFs a run attaches: rendered by the same code as `sla-rapport pdf`
// (writeMonthReports, with its worker threads for many clients) into a private
// temporary folder, read back, and the folder removed. Same inputs give the same
// bytes (README "Monthly reports"), so the attachment is the client's final PDF.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMonthReports } from '../pdf/write.ts';
import type { ReportModel } from '../report/model.ts';

export type RenderPdfs = (clientIds: string[]) => Promise<Map<string, Buffer>>;

export function monthPdfs(model: ReportModel, month: string): RenderPdfs {
  return async (clientIds) => {
    const pdfs = new Map<string, Buffer>();
    if (clientIds.length === 0) return pdfs;
    const dir = mkdtempSync(join(tmpdir(), 'sla-rapport-verzend-'));
    try {
      const { clientFiles } = await writeMonthReports(model, { outDir: dir, month, clientIds, management: false });
      clientIds.forEach((id, i) => pdfs.set(id, readFileSync(clientFiles[i])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return pdfs;
  };
}
