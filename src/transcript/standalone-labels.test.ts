// Shapes no convention names, each in a fixture of our own: labels printed alone on their line
// with the words below (plain text, a web page's bold paragraphs, a recorder's export with times),
// and an office printed before the name ("Official Spokesperson, Shri Ravi Menon:").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

/** [kind, label, speaker name, speaker role, outlet, replyTo] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null, t.replyTo]);
}

describe('labels alone on their line, the words below them', () => {
  it('reads capitals over each paragraph as labels, a role word and an outlet note included', () => {
    const { record, format } = importTranscript(fixture('labels-on-own-lines.txt'));
    assert.deepEqual(shape(record), [
      ['statement', 'SPOKESPERSON ANA LIMA', 'Ana Lima', 'principal', null, null],
      ['question', 'QUESTION', null, null, null, null],
      ['answer', 'SPOKESPERSON ANA LIMA', 'Ana Lima', 'principal', null, 2],
      ['question', 'QUESTION (Delta Radio)', null, null, 'Delta Radio', null],
      ['answer', 'SPOKESPERSON ANA LIMA', 'Ana Lima', 'principal', null, 4],
      // Printed once, after the labels that recur: a person's label all the same.
      ['answer', 'DIRECTOR TOMAS REIS', 'Tomas Reis', 'principal', null, 4],
      ['question', 'QUESTION', null, null, null, null],
    ]);
    assert.equal(record.conference.title, 'Press Briefing by the Harbour Board Spokesperson');
    assert.equal(record.conference.date, '2031-05-14');
    assert.match(format, /labels on their own lines/);
    // The opening statement keeps both of its lines.
    assert.match(record.turns[0]!.text.en!, /Friday, two weeks ahead of the plan\. The dredgers leave/);
  });

  it("reads a web page's bold paragraphs as labels and keeps an answer's second paragraph in the answer", () => {
    const { record } = importTranscript(fixture('labels-in-bold-paragraphs.html'));
    assert.deepEqual(shape(record), [
      ['statement', 'Minister Odile Brandt', 'Odile Brandt', 'principal', null, null],
      ['question', 'Journalist', null, null, null, null],
      ['answer', 'Minister Odile Brandt', 'Odile Brandt', 'principal', null, 2],
      ['question', 'Journalist', null, null, null, null],
      ['answer', 'Minister Odile Brandt', 'Odile Brandt', 'principal', null, 4],
    ]);
    assert.equal(record.turns[2]!.text.en, "The ministry does, from this year's budget.\n\nThe port authority pays for the lighting.");
    assert.equal(record.conference.title, "Minister's press conference on the new quay");
  });

  it("reads a recorder's export (name, two spaces, time) with each turn's time", () => {
    const { record } = importTranscript(fixture('recorder-export.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.startsAt]),
      [
        ['statement', 'Ana Lima', null, 0],
        ['question', null, null, 41],
        ['answer', 'Ana Lima', null, 44],
        ['question', 'Tom Webb', 'North Wire', 62],
        ['answer', 'Ana Lima', null, 69],
      ],
    );
    assert.equal(record.conference.title, 'Harbour Board weekly briefing');
  });

  it('leaves a document whose short capitalised lines do not recur as it was: refused without labels', () => {
    const text = 'Harbour Notes\n\nThe East Channel\nDredging begins on Monday and lasts a month.\n\nThe Ferries\nThey keep to the west channel until then.\n';
    assert.throws(() => importTranscript(text), { code: 'no_turns' });
  });

  it('does not take a section heading printed once for a label', () => {
    const text = [
      'Harbour briefing',
      'ANA LIMA\nGood afternoon. The channel reopens.',
      'QUESTION\nWhen?',
      'ANA LIMA\nOn Friday.',
      'QUESTIONS FROM THE FLOOR\nThe floor was then opened.',
      'QUESTION\nAnd the fees?',
      'ANA LIMA\nThey stay.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.label),
      ['ANA LIMA', 'QUESTION', 'ANA LIMA', 'QUESTION', 'ANA LIMA'],
    );
  });
});

describe("a government site's 'Question from' lines over each question", () => {
  it('names the asker and the outlet, and keeps a second official who adds to an answer an official', () => {
    const { record } = importTranscript(fixture('questions-from-named.txt'));
    assert.deepEqual(shape(record), [
      ['statement', 'Harbour Minister', 'Harbour Minister', 'principal', null, null],
      ['question', 'Question from Ines Marlow, Quayside Gazette', 'Ines Marlow', 'journalist', 'Quayside Gazette', null],
      ['answer', 'Harbour Minister', 'Harbour Minister', 'principal', null, 2],
      ['answer', 'Chief Harbour Officer', 'Chief Harbour Officer', 'principal', null, 2],
      ['question', 'Question from Pavel Ostrowski, North Shore Radio', 'Pavel Ostrowski', 'journalist', 'North Shore Radio', null],
      ['answer', 'Harbour Minister', 'Harbour Minister', 'principal', null, 5],
    ]);
    assert.equal(record.conference.date, '2031-11-09');
  });

  it("reads the same attribution before a colon, and 'Question from' an outlet alone", () => {
    const text =
      'Storm briefing\n\nHarbour Minister: The barrier held.\n\nQuestion from Ines Marlow, Quayside Gazette: Any damage?\n\nHarbour Minister: Two boats.\n\nQuestion from the North Shore Radio: And the ferries?\n\nHarbour Minister: Tomorrow.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Harbour Minister', null],
        ['question', 'Ines Marlow', 'Quayside Gazette'],
        ['answer', 'Harbour Minister', null],
        ['question', null, 'North Shore Radio'],
        ['answer', 'Harbour Minister', null],
      ],
    );
  });
});

describe('an office printed before the name', () => {
  const { record } = importTranscript(fixture('office-then-name.txt'));

  it('names the person and keeps the office as a title; the questioners come from the notes after their questions', () => {
    assert.deepEqual(shape(record), [
      ['statement', 'Official Spokesperson, Shri Ravi Menon', 'Ravi Menon', 'principal', null, null],
      ['question', 'Question', 'Priya Nair', 'journalist', 'Harbour Times', null],
      ['answer', 'Official Spokesperson, Shri Ravi Menon', 'Ravi Menon', 'principal', null, 2],
      ['question', 'Question', 'Tom Webb', 'journalist', 'North Wire', null],
      ['answer', 'Official Spokesperson, Shri Ravi Menon', 'Ravi Menon', 'principal', null, 4],
    ]);
    assert.deepEqual(record.people.find((p) => p.name === 'Ravi Menon')?.titles.includes('Official Spokesperson'), true);
  });

  it('takes "(Concludes)" for a closing mark, not the last words', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'Not on this trip.');
  });
});

describe('speaker headings on a central bank’s page', () => {
  const { record } = importTranscript(fixture('speaker-headings.md'));

  it('reads "### Name" and "### Name (Outlet)" headings as labels, and a reporter who asks without a question mark as a journalist', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        // The byline under the title ("**Odile Brandt** Governor").
        ['narration', null, null, null],
        // "### Governor Odile Brandt" and "### Tomas Reis" are printed once, before any label recurs: headings like the labels that do.
        ['statement', 'Odile Brandt', 'principal', null],
        // "Tomas Reis, portwire.": an outlet that prints its name in lower case.
        ['question', 'Tomas Reis', 'journalist', 'portwire'],
        ['answer', 'Odile Brandt', 'principal', null],
        ['question', 'Ines Marlow', 'journalist', '7 Quayside News'],
        ['answer', 'Odile Brandt', 'principal', null],
        // Her follow-up, labelled without the outlet: the same reporter.
        ['interjection', 'Ines Marlow', 'journalist', '7 Quayside News'],
        ['answer', 'Odile Brandt', 'principal', null],
        ['question', 'Pavel Ostrowski', 'journalist', 'North Shore Radio'],
        ['answer', 'Odile Brandt', 'principal', null],
        // "Dara from the Evening Ledger": the first name, then the outlet.
        ['question', 'Dara Quinn', 'journalist', 'Evening Ledger'],
      ],
    );
  });

  it("takes the site's section and name off the page title, and its related links off the end", () => {
    assert.equal(record.conference.title, 'Rate Decision');
    assert.equal(record.conference.date, '2031-03-04');
    // The underlined headings are headings: no "=====" is left in the narration.
    assert.ok(record.turns.every((t) => !Object.values(t.text).some((text) => text.includes('==='))));
    assert.equal(record.turns.at(-1)!.text.en, 'Dara from the Evening Ledger. Thank you, Governor.');
    assert.ok(!record.people.some((p) => p.name.startsWith('Board')));
  });
});

describe('labels in a column of their own (a text layer of a two-column layout)', () => {
  it('reads "Label   words" lines as labels, the indented lines below as the same turn, and drops an elision mark', () => {
    const { record, report } = importTranscript(fixture('column-labels.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Minister', 'principal', null],
        ['interjection', null, null, 'Gazette'],
        ['statement', 'Minister', 'principal', null],
        ['question', null, null, 'Gazette'],
        ['answer', 'Minister', 'principal', null],
        ['question', null, null, 'Gazette'],
      ],
    );
    assert.equal(
      record.turns[0]!.text.en,
      'Thank you for coming. You asked about the harbour, so let me start there.\n\nThe barrier held through the storm, and the ferries sail again tomorrow.',
    );
    assert.ok(record.turns.every((t) => !t.text.en!.includes('…')));
    assert.ok(report.some((change) => change.before === '[…]'));
  });

  it('reads the Chinese layout the same way, a newspaper by the word its name ends in', () => {
    const { record } = importTranscript(fixture('column-labels-zh.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', '林部长', null],
        ['interjection', null, '海港日报'],
        ['statement', '林部长', null],
        ['question', null, '海港日报'],
        ['answer', '林部长', null],
        ['question', null, '海港日报'],
      ],
    );
    assert.deepEqual(record.conference.languages, ['zh']);
  });
});

describe("a static site's Markdown file holding the page's HTML", () => {
  const { record } = importTranscript(fixture('interview-in-markup.md'));

  it('reads the front matter and the markup under it; a bare office and a surname are the speakers named in full before', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Ines Marlow', 'journalist', 'Harbour Weekly'],
        ['answer', 'Odile Brandt', 'principal', null],
        ['question', 'Ines Marlow', 'journalist', 'Harbour Weekly'],
        ['answer', 'Odile Brandt', 'principal', null],
        // The job before the name is a title, not part of it.
        ['question', 'Pavel Ostrowski', 'journalist', 'Harbour Weekly'],
        ['answer', 'Odile Brandt', 'principal', null],
      ],
    );
    assert.equal(record.conference.title, 'Interview with Harbour Weekly on the New Quay');
    assert.equal(record.conference.date, '2031-04-02');
  });

  it('takes a row of spaced dots for a closing mark, and the line after it for furniture', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'From the first day.');
  });

  it('reads a whole page under the front matter, its paragraphs broken with <br> over many lines', () => {
    const page = [
      '---\ntitle: Press conference on the ferry strike\ndate: 2031-04-02\n---',
      '<!DOCTYPE html>\n<html><head><title>Ferry strike</title></head><body>',
      '<p>Minister Odile Brandt:</p>',
      `<p>Good morning. The strike ended at six, and the first boats leave at nine. <br>\n${'The crews have agreed to the new rosters, and the repairs go ahead. <br>\n'.repeat(12)}That is all.</p>`,
      '<p>Question:</p>',
      '<p>Will the crews be paid for the <br>\ndays they were out?</p>',
      '<p>Minister Odile Brandt:</p>',
      '<p>That is for the board, <br>\nand it meets on Friday.</p>',
      '</body></html>',
    ].join('\n');
    assert.deepEqual(
      importTranscript(page).record.turns.map((t) => [t.kind, t.speaker?.name ?? t.label]),
      [
        ['statement', 'Odile Brandt'],
        ['question', 'Question'],
        ['answer', 'Odile Brandt'],
      ],
    );
  });
});

describe('bold questions with the answers printed under them unlabelled', () => {
  const { record } = importTranscript(fixture('bold-questions-plain-answers.md'));

  it('makes the plain paragraphs the answers of the one the title names, printing no label for them', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.speaker?.role ?? null]),
      [
        ['question', 'Reporter', null, null],
        ['answer', null, 'Odile Brandt', 'principal'],
        ['question', 'Reporter', null, null],
        ['answer', null, 'Odile Brandt', 'principal'],
        ['question', 'Reporter', null, null],
        ['answer', null, 'Odile Brandt', 'principal'],
      ],
    );
    assert.equal(
      record.turns[1]!.text.en,
      'Two fishing boats were lost at the north mole. Nobody was hurt.\n\nThe barrier held, and that is what mattered most last night.',
    );
  });

  it("leaves the page's 'Last updated' element out of the last answer", () => {
    assert.equal(record.turns.at(-1)!.text.en, 'We will see what the engineers say first.');
  });

  it('leaves a questioner who speaks several plain paragraphs alone when no question is in bold', () => {
    const text = 'Storm briefing\n\nReporter: Minister, a long one.\n\nIt has two parts. First, the boats.\n\nReporter: And the second part?\n\nThe ferries.\n';
    const { record: plain } = importTranscript(text);
    assert.ok(plain.turns.every((t) => t.label === 'Reporter'));
  });
});
