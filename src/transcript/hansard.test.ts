// Parliamentary questions as Hansard prints them, kept in a static site's post: members labelled with
// their seat and party, the chair's "Mr. Speaker", a name with a character reference in it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('Hansard labels in a blog post', () => {
  const { record } = importTranscript(fixture('hansard-members.md'));

  it('reads a member labelled with seat and party as the member, and the later surname label as the same person', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Orla Fenwick'],
        ['answer', 'The Premier'],
        ['question', 'Orla Fenwick'],
        ['moderation', 'Mr. Speaker'],
        ['question', 'Orla Fenwick'],
        ['answer', 'The Premier'],
        ['question', 'Cián Doyle'],
        ['answer', 'The Premier'],
      ],
    );
    assert.deepEqual(record.people.find((p) => p.name === 'Orla Fenwick')?.titles, ['Ms.']);
  });

  it('keeps the template tag and the excerpt mark out of the record', () => {
    const text = record.turns.map((t) => t.text.en).join('\n');
    assert.ok(!text.includes('{%') && !text.includes('<!--'), text);
    assert.equal(record.turns[0]!.text.en, 'Will the Premier tell the House when the Saline ferry will run again, and why the date has slipped twice?');
  });
});

describe('supplementary questions after a minister’s speech, members printed "MP Name:"', () => {
  const text = [
    'Supplementary questions',
    'MP Orla Fenwick: Sir, the Minister spoke of the new harbour. When will the first ferries call there?',
    'Minister for Harbours Ines Okafor: In May, and the timetable is out next week.',
    'MP Cián Doyle: Thank you, Chairman. Just two clarifications on the timetable and on the fares.',
    'Minister Okafor: The fares stay as they are this year.',
    'MP Orla Fenwick: I would like to add a point on the northern berths, which the Minister did not mention.',
    'Minister Okafor: Those berths open in the autumn.',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('has every member ask, however the turn ends, and the minister answer', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['question', 'journalist'],
        ['answer', 'principal'],
        ['question', 'journalist'],
        ['answer', 'principal'],
        ['question', 'journalist'],
        ['answer', 'principal'],
      ],
    );
  });
});
