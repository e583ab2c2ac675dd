// Names of the model's codes (words/labels.ts): a table and a sentence name a kind the
// same way on the site and in the PDFs, capitalised in a table cell, lower case in a sentence.
import { expect, it } from 'vitest';
import { channelText, kindName, kindNamePlural, kindWord, yesNoText } from '../../src/words/index.ts';

it('kinds in a table and in a sentence', () => {
  expect(kindName.incident).toBe('Incident');
  expect(kindNamePlural.bug).toBe('Bugs');
  expect(kindWord('incident')).toBe('incident');
  expect(kindWord('bug', true)).toBe('bugs');
});

it('how a storing was reported, as "Geregistreerd (... gemeld)" and the 4.7 finding say it', () => {
  expect(channelText('phone')).toBe('telefonisch');
  expect(channelText('email')).toBe('per e-mail');
  expect(channelText('portal')).toBe('via het portaal');
  expect(channelText('fax')).toBe('via fax'); // a channel the product has no word for is named as it came in
});

it('a yes/no column', () => {
  expect([yesNoText(true), yesNoText(false), yesNoText(null)]).toEqual(['ja', 'nee', '–']);
});
