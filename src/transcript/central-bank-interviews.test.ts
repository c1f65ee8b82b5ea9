// A central bank's interview page (the shape of the ECB's), in words of our own: the title names the
// publication ("Interview with The Harbour Ledger"), a subtitle names who was interviewed, by whom and
// on which day; the questions are set in bold (one with a space left inside the bold), the answers
// plain; the page's contact block follows the last answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const page = (subtitle: string) => `<html><head><title>Interview with The Harbour Ledger</title></head><body><main>
<h1>Interview with The Harbour Ledger</h1>
<div class="section"><h2 class="subtitle">${subtitle}</h2>
<p class="publicationDate">14 May 2031</p>
<p><strong>Ms Quist, the bank has kept its rate at 2 per cent for a year. Why wait?</strong></p>
<p>Because prices are still rising faster than wages, and we want to see that turn first.</p>
<p>We will look again in June, with the new forecasts in hand.</p>
<p><strong>Some traders expect a cut in the summer. Are they right? </strong></p>
<p>Markets are free to expect what they like. We decide meeting by meeting.</p>
<p><strong>What about the digital krone? When will people be able to use it?</strong></p>
<p>Not before 2033. The law has to pass first.</p>
<p><strong>Will cash disappear?</strong></p><p>No. Cash will stay for as long as people want it.</p>
</div></main>
<footer><p>CONTACT</p><ul><li>Quayside 4</li><li>4410 Port Anselm, Ostland</li><li>+47 21 555 0199</li></ul>
<p>Reproduction is permitted provided that the source is acknowledged.</p></footer>
</body></html>`;

describe('a central bank’s interview page: subtitle, bold questions, contact block', () => {
  const { record } = importTranscript(
    page('Interview with Marta Quist, Member of the Board of the Central Bank of Ostland, conducted by Tomas Weller on 3 May 2031'),
  );

  it('names who answers and who asks from the subtitle, with the publication the title names', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Tomas Weller'],
        ['answer', 'Marta Quist'],
        ['question', 'Tomas Weller'],
        ['answer', 'Marta Quist'],
        ['question', 'Tomas Weller'],
        ['answer', 'Marta Quist'],
        ['question', 'Tomas Weller'],
        ['answer', 'Marta Quist'],
      ],
    );
    assert.equal(record.turns[1]!.speaker?.role, 'principal');
    assert.equal(record.turns[0]!.outlet?.name, 'The Harbour Ledger');
  });

  it('dates the record by the day the interview was held, not the day the page was posted', () => {
    assert.equal(record.conference.date, '2031-05-03');
    assert.equal(record.conference.title, 'Interview with The Harbour Ledger');
  });

  it('reads a bold question with a space left before its closing tag as a question', () => {
    assert.equal(record.turns[2]!.text.en, 'Some traders expect a cut in the summer. Are they right?');
  });

  it('leaves the contact block out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'No. Cash will stay for as long as people want it.');
  });

  it('gives the unnamed questions to neither interviewer when two asked, the one interviewed still named', () => {
    const two = importTranscript(page('Interview with Marta Quist, conducted by Tomas Weller and Ines Marlow on 3 May 2031')).record;
    assert.deepEqual(
      two.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      [null, null, null, null],
    );
    assert.equal(two.turns[1]!.speaker?.name, 'Marta Quist');
  });
});
