// Whose report a PDF is, read back from its bytes: the info dictionary's Title,
// which ends in the debiteurnummer in brackets ("Servicerapportage november 2025 –
// Praktijk Zuid (K2)", words/client-report.ts). Before a PDF is attached, its title
// must be the one this client's report has; anything else is refused.
import { clientReportTitle } from '../words/index.ts';

/** The body of indirect object `n g` ("n g obj … endobj"), or null. */
function objectBody(pdf: string, n: string, g: string): string | null {
  const found = new RegExp(`(?:^|[\\r\\n])${n}\\s+${g}\\s+obj\\b`).exec(pdf);
  if (!found) return null;
  const start = found.index + found[0].length;
  const end = pdf.indexOf('endobj', start);
  return end < 0 ? null : pdf.slice(start, end);
}

/** The trailer's /Info object (the last trailer: an updated file appends a new one). */
function infoDictionary(pdf: string): string | null {
  const trailers = [...pdf.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)];
  const info = trailers.at(-1)?.[1].match(/\/Info\s+(\d+)\s+(\d+)\s+R/);
  return info ? objectBody(pdf, info[1], info[2]) : null;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** A PDF literal string "(…)" from `from` (just after the opening bracket), as raw bytes (latin1). */
function literalString(s: string, from: number): string | null {
  let out = '';
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const next = s[++i];
      if (next in ESCAPES) out += ESCAPES[next];
      else if (/[0-7]/.test(next)) {
        const octal = s.slice(i).match(/^[0-7]{1,3}/)![0];
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && s[i + 1] === '\n') i++;
      } else out += next;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return out;
    out += c;
  }
  return null;
}

/** Text string bytes: UTF-16BE with its byte order mark, else PDFDocEncoding (read as Latin-1). */
function textString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

/** The document's title from the info dictionary, or null when it has none (or is no PDF pdfkit wrote). */
export function pdfTitle(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const dict = infoDictionary(text);
  if (dict === null) return null;
  // The title is written in the dictionary, or (as pdfkit does) as an indirect string object.
  const ref = dict.match(/\/Title\s+(\d+)\s+(\d+)\s+R/);
  const direct = dict.search(/\/Title\s*\(/);
  const holder = ref ? objectBody(text, ref[1], ref[2]) : direct < 0 ? null : dict.slice(direct);
  if (holder === null) return null;
  const open = holder.indexOf('(');
  if (open < 0) return null;
  const raw = literalString(holder, open + 1);
  return raw === null ? null : textString(raw);
}

/** Why this PDF may not go to this client, or null when it is that client's report of that month. */
export function pdfMismatch(pdf: Buffer, month: string, clientName: string, clientId: string): string | null {
  const title = pdfTitle(pdf);
  const expected = clientReportTitle(month, clientName, clientId);
  if (title === null) return 'de PDF heeft geen titel; niet na te gaan van welke klant hij is';
  if (title === expected) return null;
  const owner = title.match(/\(([^()]*)\)$/)?.[1];
  if (owner !== undefined && owner !== clientId) return `de PDF is van een andere klant (${owner}), niet van ${clientId}`;
  return `de titel van de PDF ("${title}") is niet die van het rapport van ${clientId} over deze maand ("${expected}")`;
}
