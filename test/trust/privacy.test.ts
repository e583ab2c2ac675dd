// Private by construction. Unique markers are planted in every free-text
// and personal field of the input (a Zendesk export's descriptions, subjects,
// comments, requester names and e-mail addresses; extra free-text columns and event
// values in the canonical files), a full `sla-rapport build` runs, and every file it
// wrote is searched for them: HTML, JS, CSS, JSON as text, PDFs as extracted text
// and as raw bytes (metadata). Then every client PDF and every complaint dossier of
// that build is read back: it names no other client and no other client's tickets.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText, requireTool } from '../pdf/support.ts';
import { cli } from '../support/cli.ts';

const MARK = 'Qx7v';
const markers = {
  description: `${MARK}Omschrijving`,
  subject: `${MARK}Onderwerp`,
  comment: `${MARK}Opmerking`,
  requester: `${MARK}Aanvrager Jansen`,
  email: `${MARK.toLowerCase()}.aanvrager@example.invalid`,
  submitter: `${MARK}Indiener`,
  assignee: `${MARK}Behandelaar`,
  tags: `${MARK}Label`,
  brokenRow: `${MARK}AfgebrokenRij`,
  canonicalDescription: `${MARK}CanoniekeOmschrijving`,
  canonicalEmail: `${MARK.toLowerCase()}@praktijk.invalid`,
  eventValue: `${MARK}Gebeurteniswaarde`,
};

/** Every client of the input: debiteurnummer and name (an export's Organization is both), with its tickets. */
const clients = [
  { id: 'K101', name: 'Fysiotherapie Noorderlicht', tickets: ['P-1', 'P-2', 'P-3'] },
  { id: 'K202', name: 'Oefenpraktijk Zuiderzon', tickets: ['P-4', 'P-5'] },
  { id: 'K303', name: 'Manuele Therapie Westerhout', tickets: ['P-6'] },
  { id: 'Praktijk Oosterpoort', name: 'Praktijk Oosterpoort', tickets: ['ZD-501', 'ZD-502', 'ZD-503'] },
  { id: 'Fysio Middenmeer', name: 'Fysio Middenmeer', tickets: ['ZD-504', 'ZD-505'] },
];
const complaintClient: Record<string, string> = { 'KL-1': 'K101', 'KL-2': 'K202' };

const m = markers;
const TICKETS = `id,client_id,client_name,product,type,reported_priority,priority,channel,registered_at,resolved_at,version,description,requester_email
P-1,K101,Fysiotherapie Noorderlicht,intramed,incident,1,1,phone,2026-03-02T09:00,2026-03-02T15:00,2026.1,"${m.canonicalDescription}, met komma",${m.canonicalEmail}
P-2,K101,Fysiotherapie Noorderlicht,intramed,incident,2,2,email,2026-03-03T10:00,2026-03-09T10:00,2026.1,${m.canonicalDescription},${m.canonicalEmail}
P-3,K101,Fysiotherapie Noorderlicht,intramed-online,question,,3,portal,2026-03-10T11:00,,2026.1,${m.canonicalDescription},${m.canonicalEmail}
P-4,K202,Oefenpraktijk Zuiderzon,intramed,incident,1,1,phone,2026-03-04T08:30,2026-03-04T10:00,2026.1,${m.canonicalDescription},${m.canonicalEmail}
P-5,K202,Oefenpraktijk Zuiderzon,intramed,bug,2,2,email,2026-03-05T13:00,2026-03-20T13:00,2026.1,${m.canonicalDescription},${m.canonicalEmail}
P-6,K303,Manuele Therapie Westerhout,intramed-online,incident,1,1,monitoring,2026-03-06T09:00,2026-03-06T11:00,2026.1,${m.canonicalDescription},${m.canonicalEmail}
`;
const EVENTS = `ticket_id,at,event,value
P-1,2026-03-02T09:05,acknowledged,${m.eventValue}
P-1,2026-03-02T10:00,status_update,${m.eventValue}
P-2,2026-03-03T11:00,waiting_start,${m.eventValue}
P-2,2026-03-04T11:00,waiting_end,${m.eventValue}
P-4,2026-03-04T09:00,status_update,${m.eventValue}
`;
const zendeskRow = (id: number, org: string, priority: string, created: string, solved: string) =>
  `${id},${m.requester},3801,${m.email},${m.submitter},${m.assignee},Support,${m.subject},${m.tags},Solved,${priority},Mail,Incident,${created},${solved || created},${created},${org},${solved},0,2,5,60,0,0,intramed,"${m.description}\nregel twee ""${m.description}""","${m.comment}; ${m.email}"`;
const ZENDESK = [
  'Id,Requester,Requester id,Requester email,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,Organization,Solved at,Reopens,Replies,First reply time in minutes,Full resolution time in minutes,Agent wait time in minutes,On hold time in minutes,Product [list],Description,Comment',
  zendeskRow(501, 'Praktijk Oosterpoort', 'Urgent', '2026-03-02 09:15:00 +0100', '2026-03-02 12:40:00 +0100'),
  zendeskRow(502, 'Praktijk Oosterpoort', 'High', '2026-03-03 16:30:00 +0100', '2026-03-05 11:00:00 +0100'),
  zendeskRow(503, 'Praktijk Oosterpoort', 'Low', '2026-03-11 10:00:00 +0100', ''),
  zendeskRow(504, 'Fysio Middenmeer', 'Normal', '2026-03-12 14:00:00 +0100', '2026-03-13 09:00:00 +0100'),
  zendeskRow(505, 'Fysio Middenmeer', 'Urgent', '2026-03-16 08:10:00 +0100', '2026-03-16 09:30:00 +0100'),
  // Unknown priority and a wrong column count: set aside (shown on Datakwaliteit), free text still not shown.
  zendeskRow(506, 'Fysio Middenmeer', 'Spoed', '2026-03-17 08:10:00 +0100', ''),
  `507,${m.requester},3801,${m.email},x,x,x,"${m.subject}, ${m.brokenRow}`,
].join('\n');
const COMPLAINTS = `id,client_id,received,period_from,period_to,discussed,plan_delivered,outcome
KL-1,K101,2026-03-20,2026-03-01,2026-03-31,2026-03-25,,
KL-2,K202,2026-03-23,2026-03-01,2026-03-31,,,
`;

let out: string;
let input: string;
let buildLog: string;
const files: string[] = [];

beforeAll(() => {
  requireTool('pdftotext');
  input = mkdtempSync(join(tmpdir(), 'sla-privacy-in-'));
  out = mkdtempSync(join(tmpdir(), 'sla-privacy-out-'));
  const write = (name: string, text: string) => (writeFileSync(join(input, name), text), join(input, name));
  const args = [
    'build', '--out', out, '--as-of', '2026-04-01T00:00',
    '--tickets', write('tickets.csv', TICKETS), '--events', write('events.csv', EVENTS), '--export', write('zendesk.csv', `${ZENDESK}\n`),
    '--complaints', write('complaints.csv', COMPLAINTS), '--backups', 'test/fixtures/norms/backups.csv',
  ];
  const r = cli(args);
  buildLog = r.stderr;
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stderr}`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(out);
});

afterAll(() => {
  for (const dir of [out, input]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const pdfs = () => files.filter((f) => f.endsWith('.pdf'));
const textCache = new Map<string, string>();
const textOf = (file: string) => {
  if (!textCache.has(file)) textCache.set(file, flat(pdfText(file)));
  return textCache.get(file)!;
};

/** The forms a marker could take in a file's bytes: as written, HTML- or JSON-escaped, URL-encoded, UTF-16 (PDF metadata). */
function forms(marker: string): Buffer[] {
  return [marker, marker.replace(/ /g, '&#32;'), encodeURIComponent(marker), marker.replace(/ /g, '\\u0020')]
    .map((s) => Buffer.from(s, 'utf8'))
    .concat([Buffer.from(marker, 'utf16le'), Buffer.from(Buffer.from(marker, 'utf16le').swap16())]);
}

describe('a full build from input with planted markers', () => {
  it('read the input as intended: every ticket judged but the two broken export rows', () => {
    expect(buildLog).toContain('Aansluiting: 13 gelezen = 11 beoordeeld + 2 apart gezet + 0 samengevoegd: sluitend');
    expect(pdfs().some((f) => f.includes('/dossiers/'))).toBe(true);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  });

  it('writes no marker into any file: not as text, escaped, or in PDF text or metadata', () => {
    const all = Object.values(markers).map((s) => [s, forms(s)] as const);
    const leaks: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      const haystacks = file.endsWith('.pdf') ? [bytes, Buffer.from(textOf(file))] : [bytes];
      for (const [marker, variants] of all) {
        if (haystacks.some((h) => variants.some((v) => h.includes(v)))) leaks.push(`${relative(out, file)}: ${marker}`);
      }
      // Whatever the field, nothing starting with the marker prefix may appear.
      if (haystacks.some((h) => h.includes(MARK) || h.includes(MARK.toLowerCase()))) leaks.push(`${relative(out, file)}: ${MARK}...`);
    }
    expect(files.length).toBeGreaterThan(10);
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('(the same search does find what the reports need: every client name, in the site and in a PDF)', () => {
    const html = files.filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const pdfTexts = pdfs().map(textOf).join('\n');
    expect(clients.filter((c) => !html.includes(c.name) || !pdfTexts.includes(c.name)).map((c) => c.name)).toEqual([]);
  });

  it('refers to nothing outside the site for loading: no external src, stylesheet, font, import or fetch', () => {
    const external = String.raw`(?:https?:|wss?:)?//`;
    const rules: [RegExp, RegExp][] = [
      [/\.html$/, new RegExp(String.raw`<(?!a[\s>])[a-z]+\b[^>]*\s(?:src|srcset|href|poster|data|action)\s*=\s*["']?\s*${external}`, 'gi')],
      [/\.(?:html|css)$/, new RegExp(String.raw`(?:url\(\s*["']?\s*|@import\s+["']?)${external}`, 'gi')],
      [/\.(?:m?js|html)$/, new RegExp(String.raw`(?:\bimport\s*\(|\bfrom|\bfetch\(|WebSocket\(|EventSource\(|sendBeacon\()\s*["'\x60]${external}`, 'g')],
    ];
    const found: string[] = [];
    for (const file of files) {
      for (const [applies, pattern] of rules) {
        if (!applies.test(file)) continue;
        for (const hit of readFileSync(file, 'utf8').match(pattern) ?? []) found.push(`${relative(out, file)}: ${hit.slice(0, 120)}`);
      }
    }
    expect(found).toEqual([]);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<![\\w-])${escape(s)}(?![\\w-])`);

/** What a PDF for `own` shows of other clients: their names, debiteurnummers and tickets. */
function othersIn(text: string, own: (typeof clients)[number]): string[] {
  const found: string[] = [];
  for (const other of clients) {
    if (other === own) continue;
    if (word(other.name).test(text)) found.push(`name ${other.name}`);
    if (word(other.id).test(text)) found.push(`number ${other.id}`);
    for (const t of other.tickets) if (word(t).test(text)) found.push(`ticket ${t}`);
  }
  return found;
}

describe('every client PDF and dossier of the build', () => {
  it('holds only its own client: no other client name, debiteurnummer or ticket', () => {
    const clientPdfs = pdfs().filter((f) => /rapporten\/\d{4}-\d{2}\//.test(f) && !f.endsWith('/management.pdf'));
    const dossiers = pdfs().filter((f) => f.includes('/rapporten/dossiers/'));
    expect(clientPdfs.length).toBe(clients.length);
    expect(dossiers.map((f) => f.split('/').pop()).sort()).toEqual(['KL-1.pdf', 'KL-2.pdf']);
    const problems: string[] = [];
    for (const file of clientPdfs) {
      const text = textOf(file);
      const own = clients.filter((c) => text.includes(c.name));
      if (own.length !== 1) {
        problems.push(`${relative(out, file)}: names ${own.length} clients`);
        continue;
      }
      for (const p of othersIn(text, own[0])) problems.push(`${relative(out, file)} (${own[0].id}): ${p}`);
    }
    for (const file of dossiers) {
      const id = file.split('/').pop()!.replace(/\.pdf$/, '');
      const own = clients.find((c) => c.id === complaintClient[id])!;
      const text = textOf(file);
      if (!text.includes(own.name) && !word(own.id).test(text)) problems.push(`${relative(out, file)}: own client ${own.id} missing`);
      for (const p of othersIn(text, own)) problems.push(`${relative(out, file)} (${own.id}): ${p}`);
    }
    expect(problems).toEqual([]);
  });
});
