// A press secretary who gives the floor by first names inside her own turns (our own words): "Okay.
// Tomas, go ahead." closing the opening remarks, "Lena. Then Ravi. And then we have to wrap up …"
// opening an answer, and "Let me — go ahead, to the back." handing the floor to someone unnamed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { nameCalledOn } from './handoffs.ts';

const BRIEFING = `Press Briefing by Press Secretary Nadia Fenn

MS. FENN: Good afternoon. Two items for you today, both about the harbour works that start on Monday. Okay. Tomas, go ahead.

Q: Thanks. When will the works end?

MS. FENN: By the spring.

Q: And the cost?

MS. FENN: Lena. Then Ravi. And then we have to wrap up, because the minister is waiting for me down the hall.

Q: Will the ferries run during the works?

MS. FENN: They will.

MS. FENN: Go ahead, Ravi.

Q: Who pays for the new quay?

MS. FENN: The port.

Q: And the dredging?

MS. FENN: The port as well. Let me — go ahead, to the back.

Q: Is the minister coming to the opening?

MS. FENN: She is.
`;

describe('a floor given by first names inside the press secretary’s turns', () => {
  const { record } = importTranscript(BRIEFING);
  const askers = record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null);

  it('gives "Okay. Tomas, go ahead." and "Lena. Then Ravi. …" to the first name called', () => {
    assert.deepEqual(askers.slice(0, 3), ['Tomas', 'Tomas', 'Lena']);
    assert.equal(nameCalledOn('Good afternoon. Okay. Tomas, go ahead.'), 'Tomas');
    assert.equal(nameCalledOn('Lena. Then Ravi. And then we have to wrap up, because the minister is waiting.'), 'Lena');
    // An answer that opens with a word, not a name, calls on nobody.
    assert.equal(nameCalledOn('Tomorrow. Then Monday. And then the works begin, as planned.'), null);
  });

  it('ends a reporter’s follow-ups where the floor goes "to the back"', () => {
    assert.deepEqual(askers.slice(3), ['Ravi', 'Ravi', null]);
  });
});

describe('a reporter called on by name who presses on at once', () => {
  const text = `Press Briefing by Press Secretary Nadia Fenn

MS. FENN: Good afternoon. One item today: the harbour works start on Monday. Tomas.

Q: When will the works end?

MS. FENN: By the spring. Lena.

Q: Who pays for them?

MS. FENN: The port. Ravi.

Q: Will the ferries run?

Q: And on the night service — will that run too?

MS. FENN: Both will run.

MS. FENN: Go ahead, Tomas.

Q: Thank you.
`;
  const { record } = importTranscript(text);

  it('gives the question asked straight after theirs to the one called on, where the floor is given by name', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Tomas', 'Lena', 'Ravi', 'Ravi', 'Tomas'],
    );
  });
});

describe('a reporter labelled by a first name an official’s full name also opens', () => {
  const text = `Harbour Task Force Briefing

Nadia Fenn: Good afternoon. The secretary will say a few words on the fund.

Steve Rourke: Thank you. The fund opens on Monday and pays within three weeks.

Steve: When will the first payments arrive?

Steve Rourke: Within three weeks of the claim.

Steve: And who qualifies?

Steve Rourke: Every pier-side business.

Nadia Fenn: Thank you, Steve.
`;
  const { record } = importTranscript(text);

  it('keeps the asking "Steve" apart from the answering "Steve Rourke"', () => {
    const rourke = record.turns.filter((t) => t.speaker?.name === 'Steve Rourke');
    assert.deepEqual(
      rourke.map((t) => t.kind),
      ['statement', 'answer', 'answer'],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name),
      ['Steve', 'Steve'],
    );
  });
});
