// Transcripts that arrive inside something else: a filing's covering letter, a ministry's release, a
// scraper's copies of one page (our own words, in the shapes of a stock-exchange filing, a foreign
// ministry's release and a prime minister's office page).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { principalInTitle } from './titles.ts';
import { withoutCoveringLetter } from './covering-letter.ts';
import { withoutRepeatedCopy } from './repeated-copy.ts';

const LETTER = `            CIN: L00000XX2031PLC000000                    Harbour Bank Limited,
            Email: investors@harbour.example              Quay House,

March 3, 2031

Listing Department
Scrip Code – 500000

      Sub: Transcript of Earnings Call for the quarter ended December 31, 2030

Sir,

We wish to inform you that the transcript of the earnings call is on the Bank's website.

Yours faithfully,

For Harbour Bank Limited
Ada Quill
Company Secretary
      Regd. Office: Harbour Bank Limited, Quay House, Harbour Road
`;

const CALL = `"Harbour Bank Limited Q3 FY2031 Earnings Conference Call"

February 20, 2031

Moderator: Good day and welcome to the Harbour Bank call. I now hand over to Mr. Tobias Renner. Thank you and over to you, sir.
Tobias Renner: Thank you. It was a steady quarter, and deposits grew by a tenth.
Moderator: Thank you. The first question is from the line of Saurabh from Coast Securities. Please go ahead.
Saurabh: When will the new branches open?
Tobias Renner: In the spring, and twenty of them by the summer.
Moderator: Thank you. The next question is from the line of Priya Nair from Quay Capital. Please go ahead.
Priya Nair: And the cost of deposits?
Tobias Renner: It will stay where it is for now.
`;

describe('a filing whose first page is its covering letter', () => {
  it('starts at the transcript’s page: no letterhead, reference or signature is a speaker', () => {
    const { record } = importTranscript(`${LETTER}\f${CALL}`);
    assert.equal(record.conference.title, 'Harbour Bank Limited Q3 FY2031 Earnings Conference Call');
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Tobias Renner'],
    );
    assert.ok(!JSON.stringify(record).includes('Scrip Code'));
  });

  it('gives the analyst called on by first name alone and firm ("the line of Saurabh from …") the firm', () => {
    const { record } = importTranscript(`${LETTER}\f${CALL}`);
    const asked = record.turns.find((t) => t.speaker?.name === 'Saurabh')!;
    assert.equal(asked.outlet?.name, 'Coast Securities');
  });

  it('keeps a first page that is no letter, and a letter with no transcript after it', () => {
    const page = `Harbour Bank results\n\nSub: the quarter\f${CALL}`;
    assert.equal(withoutCoveringLetter(page), page);
    assert.equal(withoutCoveringLetter(`${LETTER}\fThe end.`), `${LETTER}\fThe end.`);
  });
});

const RELEASE = `Minister for Foreign Affairs Dr Alis Vanter met Minister for Trade Ruth Okonjo at the Harbour Office on 4 April 2031. Following the meeting, the two Ministers held a Joint Press Conference on shipping, ports and the green corridor between their harbours.

The Ministers agreed to deepen their work on shipping and ports, and to meet again in the autumn to review the progress of the corridor and of the new ferry routes between the two coasts.

The transcript of Minister Vanter's remarks and Q&A at the Joint Press Conference is below.

MINISTRY OF FOREIGN AFFAIRS

5 APRIL 2031

TRANSCRIPT OF REMARKS AND Q&A BY MINISTER FOR FOREIGN AFFAIRS DR ALIS VANTER AT THE JOINT PRESS CONFERENCE WITH MINISTER FOR TRADE RUTH OKONJO, 4 APRIL 2031

Q&A

Harbour Gazette (Lena Marsh): Minister, with the ports so full this year, what will the corridor cost, and who will pay for it in the end? Thank you very much.

Minister: Thank you. Less than we feared, and the ports will share it. We have looked at the figures many times over, and the corridor pays for itself within ten years of opening.
`;

describe('a ministry’s release over its transcript, the transcript’s heading in capitals between them (a paragraph each)', () => {
  const { record } = importTranscript(RELEASE);

  it('takes the heading as the title and its day as the date', () => {
    assert.ok(record.conference.title.startsWith('TRANSCRIPT OF REMARKS AND Q&A BY MINISTER'));
    assert.equal(record.conference.date, '2031-04-04');
  });

  it('names the office’s label by the one the heading says the remarks are by', () => {
    assert.equal(principalInTitle('TRANSCRIPT OF REMARKS BY MINISTER FOR TRADE MS RUTH OKONJO AT THE PORT, 4 APRIL 2031'), 'Ruth Okonjo');
    assert.equal(record.turns.at(-1)!.speaker?.name, 'Alis Vanter');
  });

  it('reads "Outlet (Reporter):" as the reporter of that outlet', () => {
    const asked = record.turns.find((t) => t.kind === 'question')!;
    assert.deepEqual([asked.speaker?.name, asked.outlet?.name], ['Lena Marsh', 'Harbour Gazette']);
  });
});

describe('a page saved three times over: twice run into one line, once as printed', () => {
  const answer = 'It will be signed when it is ready. We have said so many times, and we will say so again. '.repeat(6);
  const once = `Source: PMO\nCNA Digital: PM, will the harbour treaty be signed this year, as the papers say?\nPM Lee: ${answer.trim()}\nThe ports are ready, and so are we. The rest is for the other members to decide, each in its own time.`;
  const glued = once.replace(/\n/g, '');
  const text = `${glued}\n${glued}\n${once}\n`;

  it('keeps the copy with its line breaks, and the exchange once', () => {
    assert.equal(withoutRepeatedCopy(text).trim(), once);
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.outlet?.name ?? t.speaker?.name]),
      [
        ['question', 'CNA Digital'],
        ['answer', 'Lee'],
      ],
    );
  });

  it('takes no scraper’s field ("Source: PMO") for the title', () => {
    assert.notEqual(importTranscript(text).record.conference.title, 'Source: PMO');
  });
});
