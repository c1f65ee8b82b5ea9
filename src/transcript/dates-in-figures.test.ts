// Days printed in figures (our own words): read where the order shows, or month first where the
// document is American, as a White House page's title prints it ("…, 3/10/2031").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateInFigures } from './dates.ts';
import { importTranscript } from './import.ts';

describe('a date in figures', () => {
  it('reads the day where the order shows, month first only where asked, two-digit years too', () => {
    assert.equal(dateInFigures('20/11/2031'), '2031-11-20');
    assert.equal(dateInFigures('11/20/2031'), '2031-11-20');
    assert.equal(dateInFigures('05/11/2031'), undefined);
    assert.equal(dateInFigures('05/11/2031', true), '2031-05-11');
    assert.equal(dateInFigures('9/17/09'), '2009-09-17');
    assert.equal(dateInFigures('31/11/2031'), undefined);
  });

  it('dates an American briefing by the figures its title ends with, and leaves another’s unread', () => {
    const briefing = (venue: string) => `Press Briefing by Press Secretary Nadia Fenn, 3/10/2031

${venue}

MS. FENN: Good afternoon. One item today, on the harbour works.

Q: When do they end?

MS. FENN: In the spring.
`;
    assert.equal(importTranscript(briefing('James S. Brady Press Briefing Room, The White House')).record.conference.date, '2031-03-10');
    assert.equal(importTranscript(briefing('Parliament House, Canberra')).record.conference.date, null);
  });
});
