// An article's key points over the transcript it reposts, set as "topic: gist" lines: the editor's,
// not speakers. A call whose speakers' first labels carry their posts is not such a summary. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const kinds = (text: string) => importTranscript(Buffer.from(text), { fileName: 'page.md' }).record.turns.map((t) => [t.kind, t.speaker?.name ?? null]);

describe('an article’s key points over the transcript', () => {
  it('leaves the points in the preamble, no speakers', () => {
    const text = [
      'Harbour Chief on Ferries, Quays and the Promenade',
      '',
      'Key points from the interview:',
      '',
      'Automation: Kovac expects half the cranes to run themselves within three years.',
      '',
      'Ferries: a boat every fifteen minutes from next spring, Kovac said.',
      '',
      'Promenade: Kovac said the waterfront walk opens in two years.',
      '',
      'Interviewer: Welcome. What will the quays look like?',
      '',
      'Anna Kovac: Quieter and cleaner.',
      '',
      'Interviewer: And the ferries?',
      '',
      'Anna Kovac: More of them.',
      '',
      'Interviewer: When does the walk open?',
      '',
      'Anna Kovac: In two years.',
      '',
      'Interviewer: Any last word for residents?',
      '',
      'Anna Kovac: Come down to the water.',
    ].join('\n');
    const read = kinds(text);
    assert.ok(!read.some(([, name]) => name === 'Automation' || name === 'Ferries' || name === 'Promenade'));
    assert.deepEqual(read.slice(-8), [
      ...Array.from({ length: 4 }, () => [
        ['question', 'Interviewer'],
        ['answer', 'Anna Kovac'],
      ]).flat(),
    ]);
  });

  it('keeps a call’s first labels, which carry the speakers’ posts, as turns', () => {
    const text = [
      'Harbour Bank Q1 Results Call',
      '',
      'Jo Reyes, Coastline Securities: Good morning. Two questions on deposits.',
      '',
      'Mara Quint, Finance Director: Thank you, Jo. Deposits grew.',
      '',
      'Tomas Berg, Chief Executive: And margins held.',
      '',
      'Mara Quint: Next question, please.',
      '',
      'Ana Lima, Harbour Research: On costs, will they fall?',
      '',
      'Mara Quint: They will.',
      '',
      'Tomas Berg: By a little.',
      '',
      'Ana Lima: Thanks.',
      '',
      'Mara Quint: Next question, please.',
      '',
      'Jo Reyes: One more on deposits?',
      '',
      'Tomas Berg: Still growing.',
    ].join('\n');
    const read = kinds(text);
    assert.deepEqual(read.slice(0, 3), [
      ['question', 'Jo Reyes'],
      ['answer', 'Mara Quint'],
      ['answer', 'Tomas Berg'],
    ]);
  });
});
