// A call transcript as a scraper saves it (scraped-call-glossary.txt, our own words): a banner boxed
// between rules over "Company:" fields, an industry glossary whose entries look like labels, labels
// with no space after the colon ("Lee Park:This is…", "D. Okafor:I guess…", "Operator:[Operator
// Instructions]…"), an analyst asking in the place of the one the operator named, and a hand-off
// that names the firm first ("Next up from Quayside Capital is Dana Okafor").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { namedAsker, outletIntroduced } from './handoffs.ts';

describe('a scraped call with a banner, a glossary and labels glued to the words', () => {
  const { record, report } = importTranscript(fixture('scraped-call-glossary.txt'));
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('takes the banner’s first line for the title, not the fields under it', () => {
    assert.equal(record.conference.title, 'Earnings Call Transcript');
  });

  it('reads no glossary entry as a speaker, and reports the glossary taken out', () => {
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Ines Marlow', 'Tomas Berg', 'Operator', 'Lee Park', 'D. Okafor'],
    );
    assert.ok(report.some((c) => c.before.startsWith('TEU:') && c.reason.includes('glossary')));
  });

  it('starts a turn at every label glued to its words, "I guess" and "[Operator Instructions]" too', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name]),
      [
        ['statement', 'Ines Marlow'],
        ['statement', 'Tomas Berg'],
        ['moderation', 'Operator'],
        ['question', 'Lee Park'],
        ['answer', 'Ines Marlow'],
        ['moderation', 'Operator'],
        ['question', 'D. Okafor'],
        ['answer', 'Tomas Berg'],
        ['moderation', 'Operator'],
      ],
    );
  });

  it('gives the stand-in the named analyst’s firm, and the firm named first to who asks for it', () => {
    assert.deepEqual(
      turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name),
      ['Harbour Securities', 'Quayside Capital'],
    );
  });
});

describe('the same call hard-wrapped, a glossary entry running onto a second line', () => {
  it('takes the wrapped entries out with the rest of the glossary', () => {
    const text = fixture('scraped-call-glossary.txt')
      .toString('utf8')
      .replace('TEU: Twenty-foot equivalent unit, the standard measure', 'TEU: Twenty-foot equivalent unit, the standard\nmeasure')
      .replace('Fleet Seat: The subscription tier that covers every', 'Fleet Seat: The subscription tier that\ncovers every');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Ines Marlow', 'Tomas Berg', 'Operator', 'Lee Park', 'D. Okafor'],
    );
  });
});

describe('namedAsker', () => {
  it('reads the firm before "is" and the name after it', () => {
    assert.deepEqual(namedAsker('Next up from Quayside Capital is Dana Okafor.'), { name: 'Dana Okafor', outlet: 'Quayside Capital' });
  });

  it('reads the asker a principal recalls as next ("I think the next one was …")', () => {
    assert.deepEqual(namedAsker('OK? I think the next one was Dana Okafor from Quayside Radio.'), { name: 'Dana Okafor', outlet: 'Quayside Radio' });
  });

  it('reads the outlet after a name the transcriber could not catch', () => {
    assert.equal(outletIntroduced('[Inaudible] from Harbour Weekly in Norland, can I just clarify the offer?'), 'Harbour Weekly');
  });

  it('reads no hand-off in speech cut off mid-list', () => {
    assert.equal(namedAsker('I gave you a list of examples — Harbour Pensions, Quayside Housing, ferry passes —'), null);
  });
});

describe('an analyst asking in the place of one the operator named by full name, called by a short given name', () => {
  const text = [
    'Ines Marlow: Good afternoon. Dockhand shipped to forty new ports this quarter, and revenue rose by a third.',
    'Operator: Our first question comes from Dana Okafor with Harbour Securities.',
    'Dana Okafor: Thanks. Will margins hold next year?',
    'Ines Marlow: They will, as the larger ports renew.',
    'Operator: Our next question comes from Matthew Hewson with Quayside Capital.',
    'Lee Park: Hi, this is Lee on for Matt. How many ports signed this quarter?',
    'Ines Marlow: Forty, all of them on Fleet Seats.',
    'Operator: That concludes the call.',
  ].join('\n\n');

  it('gives the stand-in the named analyst’s firm', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Dana Okafor', 'Harbour Securities'],
        ['Lee Park', 'Quayside Capital'],
      ],
    );
  });
});
