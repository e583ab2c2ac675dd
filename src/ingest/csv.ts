// Streams a CSV file row by row with papaparse, keeping the line number each
// row starts on (quoted fields may span lines), so every problem can name it.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

export interface CsvRow {
  fields: string[];
  /** 1-based line the row starts on. */
  line: number;
}

/** Calls `onRow` for each data row (header excluded); resolves with the header. */
export function streamCsv(path: string, onRow: (row: CsvRow, header: string[]) => void): Promise<{ header: string[]; rows: number }> {
  return new Promise((resolve, reject) => {
    let header: string[] | null = null;
    let line = 1;
    let rows = 0;
    const stream = createReadStream(path, { encoding: 'utf8' });
    stream.on('error', reject);
    Papa.parse<string[]>(stream as unknown as File, {
      header: false,
      skipEmptyLines: false,
      step: (result) => {
        const fields = result.data;
        const start = line;
        line += 1;
        for (const f of fields) for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) line++;
        if (fields.length === 1 && fields[0] === '') return;
        if (header === null) {
          header = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
          return;
        }
        rows++;
        onRow({ fields, line: start }, header);
      },
      complete: () => resolve({ header: header ?? [], rows }),
      error: (err: Error) => reject(err),
    });
  });
}
