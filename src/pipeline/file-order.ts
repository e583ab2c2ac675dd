// Rows reported per file and line, in the order the files were read, so the CLI,
// `check` and the data-quality page list them the same way a person reads the files.
import type { SourceFile } from '../ingest/sources.ts';

/** A stable copy of `items` sorted by file (the files' order, others after them in order of appearance), then line. */
export function inFileOrder<T extends { file: string; line: number }>(items: readonly T[], files: readonly SourceFile[]): T[] {
  const order = new Map<string, number>();
  for (const f of files) if (!order.has(f.file)) order.set(f.file, order.size);
  for (const item of items) if (!order.has(item.file)) order.set(item.file, order.size);
  return items
    .map((item, k) => ({ item, k }))
    .sort((a, b) => order.get(a.item.file)! - order.get(b.item.file)! || a.item.line - b.item.line || a.k - b.k)
    .map((x) => x.item);
}
