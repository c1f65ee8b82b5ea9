// Broadcast interviews as press offices print them (our own words): a panel of two politicians whose
// labels describe their office, a letterhead run into one line, and titles that name the
// interviewer's medium ("Interview with Jane Roe, SBS", "On Harbour TV’s Sunday Week with Jane Roe").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { publisherOf } from './publisher.ts';

const PANEL = `SENATOR ODA VENN

SHADOW MINISTER FOR PORTS

E&OE TRANSCRIPT  TELEVISION INTERVIEW  HARBOUR NEWS  TUESDAY, 4 MARCH 2031

TAMSIN ROE, HOST: Two senators from the coast with us on a day of news from the islands. Gentlemen, thanks for joining us. The ferry fares went up again this week, the third rise in a year, and the islanders are angry about it. Piet, is that fair?

PIET LAAR, COASTAL LIBERAL SENATOR: Yes, look, the fares are too high, and everyone on the islands knows it.

ROE: The islanders say the government has forgotten them, and the opposition has said little either. Oda, will the fares come down?

ODA VENN, COASTAL LABOR SENATOR: The fares will come down when the new quay opens, and not before.

ROE: So the quay first and the fares after it, on that account, which may be years away for the islands. Piet, is that good enough?

LAAR: No. We have waited three years for that quay, and the islands should not wait for the ferries too.

ROE: The contracts for the quay are still not signed, as far as anyone can tell from the tender notices. Oda, when will it open?

VENN: They won't wait long, I promise you that.

ROE: And the night crossing, which was cut in the spring without a word to the islands. Piet, will it come back?

LAAR: It should, and we will fight for it in the budget.

ROE: The budget is months away, and the night crossing was the only way home for the late shift. Oda, can it wait that long?

VENN: It cannot, and it will not, if we have our way.
`;

describe('a panel of two senators whose labels describe their office', () => {
  const { record } = importTranscript(PANEL);

  it('makes both guests principals, whatever the host hands them, and the host asks for the programme', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Tamsin Roe', 'journalist'],
        ['Piet Laar', 'principal'],
        ['Oda Venn', 'principal'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 6);
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 6);
    for (const turn of questions) assert.equal(turn.outlet?.name, 'HARBOUR NEWS');
  });
});

describe('titles that name the interviewer and the medium', () => {
  it('reads "Interview with NAME, MEDIUM" and "NAME – MEDIUM", never an office after the name', () => {
    assert.equal(publisherOf({}, 'Interview with Jane Roe, SBS', undefined, []), 'SBS');
    assert.equal(publisherOf({}, 'Interview with Jane Roe – Harbour Radio', undefined, []), 'Harbour Radio');
    assert.equal(publisherOf({}, 'Interview with Jane Roe, Minister for Ports', undefined, []), undefined);
  });

  it('reads the programme around the host: "On Harbour TV’s Sunday Week with Jane Roe", "With Jane Roe of Harbour News Tonight"', () => {
    assert.equal(publisherOf({}, 'Minister Venn On Harbour TV’s Sunday Week with Jane Roe', undefined, []), 'Harbour TV’s Sunday Week');
    assert.equal(publisherOf({}, 'Minister Venn With Jane Roe of Harbour News Tonight', undefined, []), 'Harbour News Tonight');
    assert.equal(publisherOf({}, 'Remarks on Ports with Minister Jane Roe', undefined, []), undefined);
  });

  it('keeps the interviewer the title names on the questions the medium is given to', () => {
    const text = `Minister Venn On Harbour News’ Sunday Week with Jane Roe

QUESTION: Minister, will the ferries run all winter?

MINISTER VENN: Jane, they will.

QUESTION: And the fares?

MINISTER VENN: They stay where they are.

QUESTION: Thanks for joining us. Will you stand again?

MINISTER VENN: Thanks, Jane. I will. Good to be with you.
`;
    const { record } = importTranscript(text);
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 3);
    // (Named as the answer greets her, the first name the title prints in full.)
    for (const turn of questions) assert.deepEqual([turn.speaker?.name, turn.outlet?.name], ['Jane', 'Harbour News’ Sunday Week']);
  });
});
