// Labels set off with a dash instead of a colon, as older transcripts and some pages print them. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('labels set off with a dash', () => {
  it('reads "The President — …" and "Q — …" as it reads their colon forms', () => {
    const lines = [
      'The President’s News Conference',
      '',
      'The President — Good afternoon. I have a short statement on the harbour accord.',
      '',
      'Q — Mr. President, will the accord go to the Senate this summer?',
      '',
      'The President — It will, as soon as the text is ready.',
      '',
      'Q — And the ferry fares?',
      '',
      'The President — I have asked the board to hold them.',
    ];
    const read = (text: string) => importTranscript(Buffer.from(text)).record.turns.map((t) => [t.kind, t.label, Object.values(t.text)[0]]);
    const dashed = read(lines.join('\n'));
    assert.deepEqual(
      dashed.map(([kind, label]) => [kind, label]),
      [
        ['statement', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
        ['question', 'Q'],
        ['answer', 'The President'],
      ],
    );
    assert.deepEqual(dashed, read(lines.map((l) => l.replace(' — ', ': ')).join('\n')));
  });

  it('leaves a call’s "Name Firm – Post" labels and a dash inside a sentence alone', () => {
    const text = [
      'Harbourline Logistics Results Call',
      '',
      'Operator: Good day, and welcome.',
      '',
      'Mara Quist Harbourline Logistics Group – Chief Executive Officer Thank you. It was a steady quarter – better than we hoped.',
      '',
      'Operator: Our first question comes from Ben Ode.',
      '',
      'Ben Ode: What will the new quay cost?',
      '',
      'Mara Quist Harbourline Logistics Group – Chief Executive Officer About forty million.',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.ok(record.turns.some((t) => Object.values(t.text)[0]!.includes('better than we hoped')));
    assert.ok(!record.turns.some((t) => t.label === 'Mara Quist Harbourline Logistics Group'));
  });
});
