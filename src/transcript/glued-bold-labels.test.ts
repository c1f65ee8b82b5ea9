// A joint press conference as a web page stores it (glued-bold-labels.md, our own words): bold
// labels run into the sentence before them, an interpreter's note in brackets, reporters called on
// by first name ("Dave (off microphone).", "Mike."), and a stenographer's close.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const { record } = importTranscript(fixture('glued-bold-labels.md'), { fileName: 'glued-bold-labels.md' });
const spoken = record.turns.filter((t) => t.kind !== 'narration');

describe('bold labels glued to the sentence before them', () => {
  it('starts a turn at each glued label, however long the line', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Tomas Lind'],
        ['statement', 'Ines M. Okafor'],
        ['moderation', 'Moderator'],
        ['question', 'Dave'],
        ['answer', 'Ines M. Okafor'],
        ['answer', 'Tomas Lind'],
        ['interjection', 'Dave'],
        ['answer', 'Tomas Lind'],
        // The moderator gave Dave the floor and has not spoken since: the next anonymous question is his too.
        ['question', 'Dave'],
        ['answer', 'Ines M. Okafor'],
        ['moderation', 'Moderator'],
        ['question', 'Jamie'],
        ['answer', 'Tomas Lind'],
        ['question', 'Mike'],
        ['answer', 'Ines M. Okafor'],
      ],
    );
  });

  it('reads "[Speaking French]:" as a note inside the speech, not a speaker', () => {
    assert.equal(
      record.people.some((p) => /speaking/i.test(p.name)),
      false,
    );
    assert.match(spoken[0]!.text.en ?? '', /\[Speaking French\]: It is a pleasure/);
  });

  it('names "Sec. Okafor" in full from the title, middle initial and all', () => {
    assert.ok(record.people.some((p) => p.name === 'Ines M. Okafor' && p.role === 'principal'));
  });

  it('keeps the stenographer’s close out of the last answer', () => {
    assert.equal(spoken.at(-1)!.text.en, 'Not this year.');
  });
});

describe('an unnamed voice that only runs the floor', () => {
  it('is the press officer, named by the label; a numbered "Speaker 7" who says the same is staff, left unnamed', () => {
    const text = [
      'SECRETARY LIN: Good evening.',
      'QUESTION: Will the ferries run?',
      'SECRETARY LIN: Yes.',
      'VOICE: Maybe two more questions.',
      'QUESTION: And the fares?',
      'SECRETARY LIN: Unchanged.',
      'VOICE: Last question.',
      'QUESTION: The pier?',
      'SECRETARY LIN: Next year.',
      'VOICE: Thank you.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.label === 'VOICE').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['moderation', 'Voice'],
        ['moderation', 'Voice'],
        ['moderation', 'Voice'],
      ],
    );
    const numbered = importTranscript(text.replaceAll('VOICE:', 'Speaker 7:'));
    // (A machine transcript numbers the voices it could not name: staff calling time among them, who never ask.)
    assert.ok(numbered.record.turns.filter((t) => t.label === 'Speaker 7').every((t) => t.speaker === null && t.kind === 'moderation'));
    const asking = importTranscript(text.replaceAll('VOICE:', 'Speaker 7:').replace('Speaker 7: Thank you.', 'Speaker 7: Last question, can I?'));
    assert.ok(asking.record.turns.filter((t) => t.label === 'Speaker 7').every((t) => t.kind !== 'moderation'));
  });
});

describe('an answerer’s bold label glued to the end of every question, never at a line start', () => {
  const text = [
    '# Secretary Lima’s press conference in Port Elden',
    '**Q:** What is the biggest risk to the harbour this year?** SEC. LIMA:** The storms, and the insurance after them.',
    '**Q:** And the ferry fares?** SEC. LIMA:** They stay where they are.',
    '**Q:** Thank you, Madam Secretary. Will the night crossing return?** SEC. LIMA:** In December.',
  ].join('\n\n');

  it('starts the answer at the glued label', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Lima'],
        ['question', null],
        ['answer', 'Lima'],
        ['question', null],
        ['answer', 'Lima'],
      ],
    );
  });
});

describe('a bold label glued after a question broken off with a dash', () => {
  const text = `---
title: Secretary Nadia Fenn Press Conference
date: 2031-04-26
---

**SECRETARY FENN:** Good evening. Let me say a few words about the meeting today, and then we can take questions.

**QUESTION:** Will the works go ahead?

**SECRETARY FENN:** They will, in the spring.

**QUESTION:** Madam Secretary, in the statement, about the ferries --** SECRETARY FENN:** Which page are you on? Oh, I see it.

**QUESTION:** And the fares?

**SECRETARY FENN:** Unchanged.
`;
  const { record } = importTranscript(text);

  it('starts the answer at the label, the question kept as far as it went', () => {
    const turns = record.turns.filter((t) => t.kind !== 'narration');
    assert.deepEqual(
      turns.map((t) => t.kind),
      ['statement', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(Object.values(turns[3]!.text).join(''), 'Madam Secretary, in the statement, about the ferries --');
  });
});

describe('an italic question that closes where the answer’s bold label opens', () => {
  // A trade magazine's Q&A as a site mirror stores it: each question in italics, its asker's name inside the
  // italics, the answerer's bold label glued to the question's last star.
  const text = [
    '# Keeping the harbour open: Q&A with Mara Quist',
    'Mara Quist, head of operations at Eastfold Ports, spoke with Harbour Weekly about the winter season.',
    '*Harbour Weekly: How has the winter changed your schedule?***Mara Quist:** We start earlier now, and we keep two tugs on call.',
    'The storms come in November rather than January.',
    '*HW: What will you change next year?***Quist:** The night crossing returns in December.',
    '*HW: And the fares?***Quist:** They stay where they are.',
  ].join('\n\n');

  it('starts the answer at the bold label, and the question is the magazine’s', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.kind === 'answer' ? t.speaker?.name : t.label]),
      [
        ['question', 'Harbour Weekly'],
        ['answer', 'Mara Quist'],
        ['question', 'HW'],
        ['answer', 'Mara Quist'],
        ['question', 'HW'],
        ['answer', 'Mara Quist'],
      ],
    );
    assert.equal(record.turns.find((t) => t.kind === 'question')?.text.en, 'How has the winter changed your schedule?');
  });
});
