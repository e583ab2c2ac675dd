// Reads one mapped value from a ticket (Zendesk) or issue (Jira) as the API wrote
// it, and turns it into the canonical value through the mapping's value map.
import type { FieldSource } from './mapping.ts';
import { RowError } from '../row-error.ts';

type Json = unknown;

/** The plain text of a JSON value: an array gives its first element, an object its `value`, `name` or `key`. */
export function plainText(value: Json): string {
  let v = value;
  if (Array.isArray(v)) v = v[0];
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, Json>;
    v = o.value ?? o.name ?? o.key ?? null;
  }
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** The value at a dot path (`fields.priority`, `via.channel`), or undefined. */
export function atPath(object: Json, path: string): Json {
  let v: Json = object;
  for (const key of path.split('.')) {
    if (Array.isArray(v)) v = v[0];
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, Json>)[key];
  }
  return v;
}

/** The field's name in messages: where the value was looked for. */
export function sourceName(s: FieldSource): string {
  if (s.path !== undefined) return s.path;
  if (s.customField !== undefined) return `custom_fields[id=${s.customField}]`;
  if (s.organization !== undefined) return `organization.${s.organization}`;
  return '(vaste waarde)';
}

/** The raw text for a source; `organization` is the ticket's side-loaded organization (undefined when not known). */
export function rawValue(s: FieldSource, item: Json, organization: Json): string {
  if (s.path !== undefined) return plainText(atPath(item, s.path));
  if (s.customField !== undefined) {
    const fields = atPath(item, 'custom_fields');
    const found = Array.isArray(fields) ? fields.find((f) => f !== null && typeof f === 'object' && (f as { id?: Json }).id === s.customField) : undefined;
    return plainText(found === undefined ? null : (found as { value: Json }).value);
  }
  if (s.organization !== undefined) return plainText(atPath(organization, s.organization));
  return String(s.value ?? '');
}

/**
 * The canonical value of `raw`: through the map when there is one (a value not in
 * it is `reason`), else the value itself when it is allowed. Empty: `missing-value`.
 */
export function mapped<T extends string | number>(s: FieldSource, raw: string, allowed: readonly T[], reason: string): T {
  if (s.value !== undefined) return s.value as T;
  const column = sourceName(s);
  const map = s.map as Record<string, T> | undefined;
  if (map !== undefined) {
    const key = raw.trim().toLowerCase();
    for (const [k, v] of Object.entries(map)) if (k.trim().toLowerCase() === key) return v;
    throw new RowError(raw === '' ? 'missing-value' : reason, column, raw);
  }
  if (raw === '') throw new RowError('missing-value', column, raw);
  const found = allowed.find((a) => String(a) === raw);
  if (found === undefined) throw new RowError(reason, column, raw);
  return found;
}
