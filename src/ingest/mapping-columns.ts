// The export columns a mapping reads, apart from the mapping's schema: the export
// reader's worker thread checks a header against them without loading zod.
import type { Mapping } from './mapping-schema.ts';

export function referencedColumns(mapping: Mapping): string[] {
  const columns: string[] = [];
  for (const f of Object.values(mapping.fields)) if (f?.column !== undefined) columns.push(f.column);
  return columns;
}
