// Escaped HTML for the site's long repeated fragments (ticket rows, timelines):
// at 150,000 tickets Astro's per-expression rendering is the build's cost, so
// these are joined as strings. Every interpolated value is escaped unless it is
// itself the result of `html` (or `raw`), so data never becomes markup.
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]);
}

/** Markup that is already safe (built by `html`, or a constant of the code). */
export const raw = (text: string) => new Html(text);

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${name}</td>\`` with `name` escaped. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}
