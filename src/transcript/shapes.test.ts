// Shapes of issue 10 that real transcripts take, each in a fixture of our own: calls run by an
// operator who names the analyst and the firm, joint appearances with two principals who each
// hand the floor, anonymous officials, and speakers labelled by surname or office whose full
// name is printed only in the title.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

/** [kind, label, speaker name, speaker role, outlet, replyTo] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null, t.replyTo]);
}

describe('a results call run by an operator (shape c)', () => {
  const { record } = importTranscript(fixture('operator-call.txt'));

  it('reads the operator as moderation and gives each question the analyst and firm the operator names', () => {
    assert.deepEqual(shape(record), [
      ['moderation', 'Operator', 'Operator', 'moderator', null, null],
      ['moderation', 'Odile Brandt', 'Odile Brandt', 'moderator', null, null],
      ['statement', 'Tobias Renner', 'Tobias Renner', 'principal', null, null],
      ['statement', 'Marguerite Osei', 'Marguerite Osei', 'principal', null, null],
      ['moderation', 'Operator', 'Operator', 'moderator', null, null],
      ['question', 'Henrik Sören Dahl', 'Henrik Sören Dahl', 'journalist', 'Northgate Securities', null],
      ['answer', 'Tobias Renner', 'Tobias Renner', 'principal', null, 6],
      ['moderation', 'Operator', 'Operator', 'moderator', null, null],
      ['question', 'Justine Park', 'Justine Park', 'journalist', 'Meridian Capital', null],
      ['answer', 'Marguerite Osei', 'Marguerite Osei', 'principal', null, 9],
      ['moderation', 'Operator', 'Operator', 'moderator', null, null],
      ['question', 'Ravi Menon', 'Ravi Menon', 'journalist', 'Eastgate Capital', null],
      ['answer', 'Marguerite Osei', 'Marguerite Osei', 'principal', null, 12],
      ['moderation', 'Operator', 'Operator', 'moderator', null, null],
    ]);
  });

  it('takes a question that names the next speaker for a question, not a hand-off', () => {
    assert.equal(record.people.find((p) => p.name === 'Justine Park')?.role, 'journalist');
  });

  it('takes an analyst the operator calls on for a questioner, even when the question has no question mark', () => {
    assert.equal(record.people.find((p) => p.name === 'Ravi Menon')?.role, 'journalist');
  });
});

describe('a joint press availability (shape d)', () => {
  const { record } = importTranscript(fixture('joint-availability.txt'));

  it('has two principals named in full from the title, each handing the floor to a named reporter', () => {
    assert.deepEqual(shape(record), [
      ['statement', 'CHANCELLOR VOLLRATH', 'Ines Vollrath', 'principal', null, null],
      ['statement', 'PREMIER ADJEI-MENSAH', 'Kofi Adjei-Mensah', 'principal', null, null],
      ['moderation', 'CHANCELLOR VOLLRATH', 'Ines Vollrath', 'principal', null, null],
      ['question', 'Q', 'Mira Solberg', 'journalist', 'Harbour Radio', null],
      ['answer', 'CHANCELLOR VOLLRATH', 'Ines Vollrath', 'principal', null, 4],
      ['moderation', 'PREMIER ADJEI-MENSAH', 'Kofi Adjei-Mensah', 'principal', null, null],
      ['question', 'Q', 'Yaw Ofori', 'journalist', 'Coastline Daily', null],
      ['answer', 'PREMIER ADJEI-MENSAH', 'Kofi Adjei-Mensah', 'principal', null, 7],
      ['answer', 'SENIOR OFFICIAL ONE', 'Senior Official One', 'principal', null, 7],
      ['answer', 'CHANCELLOR VOLLRATH', 'Ines Vollrath', 'principal', null, 7],
    ]);
  });

  it('keeps an anonymous role label whole, as one speaker', () => {
    const official = record.people.find((p) => p.name.includes('Official'));
    assert.deepEqual(official && [official.name, official.titles], ['Senior Official One', []]);
  });
});

describe('labels in other forms', () => {
  it('reads "SENIOR ADMINISTRATION OFFICIAL TWO:" as one official, never a title and a name', () => {
    const text = [
      'Background Call on the Harbour Accord',
      '',
      'MODERATOR:  Thanks, everyone. Our speakers are on background.',
      '',
      'SENIOR ADMINISTRATION OFFICIAL ONE:  Thank you. The accord covers fishing limits for the next ten years, and both sides have agreed to review the quotas every second year with independent scientists.',
      '',
      'QUESTION:  Will the quotas be published?',
      '',
      'SENIOR ADMINISTRATION OFFICIAL TWO:  Yes, every year, on the ministry website, with the data behind them.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(shape(record), [
      ['moderation', 'MODERATOR', 'Moderator', 'moderator', null, null],
      ['statement', 'SENIOR ADMINISTRATION OFFICIAL ONE', 'Senior Administration Official One', 'principal', null, null],
      ['question', 'QUESTION', null, null, null, null],
      ['answer', 'SENIOR ADMINISTRATION OFFICIAL TWO', 'Senior Administration Official Two', 'principal', null, 3],
    ]);
  });

  it('names "THE VICE PRESIDENT:" from the title, and one speaker under two spellings is one person', () => {
    const text = [
      'Remarks by Vice President Ana Lucero After Touring the Flood Barrier',
      '',
      'THE VICE PRESIDENT:  We saw the barrier hold last night, and the crews deserve our thanks. The repairs will be paid for in full.',
      '',
      'Q    Madam Vice President, when will the second barrier be built?',
      '',
      'VICE PRESIDENT LUCERO:  Work starts this summer and ends in two years.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Ana Lucero', 'principal']],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['statement', 'question', 'answer'],
    );
  });
});
