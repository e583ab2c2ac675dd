// Escaped HTML fragments: data never becomes markup.
import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/site/html.ts';

describe('html', () => {
  it.each([
    { name: 'a script tag', value: '<script>alert(1)</script>', expected: '<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>' },
    { name: 'an attribute break-out', value: '"><img src=x onerror=alert(1)>', expected: '<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>' },
    { name: 'an ampersand and a quote', value: "Fysio & Co's", expected: '<td>Fysio &amp; Co&#39;s</td>' },
  ])('escapes $name', ({ value, expected }) => expect(html`<td>${value}</td>`.text).toBe(expected));

  it('keeps nested fragments, joins lists and drops null, undefined and false', () => {
    const cells = ['a<', 'b'].map((v) => html`<td>${v}</td>`);
    expect(html`<tr>${cells}${null}${undefined}${false}${raw('<td></td>')}</tr>`.text).toBe('<tr><td>a&lt;</td><td>b</td><td></td></tr>');
  });

  it('escapes inside attributes', () => expect(html`<tr data-ticket="${'x" onclick="y'}">`.text).toBe('<tr data-ticket="x&quot; onclick=&quot;y">'));
});
