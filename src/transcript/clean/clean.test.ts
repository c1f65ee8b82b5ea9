// The cleanup rules one by one, each on a small text of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';
import type { SourceLine } from '../types.ts';
import { DocumentWords } from './evidence.ts';
import { decideLineEndHyphen } from './hyphenation.ts';
import { loneOpeningQuotes, normalizeGlyphs, removeEmptyBrackets } from './glyphs.ts';
import { reflow } from './reflow.ts';
import { removeRunningHeads } from './headers.ts';
import type { CleanupChange } from '../types.ts';

/** A one-turn transcript around `body`; returns the turn's text and the report. */
function cleanTurn(body: string) {
  const { record, report } = importTranscript(`Ada Quill: ${body}\n\nDaily News: Thank you?\n`);
  return { text: record.turns[0]!.text.en!, report };
}

function words(text: string): DocumentWords {
  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t, page: 0, pageStart: false }));
  return DocumentWords.fromLines(lines);
}

describe('hyphenation: evidence decides', () => {
  const none = words('');

  it('keeps a compound whose halves are words and whose join is not ("short-term")', () => {
    const decision = decideLineEndHyphen('short', 'term', none, false);
    assert.equal(decision.join, false);
    assert.match(decision.reason, /"short" and "term" are words, "shortterm" is not/);
  });

  it('joins when the joined form is a word', () => {
    assert.deepEqual(decideLineEndHyphen('reju', 'venation', none, false), { join: true, reason: 'dictionary has "rejuvenation"' });
  });

  it('lets the document overrule the dictionary, both ways', () => {
    const kept = decideLineEndHyphen('well', 'being', words('Their well-being matters.'), false);
    assert.deepEqual([kept.join, kept.reason], [false, 'the document prints "well-being" at line 1']);
    const joined = decideLineEndHyphen('short', 'term', words('\nA shortterm fix.'), false);
    assert.deepEqual([joined.join, joined.reason], [true, 'the document has "shortterm", printed whole at line 2']);
  });

  it('joins a word split inside when nothing says otherwise (a name)', () => {
    const decision = decideLineEndHyphen('Timi', 'raos', none, false);
    assert.equal(decision.join, true);
    assert.match(decision.reason, /no evidence either way/);
  });

  it('keeps a hyphen before a capital or a number ("Russia-/China", "COVID-/19")', () => {
    assert.equal(decideLineEndHyphen('Russia', 'China', none, false).join, false);
    assert.equal(decideLineEndHyphen('COVID', '19', none, false).join, false);
    assert.equal(decideLineEndHyphen('COMMIT', 'TEE', none, false).join, true);
  });

  it('always joins at a soft hyphen', () => {
    assert.equal(decideLineEndHyphen('short', 'term', none, true).join, true);
  });

  it('does not count the split halves themselves as evidence', () => {
    const split = words('a short-\nterm plan');
    assert.equal(split.count('short'), 0);
    assert.equal(split.count('term'), 0);
    assert.equal(split.count('plan'), 1);
  });

  it('moves the punctuation after the continuation with it', () => {
    const { text, report } = cleanTurn('We talked to the me-\ndia. Then we left.');
    assert.equal(text, 'We talked to the media. Then we left.');
    assert.deepEqual(
      report.map((c) => [c.line, c.rule, c.before, c.after]),
      [[1, 'hyphen-join', 'me-/dia', 'media']],
    );
  });
});

describe('running headers and footers', () => {
  it('removes "Page N of M" lines and the same glued into a line', () => {
    const { text, report } = cleanTurn('The budget grew this year,\nPage 3 of 12\nand the text Page 4 of 12 goes on.');
    assert.equal(text, 'The budget grew this year, and the text goes on.');
    assert.deepEqual(
      report.map((c) => [c.line, c.rule, c.before]),
      [
        [2, 'page-number', 'Page 3 of 12'],
        [3, 'page-number', 'Page 4 of 12'],
      ],
    );
  });

  it('removes page numbers alone on a line', () => {
    const { text, report } = cleanTurn('We will build\n17\nthree bridges.\n- 18 -\nAnd a road.');
    assert.equal(text, 'We will build three bridges. And a road.');
    assert.deepEqual(
      report.map((c) => c.before),
      ['17', '- 18 -'],
    );
  });

  it('removes a short line that repeats in the flow of the text (a book title) without page breaks', () => {
    const body = [
      'The first part of the answer',
      'Selected Briefings 2031',
      'runs on here, and the second',
      'part goes on',
      'Selected Briefings 2031',
      'over the page, and the third',
      'Selected Briefings 2031',
      'ends it.',
    ].join('\n');
    const { text, report } = cleanTurn(body);
    assert.equal(text, 'The first part of the answer runs on here, and the second part goes on over the page, and the third ends it.');
    assert.deepEqual(
      report.map((c) => [c.rule, c.before, c.reason]),
      Array(3).fill(['header-footer', 'Selected Briefings 2031', 'running head repeated 3 times']),
    );
  });

  it('keeps a short line that repeats only between paragraphs (a stage direction or a refrain)', () => {
    const body = 'One.\n\nThank you all\n\nTwo.\n\nThank you all\n\nThree.\n\nThank you all';
    assert.equal(cleanTurn(body).text.split('Thank you all').length, 4);
  });

  it('keeps a speaker’s name that two pages happen to open with, printed over the words inside the pages too', () => {
    const pages = [
      [
        'Larkspur Mills Results Call',
        'A steady quarter for the mills.',
        'Good day, and welcome.',
        'Tobias Renner',
        'It was a steady quarter.',
        'Ana Lima',
        'What will it cost?',
        'Tobias Renner',
        'Forty million.',
        'We are sure of it.',
        'The board agreed.',
        'Page 1 of 3',
      ],
      [
        'Tobias Renner',
        'And it runs by the autumn.',
        'We have the permits.',
        'Ana Lima',
        'And the plant?',
        'Tobias Renner',
        'In the spring.',
        'Ana Lima',
        'Thank you.',
        'That is all from me.',
        'Good luck with it.',
        'Page 2 of 3',
      ],
      [
        'Tobias Renner',
        'Thank you all.',
        'We will speak again.',
        'Ana Lima',
        'Goodbye.',
        'Tobias Renner',
        'Goodbye, and thanks.',
        'Ana Lima',
        'Thanks.',
        'The call has ended.',
        'You may disconnect.',
        'Page 3 of 3',
      ],
    ];
    const lines: SourceLine[] = pages.flatMap((page, p) => page.map((text, i) => ({ no: p * 12 + i + 1, text, page: p, pageStart: i === 0 && p > 0 })));
    const report: CleanupChange[] = [];
    const kept = removeRunningHeads(lines, report);
    assert.deepEqual(
      report.map((c) => c.before),
      ['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3'],
    );
    assert.equal(kept.filter((l) => l.text === 'Tobias Renner').length, 6);
  });

  it('removes heads and footers at the page edges of pdftotext output, and joins across the form feed', () => {
    const { record, report } = importTranscript(fixture('pdftotext.txt'));
    assert.equal(record.conference.title, 'Minister Ilario Venn Meets the Press');
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'statement', 'question', 'answer'],
    );
    assert.equal(
      record.turns[1]!.text.en,
      'We have finished the first stage of the sea wall. The work on the second stage will begin in the spring, when the weather improves, and we expect to finish it before the autumn storms. The cost remains within the budget.',
    );
    assert.equal(record.turns[2]!.text.en, 'Minister, what about the long-term maintenance of the wall?');
    assert.deepEqual(
      report.map((c) => [c.line, c.rule, c.before]),
      [
        [1, 'header-footer', 'Harbour Press Briefings 2031'],
        [7, 'hyphen-join', 'im-/proves'],
        [8, 'page-number', 'Page 1 of 3'],
        [9, 'header-footer', 'Harbour Press Briefings 2031'],
        [10, 'page-number', 'Page 2 of 3'],
        [12, 'hyphen-keep', 'long-/term'],
        [15, 'page-number', '2'],
        [16, 'header-footer', 'Harbour Press Briefings 2031'],
        [19, 'page-number', 'Page 3 of 3'],
      ],
    );
    assert.match(report[1]!.reason, /split across a page break/);
  });
});

describe('glyphs', () => {
  it('spells out ligatures and drops invisible characters', () => {
    const { text, changes } = normalizeGlyphs('the ﬁrst ﬂow\u200b of oﬃcial news');
    assert.equal(text, 'the first flow of official news');
    assert.deepEqual(
      changes.map((c) => c.before),
      ['ﬁ', 'ﬂ', 'ﬃ', 'U+200B'],
    );
  });

  it('removes empty brackets, a lost footnote mark', () => {
    assert.deepEqual(removeEmptyBrackets('Meets the Press ()'), {
      text: 'Meets the Press',
      changes: [{ before: '()', after: '', reason: 'empty brackets, a footnote mark lost in OCR' }],
    });
    assert.equal(removeEmptyBrackets('the rule [ ] applies.').text, 'the rule applies.');
    assert.equal(removeEmptyBrackets('a (real) aside').changes.length, 0);
  });

  it('finds opening quotes that never close, but not apostrophes or closed quotes', () => {
    assert.deepEqual(loneOpeningQuotes(['‘We conducted the sup-', 'port of China’s people.']), [[0, 0]]);
    assert.deepEqual(loneOpeningQuotes(['He said ‘no’ and “yes”.']), []);
    assert.deepEqual(loneOpeningQuotes(['the “first', 'line” and “a lone one']), [[1, 10]]);
  });

  it('reports the quote it removes with the word it stood before', () => {
    const { text, report } = cleanTurn('We spoke. ‘We conducted talks with the\nneighbours in May.');
    assert.equal(text, 'We spoke. We conducted talks with the neighbours in May.');
    assert.deepEqual(
      report.map((c) => [c.rule, c.line, c.before, c.after]),
      [['glyph', 1, '‘We', 'We']],
    );
  });
});

describe('OCR confusions', () => {
  it('repairs a token when the dictionary and the document agree', () => {
    const { text, report } = cleanTurn('The rnodern port is busy. A modern port needs deep water.');
    assert.equal(text, 'The modern port is busy. A modern port needs deep water.');
    assert.deepEqual(
      report.map((c) => [c.rule, c.before, c.after]),
      [['ocr-confusion', 'rnodern', 'modern']],
    );
  });

  it('leaves a token alone when the document does not print the repaired word', () => {
    assert.equal(cleanTurn('The rnodern port is busy.').report.length, 0);
  });

  it('leaves a token alone when it is printed twice as it is', () => {
    const { report } = cleanTurn('Gentral is a name. We met Gentral again. The Central office agreed.');
    assert.equal(report.length, 0);
  });

  it('never puts a capital after a lowercase letter: "Allen" stays, though "alien" is a word the document prints', () => {
    const { text, report } = cleanTurn('Ruth Allen from the Gazette asked. An alien species was found.');
    assert.equal(report.length, 0);
    assert.ok(text.includes('Ruth Allen'));
  });

  it('leaves names alone: no dictionary word is one glyph away', () => {
    assert.equal(cleanTurn('Segodnya and Timiraos asked. Then Timiraos left.').report.length, 0);
  });

  it('repairs a word made whole by a hyphen join', () => {
    const { text, report } = cleanTurn('The Central Committee met. The Gen-\ntral office agreed.');
    assert.equal(text, 'The Central Committee met. The Central office agreed.');
    assert.deepEqual(
      report.map((c) => [c.rule, c.before, c.after]),
      [
        ['hyphen-join', 'Gen-/tral', 'Gentral'],
        ['ocr-confusion', 'Gentral', 'Central'],
      ],
    );
  });
});

describe('reflow', () => {
  it('joins lines with single spaces, collapsing runs of spaces', () => {
    assert.equal(reflow(['  one  two', 'three   ', ''], { collapseSpaces: true }), 'one two three');
  });

  it('joins CJK lines without a space, and keeps an em dash tight', () => {
    assert.equal(reflow(['共同保护海洋环境，', '推动港口互联互通。'], { collapseSpaces: true }), '共同保护海洋环境，推动港口互联互通。');
    assert.equal(reflow(['the answer—', 'and more'], { collapseSpaces: true }), 'the answer—and more');
  });
});
