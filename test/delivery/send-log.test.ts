// The send log is only appended to, one line per step of a message: "bezig" before it is
// handed to the server, then "verzonden", "mislukt" or "onzeker". What a rerun must conclude
// from each sequence (worked out from what each line means): a "bezig" line with nothing
// after it is a crash mid-send, so the message may have arrived; a torn line counts for
// nothing and the next entry starts a line of its own; a line that is no step stops the run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSendLog, readSendLog, sendHistory, sendLogOf, type SendLogEntry, type SendState } from '../../src/delivery/send-log.ts';
import { tempDir } from '../pdf/support.ts';
import { root } from '../support/cli.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const step = (client: string, state: SendState, id: string, pdf = A, at = '2025-12-03T09:15:00.000Z'): SendLogEntry => ({ client, month: '2025-11', state, pdfSha256: pdf, messageId: `<${id}@intramed.nl>`, recipients: [`praktijk.${client.toLowerCase()}@example.org`], at });

function history(entries: SendLogEntry[]) {
  const h = sendHistory(sendLogOf(entries), 'K1', '2025-11');
  return { sent: h.sent?.messageId ?? null, uncertain: h.uncertain?.messageId ?? null, reached: h.reached };
}

/** Per PDF hash, who has a message with it. */
function deliveredTo(entries: SendLogEntry[]) {
  const h = sendHistory(sendLogOf(entries), 'K1', '2025-11');
  return Object.fromEntries([...h.delivered].map(([pdf, to]) => [pdf.slice(0, 1), [...to]]));
}

describe('verzendlog.jsonl', () => {
  it('appends one line per step, each read back', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    const log = readSendLog(file);
    appendSendLog(file, log, step('K1', 'bezig', 'm1'));
    appendSendLog(file, log, step('K1', 'verzonden', 'm1'));
    expect(readFileSync(file, 'utf8')).toBe(
      '{"client":"K1","month":"2025-11","state":"bezig","pdfSha256":"' + A + '","messageId":"<m1@intramed.nl>","recipients":["praktijk.k1@example.org"],"at":"2025-12-03T09:15:00.000Z"}\n' +
        '{"client":"K1","month":"2025-11","state":"verzonden","pdfSha256":"' + A + '","messageId":"<m1@intramed.nl>","recipients":["praktijk.k1@example.org"],"at":"2025-12-03T09:15:00.000Z"}\n',
    );
    expect(readSendLog(file).entries).toEqual([step('K1', 'bezig', 'm1'), step('K1', 'verzonden', 'm1')]);
  });

  it('reads each sequence of steps as sent, possibly arrived or not sent', () => {
    expect(history([])).toEqual({ sent: null, uncertain: null, reached: 0 });
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'verzonden', 'm1')])).toEqual({ sent: '<m1@intramed.nl>', uncertain: null, reached: 1 });
    // A crash after "bezig": the message may have arrived.
    expect(history([step('K1', 'bezig', 'm1')])).toEqual({ sent: null, uncertain: '<m1@intramed.nl>', reached: 1 });
    // The connection lost after the hand-over.
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'onzeker', 'm1')])).toEqual({ sent: null, uncertain: '<m1@intramed.nl>', reached: 1 });
    // Certainly not sent: as if never tried.
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'mislukt', 'm1')])).toEqual({ sent: null, uncertain: null, reached: 0 });
    // Sent, then a changed report's message failed: the first one stands.
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'verzonden', 'm1'), step('K1', 'bezig', 'm2', B), step('K1', 'mislukt', 'm2', B)])).toEqual({ sent: '<m1@intramed.nl>', uncertain: null, reached: 1 });
    // Uncertain, then sent again on request: sent, nothing uncertain left.
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'onzeker', 'm1'), step('K1', 'bezig', 'm2'), step('K1', 'verzonden', 'm2')])).toEqual({ sent: '<m2@intramed.nl>', uncertain: null, reached: 2 });
    // Sent, then a crash while a second message went: that one may have arrived.
    expect(history([step('K1', 'bezig', 'm1'), step('K1', 'verzonden', 'm1'), step('K1', 'bezig', 'm2', B)])).toEqual({ sent: '<m1@intramed.nl>', uncertain: '<m2@intramed.nl>', reached: 2 });
    // Who has which PDF: the accepted recipients of each "verzonden" line, in lower case, over all such lines.
    expect(deliveredTo([{ ...step('K1', 'verzonden', 'm1'), recipients: ['Praktijk.K1@example.org'] }, { ...step('K1', 'verzonden', 'm2'), recipients: ['balie.k1@example.org'] }, { ...step('K1', 'onzeker', 'm3', B), recipients: ['x.k1@example.org'] }])).toEqual({ a: ['praktijk.k1@example.org', 'balie.k1@example.org'] });
    // Another client's or month's steps do not count.
    expect(history([step('K2', 'bezig', 'm1'), { ...step('K1', 'bezig', 'm2'), month: '2025-10' }])).toEqual({ sent: null, uncertain: null, reached: 0 });
  });

  it('a torn last line counts for nothing (the "bezig" line before it does); the next entry starts a new line', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    const torn = JSON.stringify(step('K1', 'verzonden', 'm1')).slice(0, 120);
    writeFileSync(file, `${JSON.stringify(step('K1', 'bezig', 'm1'))}\n${torn}`);
    const log = readSendLog(file);
    expect(log.tornLines).toEqual([2]);
    expect(sendHistory(log, 'K1', '2025-11')).toMatchObject({ sent: undefined, uncertain: { state: 'bezig' } });
    appendSendLog(file, log, step('K2', 'bezig', 'm3'));
    const again = readSendLog(file);
    expect(again.entries.map((e) => `${e.client} ${e.state}`)).toEqual(['K1 bezig', 'K2 bezig']);
    expect(again.tornLines).toEqual([2]);
  });

  it('a full disk: the append throws (the message is not handed over), and the next entry starts a line of its own', () => {
    const dir = tempDir('sla-log-');
    const file = join(dir, 'verzendlog.jsonl');
    // Four complete lines (4 x 235 bytes), then a limit of 1 KiB on file size: the fifth line (233 bytes) fits only in part.
    writeFileSync(file, ['m1', 'm2', 'm3', 'm4'].map((id) => `${JSON.stringify(step('K1', 'mislukt', id))}\n`).join(''));
    const script = `import { appendSendLog, readSendLog } from './src/delivery/send-log.ts';
const f = ${JSON.stringify(file)};
appendSendLog(f, readSendLog(f), ${JSON.stringify(step('K2', 'bezig', 'm5'))});
console.log('appended');`;
    const child = spawnSync('bash', ['-c', `ulimit -f 1; exec "${process.execPath}" --import tsx --input-type=module -e "$0"`, script], { cwd: root, encoding: 'utf8' });
    expect(child.stdout).not.toContain('appended');
    expect(child.stderr).toMatch(/EFBIG|schrijven in het verzendlog lukt niet/);
    const log = readSendLog(file);
    expect(log.tornLines).toEqual([5]);
    expect(sendHistory(log, 'K2', '2025-11')).toMatchObject({ sent: undefined, uncertain: undefined, reached: 0 });
    appendSendLog(file, log, step('K2', 'bezig', 'm5'));
    expect(readSendLog(file).entries.map((e) => `${e.client} ${e.state}`)).toEqual(['K1 mislukt', 'K1 mislukt', 'K1 mislukt', 'K1 mislukt', 'K2 bezig']);
  });

  it('reads a line of the first form (no state, sentAt) as a sent message, and zero bytes left by a power loss as torn', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    const first = { client: 'K1', month: '2025-11', pdfSha256: A, messageId: '<m1@intramed.nl>', recipients: ['praktijk.k1@example.org'], sentAt: '2025-12-03T09:15:00.000Z' };
    writeFileSync(file, `${JSON.stringify(first)}\n\0\0\0\0\n`);
    const log = readSendLog(file);
    expect(log.entries).toEqual([step('K1', 'verzonden', 'm1')]);
    expect(log.tornLines).toEqual([2]);
    // A torn line of the first form was written after the server accepted the message: possibly arrived.
    writeFileSync(file, `${JSON.stringify({ ...first, client: 'K2' }).slice(0, 130)}`);
    expect(sendHistory(readSendLog(file), 'K2', '2025-11')).toMatchObject({ sent: undefined, uncertain: { state: 'onzeker', pdfSha256: A } });
  });

  it('a line that is no step stops with file and line', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    writeFileSync(file, `${JSON.stringify(step('K1', 'bezig', 'm1'))}\nK2 verzonden\n`);
    expect(() => readSendLog(file)).toThrow(`${file}:2: regel in het verzendlog is geen verzendstap`);
    writeFileSync(file, `${JSON.stringify({ ...step('K1', 'bezig', 'm1'), state: 'klaar' })}\n`);
    expect(() => readSendLog(file)).toThrow(`${file}:1: regel in het verzendlog is geen verzendstap`);
  });
});
