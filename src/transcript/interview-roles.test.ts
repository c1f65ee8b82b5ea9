// Role labels that stand for people the document names elsewhere, and the lines around a title that
// are not part of it: our own texts in shapes seen in published transcripts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('"Interviewer:" / "Interviewee:" under a title that names the guest', () => {
  const { record } = importTranscript(fixture('interviewee-labels.txt'));

  it('names the interviewee from the title and keeps the recording line out of the title', () => {
    assert.equal(record.conference.title, 'Interview with Dr. Amara Osei, chief economist of the Coastal Development Bank');
    assert.equal(record.conference.date, '2025-06-18');
    const answers = record.turns.filter((t) => t.kind === 'answer');
    assert.equal(answers.length, 3);
    assert.ok(answers.every((t) => t.speaker?.name === 'Amara Osei' && t.speaker.role === 'principal'));
    assert.equal(record.turns.filter((t) => t.kind === 'question').length, 3);
  });
});

describe('timestamped capitals labels, a moderator named in brackets and "Question from the floor"', () => {
  const { record } = importTranscript(fixture('timestamped-caps-labels.txt'));

  it('names the governor without the acronym after his name in the title, and the floor is no outlet', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Whitfield', 'principal'],
        ['Dana Ortiz', 'moderator'],
        ['Ben Ruiz', 'journalist'],
      ],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['Valley Gazette'],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['statement', 'statement', 'moderation', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('a radio host who interviews one guest', () => {
  it('is the press, though the host hands the guest the floor by name', () => {
    const text = [
      'RADIO INTERVIEW',
      'HARBOUR RADIO BREAKFAST',
      '',
      'MARA QUIST, HOST: The port had its worst quarter in years. Minister, welcome.',
      '',
      'BEN ODE, MINISTER: Good morning, Mara.',
      '',
      'QUIST: What went wrong?',
      '',
      'ODE: The storms closed the quay for three weeks.',
      '',
      'QUIST: Will the fees rise?',
      '',
      'ODE: Not this year.',
      '',
      'QUIST: And next year?',
      '',
      'ODE: That is for the board.',
      '',
      'QUIST: Will you come back in the spring?',
      '',
      'ODE: Gladly.',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Mara Quist'],
        ['answer', 'Ben Ode'],
        ['question', 'Mara Quist'],
        ['answer', 'Ben Ode'],
        ['question', 'Mara Quist'],
        ['answer', 'Ben Ode'],
        ['question', 'Mara Quist'],
        ['answer', 'Ben Ode'],
        ['question', 'Mara Quist'],
        ['answer', 'Ben Ode'],
      ],
    );
  });
});

describe('an interview titled by its interviewer, who remarks as often as he asks', () => {
  const exchanges = [
    ['How long has it been now?', 'Six years.'],
    ['A big change, from the harbour union to the ministry.', 'Less than it looks: I sat on the board for two years first.'],
    ['And it has gone smoothly.', 'Mostly. The first winter was hard.'],
    ['The ferries, above all.', 'Yes, the ferries. We nearly lost the night service.'],
    ['What saved it?', 'The crews. They took the late shifts themselves.'],
    ['That is unusual.', 'It is a small town. People know each other.'],
    ['Would you do it again?', 'Without a doubt.'],
    ['The new quay, then.', 'Spring, if the weather holds.'],
    ['And after that?', 'A rest, I hope.'],
  ];
  const text = `Interview with Colm Ferris\n\n${exchanges.map(([q, a]) => `### Colm Ferris:\n${q}\n\n### Ada Quist:\n${a}\n`).join('\n')}`;
  const { record } = importTranscript(text);

  it('makes the one who never asks the principal, though the title names the other', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Colm Ferris', 'journalist'],
        ['Ada Quist', 'principal'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 9);
  });
});
