// A broadcast interview with two hosts and a guest: the host who opens the segment and brings the
// guest in ("… joins us now.") asks too, and is press, not a second guest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { fixture } from './fixtures/read.ts';

describe('a broadcast interview with two hosts', () => {
  it('reads the host who introduces the guest as press, the guest as the one who answers', () => {
    const text = [
      '# The price of river freight',
      'NOOR VALE: We turn now to river freight.',
      'TOMAS ARDEN: Barge rates doubled this spring, and shippers say the locks are to blame.',
      'NOOR VALE: The author of a new report on the locks, Ines Quarry, joins us now from Basel.',
      'INES QUARRY: Thank you. The rates doubled because two locks closed at once, and every barge that would have gone through them had to wait or go round by rail, which costs three times as much for a ton of grain.',
      'TOMAS ARDEN: Why did they close together?',
      'INES QUARRY: The repairs were put off for years to save money, and then both gates failed in one cold winter, within a week of each other, with no spare gate anywhere on the river.',
      'TOMAS ARDEN: And who pays for the wait?',
      'INES QUARRY: The shippers, and in the end the farmers whose grain sits in the silos.',
      'NOOR VALE: What should the river authority do?',
      'INES QUARRY: Keep a spare gate for every lock, as the Rhine does.',
      'NOOR VALE: We will leave it there. Ines Quarry, thank you.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Noor Vale', 'journalist'],
        ['Tomas Arden', 'journalist'],
        ['Ines Quarry', 'principal'],
      ],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === 'Ines Quarry').map((t) => t.kind),
      ['answer', 'answer', 'answer', 'answer'],
    );
  });
});

describe('a podcast whose hosts talk more than their guest', () => {
  it('reads the host who welcomes the listeners, and the co-host they name, as the ones who ask', () => {
    const text = [
      "Wren: Hello, and welcome to episode nine of the Towpath Podcast, where we talk with the people who keep the canal running. I'm Wren, and here with me today is my co-host Tomas.",
      'Tomas: Hi, Wren. It has been a wet week on the towpath, and I have been looking forward to this one for a long time, because our guest keeps the oldest lock on the river.',
      'Wren: It really has been wet. Ives, thanks for coming on. How long have you kept the lock?',
      'Ives: Twelve years.',
      'Tomas: And what is the hardest part of the job, would you say, over all that time and all those winters?',
      'Ives: The ice.',
      'Wren: That makes sense. We could talk about ice for an hour, honestly, but we are nearly out of time, so one last question: would you do it again?',
      'Ives: Every day.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Wren', 'journalist'],
        ['Tomas', 'journalist'],
        ['Ives', 'principal'],
      ],
    );
  });
});

describe('a broadcast interview with a member’s long label and a video clip of another member', () => {
  const { record } = importTranscript(fixture('broadcast-clips.txt'));

  it('reads "REP. ADA QUILL (R-LA), SPEAKER OF THE HOUSE" as the guest and her post, the party and state no outlet', () => {
    const quill = record.people.find((p) => p.name.endsWith('Ada Quill'));
    assert.equal(quill?.role, 'principal');
    assert.deepEqual(quill?.titles, ['SPEAKER OF THE HOUSE']);
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['HARBOUR NEWS'],
    );
  });

  it('makes the member heard only in the clip neither press nor principal', () => {
    assert.equal(record.people.find((p) => p.name.endsWith('Lena Brandt'))?.role, 'other');
    assert.equal(record.turns.filter((t) => t.kind === 'question').length, 3);
  });
});
