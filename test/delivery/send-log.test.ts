// The send log is only appended to: a line cut off by a crash (the server had accepted
// that message: lines are written only after acceptance) still counts as sent when its
// client, month and PDF hash made it to disk; the next entry starts a line of its own;
// a line that is no entry at all stops the run naming file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendSendLog, lastSend, readSendLog, type SendLogEntry } from '../../src/delivery/send-log.ts';
import { tempDir } from '../pdf/support.ts';

const HASH = 'a'.repeat(64);
const entry = (client: string, sha = HASH): SendLogEntry => ({ client, month: '2025-11', pdfSha256: sha, messageId: `<${client}@intramed.nl>`, recipients: [`praktijk.${client.toLowerCase()}@example.org`], sentAt: '2025-12-03T09:15:00.000Z' });

describe('verzendlog.jsonl', () => {
  it('appends one line per message, each read back', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    const log = readSendLog(file);
    appendSendLog(file, log, entry('K1'));
    appendSendLog(file, log, entry('K2'));
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(entry('K1'))}\n${JSON.stringify(entry('K2'))}\n`);
    expect(readSendLog(file).entries).toEqual([entry('K1'), entry('K2')]);
  });

  it('a torn last line with client, month and hash counts as sent; the next entry starts a new line', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    const torn = JSON.stringify(entry('K2')).slice(0, 120);
    writeFileSync(file, `${JSON.stringify(entry('K1'))}\n${torn}`);
    const log = readSendLog(file);
    expect(log.tornLines).toEqual([2]);
    expect(lastSend(log, 'K2', '2025-11')).toMatchObject({ client: 'K2', pdfSha256: HASH, sentAt: '' });
    appendSendLog(file, log, entry('K3'));
    const again = readSendLog(file);
    expect(again.entries.map((e) => e.client)).toEqual(['K1', 'K2', 'K3']);
    expect(again.tornLines).toEqual([2]);
  });

  it('a line that is no entry stops with file and line', () => {
    const file = join(tempDir('sla-log-'), 'verzendlog.jsonl');
    writeFileSync(file, `${JSON.stringify(entry('K1'))}\nK2 verzonden\n${JSON.stringify(entry('K3'))}\n`);
    expect(() => readSendLog(file)).toThrow(`${file}:2: regel in het verzendlog is geen verzending`);
  });
});
