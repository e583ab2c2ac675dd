// Whose report a PDF is, read back from its own bytes (the info dictionary's title,
// which ends in the debiteurnummer): the check made before a PDF is attached.
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfMismatch, pdfTitle } from '../../src/delivery/pdf-title.ts';
import { monthPdfs } from '../../src/delivery/render.ts';
import { fixture, MONTH } from './support.ts';

let pdfs: Map<string, Buffer>;
beforeAll(async () => {
  const f = await fixture();
  const source = await monthPdfs(f.model, MONTH)(['K1', 'K2']);
  pdfs = new Map(['K1', 'K2'].map((k) => [k, source.get(k)!]));
  source.close();
});

describe('the PDF\'s own title', () => {
  it('is read back from the bytes, accents and dash included', () => {
    expect(pdfTitle(pdfs.get('K1')!)).toBe('Servicerapportage november 2025 – Fysiotherapie Zoë & Chloé Ëlst (K1)');
    expect(pdfTitle(pdfs.get('K2')!)).toBe('Servicerapportage november 2025 – Praktijk Zuid (K2)');
  });

  it('matches only that client\'s report of that month', () => {
    expect(pdfMismatch(pdfs.get('K2')!, MONTH, 'Praktijk Zuid', 'K2')).toBeNull();
    expect(pdfMismatch(pdfs.get('K2')!, MONTH, 'Fysiotherapie Zoë & Chloé Ëlst', 'K1')).toBe('de PDF is van een andere klant (K2), niet van K1');
    expect(pdfMismatch(pdfs.get('K2')!, '2025-10', 'Praktijk Zuid', 'K2')).toBe(
      'de titel van de PDF ("Servicerapportage november 2025 – Praktijk Zuid (K2)") is niet die van het rapport van K2 over deze maand ("Servicerapportage oktober 2025 – Praktijk Zuid (K2)")',
    );
    expect(pdfMismatch(Buffer.from('%PDF-1.7\nniets\n%%EOF\n'), MONTH, 'Praktijk Zuid', 'K2')).toBe('de PDF heeft geen titel; niet na te gaan van welke klant hij is');
  });
});
