// An oral history as a wiki prints it: a biography over the record's title line ("ANA LIMA: An
// Interview Conducted by …"), a block of fields naming who answers and who asks ("INTERVIEWEE:",
// "INTERVIEWER:", "DATE:", "PLACE:"), the interview under its labels, and the wiki's foot ("Retrieved
// from …"). Our own words (fixtures/oral-history-fields.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('an oral history with a block of fields', () => {
  const { record } = importTranscript(readFileSync(new URL('./fixtures/oral-history-fields.md', import.meta.url)), { fileName: 'oral-history-fields.md' });

  it('reads the fields as the record’s: the date and place of the interview, not the date of birth', () => {
    assert.equal(record.conference.date, '2011-08-31');
    assert.equal(record.conference.venue, 'Flagstaff, AZ');
  });

  it('gives the questions to the interviewers and the answers to the one interviewed, no field or title line a turn', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Jo Reyes'],
        ['answer', 'Ana Lima'],
        ['question', 'Mara Quint'],
        ['answer', 'Ana Lima'],
        ['question', 'Jo Reyes'],
        ['answer', 'Ana Lima'],
      ],
    );
    assert.ok(!record.people.some((p) => /interview/i.test(p.name)));
  });

  it('keeps the wiki’s foot out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'Because of a film about the port of Rotterdam that I saw as a student.');
  });
});
