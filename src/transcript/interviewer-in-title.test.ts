// An office's feed item that titles an interview by who answers and then who asks ("Secretary … With
// Ilse Marr of Harbour Radio"), the interviewer labelled only "QUESTION:", and a byline and a
// place alone above the first question (our own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { interviewerInTitle } from './metadata.ts';

describe('an interview titled "Secretary … With <interviewer> of <outlet>"', () => {
  const { record } = importTranscript(fixture('interviewer-in-title.xml'));

  it('gives every "QUESTION:" turn to the interviewer the title names, with the outlet', () => {
    const press = record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection');
    assert.equal(press.length, 4);
    for (const turn of press) assert.deepEqual([turn.speaker?.name, turn.outlet?.name], ['Ilse Marr', 'Harbour Radio']);
  });

  it('keeps the place alone above the first question as no one’s statement', () => {
    assert.ok(!record.turns.some((t) => t.kind === 'statement'));
    assert.equal(record.turns.filter((t) => t.speaker?.name === 'Tomas Venn').length, 4);
  });

  it('reads no interviewer from a joint appearance or an official named after "with"', () => {
    assert.deepEqual(interviewerInTitle('Secretary Tomas Venn with Ilse Marr'), { name: 'Ilse Marr', role: 'journalist' });
    assert.equal(interviewerInTitle('The President’s News Conference With Prime Minister Ada Holt of Northland'), null);
    assert.equal(interviewerInTitle('Harbour Press Briefing with Presidential Spokesperson Tomas Venn'), null);
    assert.equal(interviewerInTitle('Tomas Venn With Deputy Secretary Ilse Marr'), null);
  });
});
