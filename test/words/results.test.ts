// Result words (words/results.ts): every result has a mark and words, never colour alone,
// and the site and the PDFs use the same ones.
import { describe, expect, it } from 'vitest';
import { clientReportLabel, labelText, statusLabel, statusUpdateLabel } from '../../src/words/index.ts';

describe('a storing against its streeftijd', () => {
  it.each([
    { name: 'met', status: 'met', margin: false, risk: null, expected: '✓ binnen streeftijd' },
    { name: 'met within the "1 à 2 maanden" margin', status: 'met', margin: true, risk: null, expected: '✓ binnen marge' },
    { name: 'breached', status: 'breached', margin: null, risk: null, expected: '✗ buiten streeftijd' },
    { name: 'open past its streeftijd', status: 'open-breached', margin: null, risk: null, expected: '✗ open, te laat' },
    { name: 'open and at risk', status: 'open', margin: null, risk: true, expected: '! open, risico' },
    { name: 'open', status: 'open', margin: null, risk: false, expected: '○ open' },
    { name: 'a question has no streeftijd', status: 'not-applicable', margin: null, risk: null, expected: '– geen streeftijd' },
  ])('$name', ({ status, margin, risk, expected }) => expect(labelText(statusLabel(status, margin, risk))).toBe(expected));
});

it('status updates and reports to the client', () => {
  expect(statusUpdateLabel(true)).toBe('✓ op tijd');
  expect(statusUpdateLabel(false)).toBe('✗ te laat');
  expect(statusUpdateLabel(null)).toBe('–');
  expect(clientReportLabel(false)).toBe('✗ niet op tijd');
});
