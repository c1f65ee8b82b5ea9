// A bank's own call transcript as a PDF's text layer: a speakers list with posts after commas, the
// Q&A as a table with names in a left column and each analyst's firm in brackets beside the name or
// on the line under it. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const text = `                    Harbour Bank Q3 2031 Analyst Conference Call

Speakers:
Ana Reyes, Chief Executive Officer
Tomas Berg, Chief Financial Officer
Lea Quint, Head of Investor Relations

Questions & Answers
Mara Quill (Quayside Securities)   Yes, thank you for taking my questions. First,
                                   on deposits: are they still growing? Second, on
                                   costs.
Ana Reyes          Thank you, Mara. Deposits grew again this quarter, and Tomas
                   will take costs.
Tomas Berg         Costs fell by two per cent, as we said they would. I hope
                   that helps, Mara.
Mara Quill         Yes, that's very clear. Thank you very much.
Omar Vasquez          Hi. One question from me, on loans. Are you still
(Tidewater Capital)   lending to shipyards?
Tomas Berg            We are, carefully, and only to yards we know.
Omar Vasquez          And the rates?
Tomas Berg            Unchanged since the spring.
Ines Kaldera       Thanks for taking my question. The first one is on
(RBC)              dividends: will you raise them next year?
Ana Reyes          We will, Ines.

Disclaimer
This transcript contains forward-looking statements. They speak only as of the date they are made.
`;

describe('a call’s Q&A as a table, firms beside or under the names', () => {
  const { record } = importTranscript(text);

  it('gives each analyst the firm, keeps each row a turn, and the CFO answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Mara Quill', 'Quayside Securities'],
        ['answer', 'Ana Reyes', null],
        ['answer', 'Tomas Berg', null],
        ['question', 'Mara Quill', 'Quayside Securities'],
        ['question', 'Omar Vasquez', 'Tidewater Capital'],
        ['answer', 'Tomas Berg', null],
        ['question', 'Omar Vasquez', 'Tidewater Capital'],
        ['answer', 'Tomas Berg', null],
        // A short firm under the name, the column's gap narrow beside it.
        ['question', 'Ines Kaldera', 'RBC'],
        ['answer', 'Ana Reyes', null],
      ],
    );
    assert.match(record.turns.find((t) => t.speaker?.name === 'Omar Vasquez')?.text.en ?? '', /Are you still lending to shipyards\?$/);
    // The bank's disclaimer under its heading after the last answer is nobody's words.
    assert.equal(record.turns.at(-1)?.text.en, 'We will, Ines.');
  });
});
