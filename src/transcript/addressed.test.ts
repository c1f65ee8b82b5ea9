// A speech recogniser's transcript with no labels: the reporters address the one they question,
// and the paragraphs between are the answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { outletIntroduced } from './handoffs.ts';

describe('an unlabelled stakeout read by its structure', () => {
  const { record, format } = importTranscript(fixture('stakeout-unlabelled.txt'));

  it('takes the paragraphs that address the minister or ask for questions, the others for her answers, with no label made up', () => {
    assert.match(format, /^addressed/);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]),
      [
        ['question', null, null],
        ['answer', null, 'Minister'],
        ['question', null, null],
        ['answer', null, 'Minister'],
        ['question', null, null],
        ['question', null, null],
        ['answer', null, 'Minister'],
        ['question', null, null],
      ],
    );
  });

  it('gives a question the outlet its reporter names without a name', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.outlet).map((t) => t.outlet!.name),
      ['Northern Ledger'],
    );
    assert.equal(outletIntroduced('Thanks. We are with Harbour Radio. When?'), 'Harbour Radio');
    assert.equal(outletIntroduced('I am from the north shore and I want to know'), null);
    // The kind of outlet after its name, in lower case: "Interfax agency.", "Harbour TV channel.".
    assert.equal(outletIntroduced('Tidewater agency.'), 'Tidewater');
    assert.equal(outletIntroduced('Harbour TV channel. Mr President, a question.'), 'Harbour TV');
    assert.equal(outletIntroduced('Thank you agency.'), null);
  });

  it('still refuses unlabelled prose that addresses nobody', () => {
    const prose = 'The ferry ran late.\n\nThe council met.\n\nMinister Hale spoke.\n\nThe pier closed.\n\nThe night route opened.\n';
    assert.throws(() => importTranscript(prose), /no speaker labels/);
  });
});
