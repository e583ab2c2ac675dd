// A short, stable id of one client report: the same client, month and inputs
// give the same id, any changed input file (contract, data, content) another.
// Printed in the client PDF's compact provenance in place of the file hashes.
import { createHash } from 'node:crypto';
import type { Provenance } from './model.ts';

/** "K1024-2025-12-3f9a1c2b7e": client, month and the first 10 hex digits of a SHA-256 over them and the input hashes. */
export function reportId(provenance: Pick<Provenance, 'inputs' | 'contracts' | 'asOf'>, clientId: string, month: string): string {
  const hash = createHash('sha256').update(`${clientId}\n${month}\n${provenance.asOf}\n`);
  for (const c of provenance.contracts) hash.update(`${c.version}\n`);
  for (const i of provenance.inputs) hash.update(`${i.sha256}\n`);
  return `${clientId}-${month}-${hash.digest('hex').slice(0, 10)}`;
}
