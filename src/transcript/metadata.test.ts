// Where the conference's metadata comes from: front matter, headings, field lines, title
// blocks and datelines in their many printed forms.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate, findTime, startsWithDate } from './dates.ts';
import { readDatelineDetails } from './dateline.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const BODY = '\n\nJane Roe: Hello and welcome.\n\nDaily News: A question?\n\nJane Roe: An answer.\n';
const conferenceOf = (preamble: string) => importTranscript(preamble + BODY);

describe('front matter', () => {
  const { record, format } = importTranscript(fixture('front-matter.md'));

  it('fills the conference from the YAML fields', () => {
    const c = record.conference;
    assert.equal(format, 'colon-labels + front-matter + heading');
    assert.deepEqual(
      [c.title, c.date, c.time, c.timeZone, c.venue, c.occasion, c.host, c.hostCountry, c.topic, c.languages],
      [
        'Harbour Authority Briefing on the Winter Storms',
        '2031-01-22',
        '09:30',
        'Europe/Lisbon',
        'Harbour Authority, Press Room 2',
        'Winter storm season',
        'Harbour Authority of Lorn',
        'PT',
        'storm damage',
        ['en'],
      ],
    );
  });

  it('reads Markdown bold labels and names the principal from the front matter', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Rui Abrantes', 'Rui Abrantes', null],
        ['question', 'Reuters', null, 'Reuters'],
        ['answer', 'Rui Abrantes', 'Rui Abrantes', null],
        ['question', 'Público', null, 'Público'],
        ['answer', 'Rui Abrantes', 'Rui Abrantes', null],
      ],
    );
  });

  it('decides each outlet’s origin against the host country', () => {
    assert.deepEqual(
      record.outlets.map((o) => [o.name, o.country, o.origin]),
      [
        ['Reuters', 'GB', 'foreign'],
        ['Público', null, 'unknown'],
      ],
    );
  });

  it('wins over what the text says, and ignores what it does not know', () => {
    const { record: r } = importTranscript(
      '---\ntitle: From the front matter\ndate: 2031-02-03\nflavour: vanilla\n---\n# A heading\n\nOn 9 March 2031, Jane Roe met the press.' + BODY,
    );
    assert.deepEqual([r.conference.title, r.conference.date], ['From the front matter', '2031-02-03']);
  });

  it('gives way, for the date, to the day the document prints on a line of its own or in the title (the event’s, not the day published)', () => {
    const dateline = importTranscript(
      `---\ntitle: Background Press Call on the Harbour Visit\ndate: 2031-02-03\n---\nVia Teleconference\n\n(February 2, 2031)\n\n2:06 P.M. EST${BODY}`,
    );
    assert.equal(dateline.record.conference.date, '2031-02-02');
    const titled = importTranscript(`---\ntitle: "Transcript of press conference: Northport: 10 January 2031: ferries"\ndate: 2031-01-31\n---\n${BODY}`);
    assert.equal(titled.record.conference.date, '2031-01-10');
    const anniversary = importTranscript(`---\ntitle: "Remarks on the anniversary of the flood of 4 March 1953"\ndate: 2031-03-04\n---\n${BODY}`);
    assert.equal(anniversary.record.conference.date, '2031-03-04');
  });

  it('is text, not metadata, when it does not parse as a mapping', () => {
    const { record: r, format } = importTranscript('---\nflavour: [unclosed\n---' + BODY);
    assert.equal(format, 'colon-labels');
    assert.deepEqual([r.turns[0]!.kind, r.turns[0]!.text.en], ['narration', '--- flavour: [unclosed ---']);
  });
});

describe('title blocks and headings', () => {
  it('takes a Markdown heading as the title', () => {
    const { record, format } = conferenceOf('# Jane Roe Meets the Press');
    assert.equal(record.conference.title, 'Jane Roe Meets the Press');
    assert.equal(format, 'colon-labels + heading');
  });

  it('joins a title printed over several lines, up to the dateline', () => {
    const { record } = conferenceOf('Minister of Rivers\nJane Roe Meets\nthe Press\nOn 7 March 2031, the minister met the press.');
    assert.equal(record.conference.title, 'Minister of Rivers Jane Roe Meets the Press');
    assert.equal(record.turns[0]!.text.en, 'On 7 March 2031, the minister met the press.');
  });

  it('does not take opening prose for a title', () => {
    const { record } = conferenceOf('The ministry held its weekly press conference on the\nflooding in the north, which has closed two roads.');
    assert.equal(record.conference.title, 'Press conference: Jane Roe');
    assert.equal(record.turns[0]!.kind, 'narration');
  });

  it('reads field lines ("Date:", "Venue:", "Time:")', () => {
    const { record, format } = conferenceOf('# Briefing\n\nDate: 12 June 2031\nVenue: Town Hall, Lorn\nTime: 10:30 CET');
    const c = record.conference;
    assert.deepEqual([c.date, c.venue, c.time, c.timeZone], ['2031-06-12', 'Town Hall, Lorn', '10:30', 'Europe/Paris']);
    assert.equal(format, 'colon-labels + heading + fields');
    assert.equal(record.turns[0]!.kind, 'statement');
  });

  it('reads several fields on one line, their names in bold, and leaves no field line in the narration', () => {
    for (const line of [
      '**Date:** 12 June 2031 · **Venue:** Town Hall, Lorn · **Time:** 10:30 CET',
      '__Date__: 12 June 2031 | __Venue__: Town Hall, Lorn | __Time__: 10:30 CET',
      'Date: 12 June 2031\tVenue: Town Hall, Lorn\tTime: 10:30 CET',
    ]) {
      const { record } = conferenceOf(`# Briefing\n\n${line}`);
      const c = record.conference;
      assert.deepEqual([c.date, c.venue, c.time, c.timeZone], ['2031-06-12', 'Town Hall, Lorn', '10:30', 'Europe/Paris'], line);
      assert.equal(record.turns[0]!.kind, 'statement', line);
    }
  });

  it('keeps a lone field’s value whole, separators and all', () => {
    const { record } = conferenceOf('# Briefing\n\nVenue: Town Hall | East Wing');
    assert.equal(record.conference.venue, 'Town Hall | East Wing');
  });
});

describe('datelines', () => {
  it('reads "On March 7, 2024, ... on the margins of ... at the ..."', () => {
    const { record } = conferenceOf(
      'On March 7, 2024, a press conference was held on the margins\nof the Annual Session of the River Council at the\nMedia Center, during which Jane Roe answered questions.',
    );
    const c = record.conference;
    assert.deepEqual([c.date, c.venue, c.occasion], ['2024-03-07', 'Media Center', 'Annual Session of the River Council']);
    assert.equal(record.turns[0]!.kind, 'narration');
  });

  it('reads a place and a date with a dash, as a line of metadata rather than narration', () => {
    const { record } = conferenceOf('Remarks by the Mayor\nWashington, D.C. — March 5, 2025');
    const c = record.conference;
    assert.deepEqual([c.title, c.date, c.venue], ['Remarks by the Mayor', '2025-03-05', 'Washington, D.C.']);
    assert.equal(record.turns[0]!.kind, 'statement');
  });

  it('reads Chinese, ISO and day-month-year dates', () => {
    assert.equal(conferenceOf('2024年3月7日').record.conference.date, '2024-03-07');
    assert.equal(conferenceOf('Briefing\n\n2024-03-07').record.conference.date, '2024-03-07');
    assert.equal(
      conferenceOf('On Thursday, 7 March 2024, Jane Roe met the press in the Great Hall of the People.').record.conference.venue,
      'Great Hall of the People',
    );
  });

  it('finds dates in their printed forms, and rejects impossible ones', () => {
    assert.equal(findDate('on 7th of March, 2024 we met')?.iso, '2024-03-07');
    assert.equal(findDate('Sept. 30, 2023')?.iso, '2023-09-30');
    assert.equal(findDate('２０２４年３月７日')?.iso, '2024-03-07');
    assert.equal(findDate('February 30, 2024'), null);
    assert.equal(findDate('no date here'), null);
  });

  it('tells a dateline opening from a date in passing', () => {
    assert.equal(startsWithDate('On March 7, 2024, a press conference was held'), true);
    assert.equal(startsWithDate('BEIJING, March 7, 2024 — The minister said'), true);
    assert.equal(startsWithDate('We last met on March 7, 2024, in Geneva'), false);
  });

  it('reads clock times with zones', () => {
    assert.deepEqual(findTime('1:32 P.M. EST'), { time: '13:32', timeZone: 'America/New_York' });
    assert.deepEqual(findTime('12:05 a.m.'), { time: '00:05', timeZone: null });
    assert.deepEqual(findTime('at 15:00 JST'), { time: '15:00', timeZone: 'Asia/Tokyo' });
  });

  it('ignores lowercase phrases after "at" and "during"', () => {
    assert.deepEqual(readDatelineDetails('At the end of last year, during which time we met at the office'), { venue: null, occasion: null });
    assert.deepEqual(readDatelineDetails('外交部长王毅在十四届全国人大二次会议新闻中心举行记者会'), {
      venue: '十四届全国人大二次会议新闻中心',
      occasion: null,
    });
  });
});

describe('a lead that dates the meeting under a front matter dated by the issue', () => {
  it('takes the day the lead says they met, up to three months before the issue', () => {
    const text = [
      '---',
      'title: "Interview with Ana Lima"',
      'date: "2031-06-01"',
      '---',
      '',
      'Ana Lima agreed to meet with our editor Tom Reyes on April 13, 2031. Here is the transcript of their conversation.',
      '',
      'REYES: What brought you to the harbour?',
      '',
      'LIMA: The light, mostly.',
    ].join('\n');
    assert.equal(importTranscript(text).record.conference.date, '2031-04-13');
  });
});
