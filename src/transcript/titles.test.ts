// Who a title says the event is with: the principal of a transcript whose answers carry no name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { officeHolderInTitle, principalInTitle } from './titles.ts';

const QA =
  '\n\nQuestion: How many doses have been given?\n\nAnswer: Four million first doses.\n\nQuestion: When will children be eligible?\n\nAnswer: After the committee advises us in July.\n';

describe('the principal a title names', () => {
  it('skips an honorific after the office ("Interview with Health Minister Dr. Lena Park on …")', () => {
    assert.equal(principalInTitle('Interview with Health Minister Dr. Lena Park on the vaccine rollout'), 'Lena Park');
    assert.equal(principalInTitle('Press conference by Governor Mr. Tomas Weyl'), 'Tomas Weyl');
  });

  it('ends an office-holder’s name at a verb in lower case, even when the text never prints the name', () => {
    assert.equal(officeHolderInTitle('Health Minister Lena Park answers questions on the rollout', ''), 'Lena Park');
    // A headline in title case keeps its small words low: the name's end is not shown, so the text must print it.
    assert.equal(officeHolderInTitle('Mayor Ada Quill Defends the Budget', ''), null);
    assert.equal(officeHolderInTitle('Mayor Ada Quill Defends the Budget', 'Ada Quill said'), 'Ada Quill');
  });

  it('gives unnamed answers to the one the title names', () => {
    for (const title of [
      'Interview with Health Minister Dr. Lena Park on the vaccine rollout',
      'Health Minister Lena Park answers questions on the vaccine rollout',
    ]) {
      const { record } = importTranscript(`${title}${QA}`);
      assert.deepEqual(
        record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
        [
          ['question', null],
          ['answer', 'Lena Park'],
          ['question', null],
          ['answer', 'Lena Park'],
        ],
        title,
      );
    }
  });
});

describe('a title in title case, a place after the name', () => {
  it('ends the name at a capitalised preposition, an office and a surname naming the principal', () => {
    assert.equal(principalInTitle('Press Gaggle by President Quill Aboard Harbour One En Route Northport'), 'Quill');
    assert.equal(principalInTitle('Press Conference by Prime Minister Ana Lima In Brussels'), 'Ana Lima');
    const { record } = importTranscript(
      'Press Gaggle by President Quill Aboard Harbour One En Route Northport\n\nTHE PRESIDENT:  Hello, everybody.\n\nQ    Will you sign the bill?\n\nTHE PRESIDENT:  Tomorrow.\n\nQ    And the budget?\n\nTHE PRESIDENT:  Next week.\n',
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Quill'],
    );
  });
});
