// An introductory statement printed with no label, then the questions and answers under a line
// that says what follows ("Transcript of the questions asked and the answers given by …"), as a
// central bank's older pages print a press conference (our own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const PAGE = `Tove Aalberg, Governor of the Harbour Bank, Frankfurt am Main, 2 November 2031

Ladies and gentlemen, I am here to report on today's meeting of the Board. We left the rates unchanged.

We are now at your disposal for questions.

Transcript of the questions asked and the answers given by Tove Aalberg, Governor of the Harbour Bank

Question: Will the rates stay where they are next year?

Aalberg: We never pre-commit.

Question: And the exchange rate?

Aalberg: We do not target it.
`;

describe('a statement, then the questions and answers under a line that announces them', () => {
  const { record, report } = importTranscript(PAGE);

  it('keeps the announcing line out of the statement, as the heading of the part it opens', () => {
    const statement = record.turns.find((t) => t.kind === 'statement');
    assert.ok(statement);
    assert.ok(!Object.values(statement.text).join(' ').includes('Transcript of the questions'));
    assert.ok(report.some((c) => c.before.startsWith('Transcript of the questions') && c.rule === 'section-heading'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.kind),
      ['statement', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('an unlabelled opening that thanks everybody, breaks off and is interrupted by a signing', () => {
  it('is the principal’s statement, not narration', () => {
    const text = `President: Anton Vell

Thank you very much everybody. Thank you, and good afternoon. The harbour bill is signed today, and the ferries will run all winter.

We have waited for this for years, and the islands have waited longest. They don’t want —

(The bill is signed.)

So that is done. Now the quay.

Q: Mr. President, when will the quay open?

President Vell: In the spring.

Q: And the cost?

President Vell: Twelve million.
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.slice(0, 2).map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Anton Vell'],
        ['question', null],
      ],
    );
  });
});
