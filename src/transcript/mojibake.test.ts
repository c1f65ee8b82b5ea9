// UTF-8 once read as Windows-1252 ("Q.Â\u00a0", "itâ€™s") and a capitals label with a name's prefix
// in small letters ("LeBRON JAMES:"), as a basketball data set stores its press conferences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { withMojibakeRepaired } from './mojibake.ts';

describe('withMojibakeRepaired', () => {
  it('reads runs of misread UTF-8 back as the characters they were', () => {
    assert.equal(withMojibakeRepaired('Q.Â\u00a0 It’s here. itâ€™s fine, Ã©tÃ©.'), 'Q.\u00a0 It’s here. it’s fine, été.');
  });

  it('leaves a name spelt with accents alone', () => {
    assert.equal(withMojibakeRepaired('Ângela Souza met Ãlvaro.'), 'Ângela Souza met Ãlvaro.');
  });
});

describe('a press conference stored with misread no-break spaces', () => {
  const text = [
    '# HARBOUR FINALS: NORTH v SOUTH',
    'Q.Â\u00a0 Dana, how is the knee?',
    'DeSHAWN OKAFOR:Â\u00a0 Better every day.Â\u00a0 I will play on Sunday.',
    'Q.Â\u00a0 And the travel?',
    'DeSHAWN OKAFOR:Â\u00a0 Long, but fine.',
    'Q.Â\u00a0 And the crowd on Sunday?',
    'DeSHAWN OKAFOR:Â\u00a0 Thank you.',
  ].join('\n\n');

  it('reads "Q." and the capitals label with its prefix, the name in natural case', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'DeShawn Okafor'],
        ['question', null],
        ['answer', 'DeShawn Okafor'],
        ['question', null],
        ['answer', 'DeShawn Okafor'],
      ],
    );
    assert.ok(!record.turns.some((t) => Object.values(t.text).join('').includes('Â')));
  });
});
