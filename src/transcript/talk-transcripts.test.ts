// A conference talk's community transcript: the speaker named in a list of fields, the talk
// unlabelled, the audience's questions bracketed lines of their own, and an editor's postscript.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const TALK = [
  '# Gates that never stick',
  '* **Speaker: Ines Quarry**',
  '* **Conference: Canal Engineering Days - May 2026**',
  'All right. Today I want to talk about lock gates, and why ours never stick.',
  'The trick is the hinge. We grease it every week, and we check it every month.',
  '[Audience member: How often do you replace them?]',
  'Every twenty years, or sooner after a flood.',
  'And we keep a spare for every lock.',
  '[Audience member: Who pays for the spares?]',
  'The trust does, from its reserve.',
  '[Audience laughter]',
  'Postscript:',
  'This talk was recorded by the conference and is available at https://example.org/talks/gates.',
].join('\n\n');

describe('a talk whose audience is labelled in brackets', () => {
  const { record } = importTranscript(TALK);

  it('reads the speaker from the field list, the talk as the statement, the bracketed lines as questions and the words after each as the answer', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? t.label]),
      [
        ['narration', null],
        ['statement', 'Ines Quarry'],
        ['question', 'Audience member'],
        ['answer', 'Ines Quarry'],
        ['question', 'Audience member'],
        ['answer', 'Ines Quarry'],
        ['narration', null],
      ],
    );
    assert.equal(record.turns[3]!.text.en, 'Every twenty years, or sooner after a flood.\n\nAnd we keep a spare for every lock.');
  });

  it('reads an aside wrapped over lines of its paragraph as on one line', () => {
    const wrapped = TALK.replace('[Audience member: How often do you replace them?]', '[Audience member: How often do you\nreplace them, and who\ndecides?]');
    const turns = importTranscript(wrapped).record.turns;
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name ?? t.label]),
      record.turns.map((t) => [t.kind, t.speaker?.name ?? t.label]),
    );
    assert.equal(turns[2]!.text.en, 'How often do you replace them, and who decides?');
  });

  it('leaves the editor’s postscript out of the speech', () => {
    assert.equal(JSON.stringify(record.turns).includes('This talk was recorded'), false);
    assert.equal(
      record.people.some((p) => p.name === 'Postscript'),
      false,
    );
  });
});
