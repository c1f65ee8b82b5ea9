// A bank's call transcript closes with its legal block (our own words): "Cautionary Statement Regarding
// Forward-Looking Statements | This document contains …", long after the last words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('a cautionary statement after a call', () => {
  const legal = Array.from(
    { length: 60 },
    (_, k) => `statements about the outlook of the bank, line ${k + 1} of the notice, which may differ materially from results`,
  );
  const text = [
    'Harbour Bank Q1 Results Call',
    'Ana Ruiz: Good morning. Profit rose a tenth.',
    'Jo Brandt, Quayside Capital: Thanks. Will costs fall?',
    'Ana Ruiz: They will, by the autumn. Thank you all for joining.',
    ['Cautionary Statement Regarding Forward-Looking Statements | This document contains statements that constitute forward-looking', ...legal].join('\n'),
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('keeps the notice out of the last answer', () => {
    const last = record.turns.filter((t) => t.kind !== 'narration').at(-1)!;
    assert.equal(last.text.en, 'They will, by the autumn. Thank you all for joining.');
  });
});
