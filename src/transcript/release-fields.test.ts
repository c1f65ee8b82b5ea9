// A minister's transcript release as a PDF's text layer gives it (our own words): field lines on
// top ("Transcription:", "Date:", "Topic(s):"), and the office's letterhead printed in the middle
// of a sentence where a page broke.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const text = [
  'TRANSCRIPT',
  'Doorstop - Harbour Steps',
  'Transcription: PROOF COPY E & OE',
  'Date: Tuesday, 4 March 2031',
  'Topic(s):  Ferries, the port budget',
  'QUESTION: Minister, will the ferries run on Sunday?',
  'INES MARLOW: They will. The crews are ready and the berths are clear, and as far as the',
  'Senator the Hon. Ines Marlow Minister for Transport Senator for the Northern Isles',
  'timetable is concerned, nothing changes.',
  'QUESTION: And the budget?',
  'INES MARLOW: It is on track.',
].join('\n\n');

describe('a minister’s transcript release with field lines and a letterhead at a page break', () => {
  const { record, report } = importTranscript(text);

  it('reads the field lines as metadata: the date, and no speaker called Transcription', () => {
    assert.equal(record.conference.date, '2031-03-04');
    assert.equal(
      record.people.some((p) => /transcription|topic/i.test(p.name)),
      false,
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Ines Marlow'],
        ['question', null],
        ['answer', 'Ines Marlow'],
      ],
    );
  });

  it('takes the letterhead out of the sentence and joins its two halves', () => {
    const answer = record.turns.find((t) => t.kind === 'answer')!;
    assert.equal(answer.text.en, 'They will. The crews are ready and the berths are clear, and as far as the timetable is concerned, nothing changes.');
    assert.ok(report.some((r) => r.reason === 'a page’s letterhead printed inside a sentence'));
  });
});

describe('a release with a typist’s slip in an office, an editor’s correction and a newsroom’s end mark', () => {
  const release = [
    'SECRETARY OKAFOR: Good afternoon. We agreed on the ferry routes.',
    'SECTRETARY OKAFOR: And on the fares, which stay as they are.',
    'Q: Will the routes open this year?',
    'SECRETARY OKAFOR: In May.',
    '* CORRECTION: from April.',
    '**-30-**',
  ].join('\n\n');
  const { record } = importTranscript(release);

  it('reads the misspelt office as the same official', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Okafor', 'principal']],
    );
  });

  it('keeps the correction and the end mark out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'In May.');
  });
});

describe('a reporter and outlet label run on from the answer before it (a PDF text layer)', () => {
  it('starts a question there, a label by its form', () => {
    const text = [
      'Ines Okafor: Good afternoon.',
      'Ana Lima, Harbour Times: Will rates rise?',
      'Ines Okafor: Not this quarter. We will see in May how wages move, and decide then.\nTom Reyes, Quayside News International: And the forecast for unemployment?',
      'Ines Okafor: It rises a little.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Ines Okafor', null],
        ['question', 'Ana Lima', 'Harbour Times'],
        ['answer', 'Ines Okafor', null],
        ['question', 'Tom Reyes', 'Quayside News International'],
        ['answer', 'Ines Okafor', null],
      ],
    );
  });
});
