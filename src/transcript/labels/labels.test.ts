// Each label convention on single lines: what it reads, and the ordinary sentences it refuses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { SourceLine } from '../types.ts';
import { capsPeriodLabels } from './caps-period.ts';
import { chineseLabels } from './chinese.ts';
import { colonLabels } from './colon.ts';
import { detectLabels } from './index.ts';
import { label, labelFrom, leadingWhitespace } from './types.ts';
import { usHonorificLabels } from './us-honorific.ts';
import { CONNECTORS, isNameLike, naturalCase, SENTENCE_STARTERS } from './words.ts';
import { foldedToSimplified } from '../zh/script.ts';

const read = (convention: { parse(line: string): { label: string; body: string } | null }, line: string) => {
  const parsed = convention.parse(line);
  return parsed && [parsed.label, parsed.body];
};

describe('colon labels', () => {
  it('reads a programme’s host speaking, never a host field', () => {
    assert.deepEqual(read(colonLabels, 'Host: Welcome back. What will the quays look like?'), ['Host', 'Welcome back. What will the quays look like?']);
    assert.equal(read(colonLabels, 'Host: Harbour Radio'), null);
    assert.equal(read(colonLabels, 'Host: Ministry of Transport'), null);
  });

  it('reads people, outlets and attributed journalists', () => {
    assert.deepEqual(read(colonLabels, 'Wang Yi: Friends from the media'), ['Wang Yi', 'Friends from the media']);
    // A call's name, a post in two parts and the firm.
    assert.deepEqual(read(colonLabels, 'Mara Quist, Chairman, CEO and President, Harbourline Corporation: Thank you, Ines.'), [
      'Mara Quist, Chairman, CEO and President, Harbourline Corporation',
      'Thank you, Ines.',
    ]);
    assert.equal(read(colonLabels, 'Finally, the berths, the ferries and the tugs, all of them: ready.'), null);
    assert.deepEqual(read(colonLabels, ' Wang Yi: Under the strategic'), ['Wang Yi', 'Under the strategic']);
    assert.deepEqual(read(colonLabels, 'People’s Daily: At the Central'), ['People’s Daily', 'At the Central']);
    assert.deepEqual(read(colonLabels, 'Jane Doe, Reuters: Thank you.'), ['Jane Doe, Reuters', 'Thank you.']);
    assert.deepEqual(read(colonLabels, 'Jane Doe (Reuters): Thank you.'), ['Jane Doe (Reuters)', 'Thank you.']);
    assert.deepEqual(read(colonLabels, 'The Washington Post: Minister,'), ['The Washington Post', 'Minister,']);
    assert.deepEqual(read(colonLabels, '**Rui Abrantes:** Good morning.'), ['Rui Abrantes', 'Good morning.']);
    assert.deepEqual(read(colonLabels, '**Reuters**: How much?'), ['Reuters', 'How much?']);
    assert.deepEqual(read(colonLabels, 'Q: What next?'), ['Q', 'What next?']);
    assert.deepEqual(read(colonLabels, 'Moderator:'), ['Moderator', '']);
  });

  it('reads a question wholly in bold without its closing emphasis, and a part of the document as no label', () => {
    assert.deepEqual(read(colonLabels, '**Q: Who is the hunter?**'), ['Q', 'Who is the hunter?']);
    assert.deepEqual(read(colonLabels, '**Q (Jane Roe – Grand Prix Daily): Why?**'), ['Q (Jane Roe – Grand Prix Daily)', 'Why?']);
    assert.deepEqual(read(colonLabels, '**Q:** Who is the **hunter**?'), ['Q', 'Who is the **hunter**?']);
    assert.equal(read(colonLabels, 'Part One: Ana Pereira (Falcon Racing)'), null);
    assert.equal(read(colonLabels, 'DRIVERS – PART TWO: Teo Lindgren (Arrow GP)'), null);
  });

  it('reads the question mark set in bold or italics without a colon', () => {
    for (const line of [
      '**Q** Thanks, Ines. Will the pier reopen?',
      '**Q.** Thanks, Ines. Will the pier reopen?',
      '*Q* Thanks, Ines. Will the pier reopen?',
      '__Q__ Thanks, Ines. Will the pier reopen?',
    ])
      assert.deepEqual(colonLabels.parse(line), label('Q', 'Thanks, Ines. Will the pier reopen?', { selfEvident: true }), line);
    assert.equal(colonLabels.parse('**Q**uayside crews rested.'), null);
    assert.equal(colonLabels.parse('*Q* is the letter they chose.'), null);
  });

  it('refuses an address to an office and a sentence leading into a list', () => {
    assert.equal(read(colonLabels, 'Mr. President: the harbour board has raised its rates again.'), null);
    assert.equal(read(colonLabels, 'Madam Chair: one more point on the ferries.'), null);
    assert.equal(read(colonLabels, 'The Board: (i) adopted its rules; (ii) set the rate.'), null);
    assert.deepEqual(read(colonLabels, 'President Halloran: Good morning.'), ['President Halloran', 'Good morning.']);
  });

  it('refuses sentences with a colon, times, URLs and metadata fields', () => {
    for (const line of [
      'The reason is simple: our harbours carry',
      'In short: no.',
      'It was 10:30 when we arrived',
      '10:30 is when the crews arrive',
      'https://example.org/lorn is updated',
      'Date: 7 March 2024',
      'Note: the text was edited',
      'What was said? He replied: nothing',
      'ratio 3:1 was agreed',
      'we said: yes',
      'A Very Long Label That Goes On And On Past Six Words: text',
    ]) {
      assert.equal(colonLabels.parse(line), null, line);
    }
  });
});

describe('US honorific labels', () => {
  it('reads capitals with a colon and the anonymous Q', () => {
    assert.deepEqual(read(usHonorificLabels, 'MS. SMITH:  Good afternoon.'), ['MS. SMITH', 'Good afternoon.']);
    assert.deepEqual(read(usHonorificLabels, 'SECRETARY BLINKEN: Thanks.'), ['SECRETARY BLINKEN', 'Thanks.']);
    assert.deepEqual(read(usHonorificLabels, 'THE PRESIDENT: Well,'), ['THE PRESIDENT', 'Well,']);
    assert.deepEqual(read(usHonorificLabels, 'MS. JEAN-PIERRE: Okay.'), ['MS. JEAN-PIERRE', 'Okay.']);
    assert.deepEqual(read(usHonorificLabels, 'Q    Thank you, Karine.'), ['Q', 'Thank you, Karine.']);
    assert.deepEqual(read(usHonorificLabels, 'Q\tAnd on trade?'), ['Q', 'And on trade?']);
    assert.deepEqual(read(usHonorificLabels, 'Q: And on trade?'), ['Q', 'And on trade?']);
    // A question resumed after the principal cut in.
    assert.deepEqual(read(usHonorificLabels, 'Q — and when will it go to the council?'), ['Q', '— and when will it go to the council?']);
  });

  it('refuses ordinary lines', () => {
    for (const line of ['Quite right: we agree.', 'Q and A followed.', 'NATO is an alliance.', 'Ms. Smith: natural case is another convention', 'I: me']) {
      assert.equal(usHonorificLabels.parse(line), null, line);
    }
  });

  it('reads a colon that OCR misread as ";" or "!", as a label that must recur', () => {
    const parsed = usHonorificLabels.parse('HALE; Well, the council has not decided.');
    assert.deepEqual([parsed?.label, parsed?.needsRecurrence], ['HALE', true]);
    assert.equal(usHonorificLabels.parse('JOURNALIST! Is it true?')?.label, 'JOURNALIST');
    assert.equal(usHonorificLabels.parse('NO! we will not.'), null);
    const ocr =
      'TRANSCRIPT\n\nHALE: The ferry runs on Monday.\n\nJOURNALIST: Every day?\n\nHALE; Every day but Sunday.\n\nJOURNALIST; And the fares?\n\nHALE! The same as now.\n';
    assert.deepEqual(
      detectLabels(ocr.split('\n\n').map((text, i) => [{ no: i + 1, text, page: 0, pageStart: false }]))?.hits.map((h) => h.parsed.label),
      ['HALE', 'JOURNALIST', 'HALE', 'JOURNALIST', 'HALE'],
    );
  });

  it('gives natural-case names', () => {
    assert.equal(naturalCase('MS. SMITH'), 'Ms. Smith');
    assert.equal(naturalCase("O'BRIEN"), "O'Brien");
    assert.equal(naturalCase('MS. JEAN-PIERRE'), 'Ms. Jean-Pierre');
    assert.equal(naturalCase('URSULA VON DER LEYEN'), 'Ursula von der Leyen');
    assert.equal(naturalCase('J.J. REDICK'), 'J.J. Redick');
    assert.equal(naturalCase('Wang Yi'), 'Wang Yi');
  });
});

describe('capitals-and-period labels', () => {
  it('reads "THE. PRESIDENT." (a stray period) as THE PRESIDENT, and "Reporter:" as an anonymous asker', () => {
    assert.deepEqual(read(capsPeriodLabels, 'THE. PRESIDENT. I visited the pier.'), ['THE PRESIDENT', 'I visited the pier.']);
    assert.deepEqual(read(capsPeriodLabels, 'Reporter: Thank you, Madam President.'), ['Reporter', 'Thank you, Madam President.']);
    assert.notEqual(capsPeriodLabels.parse('THE. END. And then?')?.label, 'THE END');
  });

  it('reads a surname whose prefix is printed in lower case ("McGRANE", "DeSANTIS")', () => {
    assert.deepEqual(read(capsPeriodLabels, 'VICTORIA McGRANE. Hi, Chairman.'), ['VICTORIA McGRANE', 'Hi, Chairman.']);
    assert.deepEqual(read(capsPeriodLabels, 'GOVERNOR DeSANTIS. Good morning.'), ['GOVERNOR DeSANTIS', 'Good morning.']);
    assert.equal(capsPeriodLabels.parse('Victoria McGrane. Hi, Chairman.'), null);
  });

  it('reads a name in capitals before a period', () => {
    assert.deepEqual(read(capsPeriodLabels, 'CHAIR POWELL. Good afternoon.'), ['CHAIR POWELL', 'Good afternoon.']);
    assert.deepEqual(read(capsPeriodLabels, 'JANE ROE. Nick.'), ['JANE ROE', 'Nick.']);
    assert.deepEqual(read(capsPeriodLabels, 'MR. JONES. Thanks.'), ['MR. JONES', 'Thanks.']);
  });

  it('refuses initialisms and sentences', () => {
    for (const line of ['U.S. officials said so.', 'The Fed. It was late.', 'CHAIR POWELL said nothing.']) {
      assert.equal(capsPeriodLabels.parse(line), null, line);
    }
  });
});

describe('Chinese labels', () => {
  it('reads labels before a full-width colon', () => {
    assert.deepEqual(read(chineseLabels, '新华社记者：请问'), ['新华社记者', '请问']);
    assert.deepEqual(read(chineseLabels, '　　毛宁：下午好。'), ['毛宁', '下午好。']);
    assert.deepEqual(read(chineseLabels, 'CNN记者：请问'), ['CNN记者', '请问']);
    assert.deepEqual(read(chineseLabels, '问：什么时候？'), ['问', '什么时候？']);
  });

  it('refuses sentences that contain a colon', () => {
    for (const line of [
      '他说，我们认为：合作共赢。',
      '2024年3月7日：会议开幕',
      'Wang Yi: English is not this convention',
      // An example or a turn of the argument opening a point of an answer.
      '舉例來講：像資安署這樣的單位。',
      '举例来说：港口的收费。',
      '举个例子：港口的收费。',
      '所以：我们不会加价。',
      // A byline's fields on one line: the first is no speaker's label.
      '作者： admin 时间：2031-04-12 来源：海港局',
      '每经记者：张蕊    每经编辑：陈星',
    ]) {
      // (Read as the importer reads Chinese: folded to Simplified characters, zh/script.ts.)
      assert.equal(chineseLabels.parse(foldedToSimplified(line)), null, line);
    }
  });
});

describe('choosing the convention', () => {
  const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: i + 1, text, page: 0, pageStart: false }));

  it('accepts a label in mid-paragraph only after a finished sentence and when it recurs', () => {
    const paragraphs = [
      lines('Wang Yi: We agree.'),
      lines('Daily News: One question?', 'Wang Yi: Yes.'),
      lines('Daily News: Another one, and', 'Central Office: is a place, not a speaker.'),
    ];
    const detection = detectLabels(paragraphs)!;
    assert.equal(detection.convention, 'colon-labels');
    assert.deepEqual(
      detection.hits.map((h) => [h.paragraph, h.line, h.parsed.label]),
      [
        [0, 0, 'Wang Yi'],
        [1, 0, 'Daily News'],
        [1, 1, 'Wang Yi'],
        [2, 0, 'Daily News'],
      ],
    );
  });

  it('prefers the more specific convention on a tie', () => {
    const detection = detectLabels([lines('MS. SMITH: Hello.'), lines('MR. JONES: Hi.')])!;
    assert.equal(detection.convention, 'us-honorific');
  });

  it('takes a lone first line with a colon and no sentence for a title, not a speaker', () => {
    const detection = detectLabels([lines('Press Briefing: Minister Ada Quill Meets the Press'), lines('Ada Quill: Hello.'), lines('Daily News: Why?')])!;
    assert.deepEqual(
      detection.hits.map((h) => h.parsed.label),
      ['Ada Quill', 'Daily News'],
    );
    const speech = detectLabels([lines('Ada Quill: Hello.'), lines('Daily News: Why?')])!;
    assert.deepEqual(
      speech.hits.map((h) => h.parsed.label),
      ['Ada Quill', 'Daily News'],
    );
  });

  it('finds nothing in prose', () => {
    assert.equal(detectLabels([lines('The reason is simple: rivers flood.', 'We build walls.')]), null);
  });
});

describe('mayRead', () => {
  // Detection skips the lines a convention's mayRead refuses: it must never refuse a line parse reads.
  it('accepts every line its convention parses, in every fixture and in the edge cases', () => {
    const fixtures = new URL('../fixtures/', import.meta.url);
    const texts = readdirSync(fixtures)
      .filter((name) => !name.endsWith('.ts'))
      .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));
    const edgeCases = [
      '**Q: Who is the hunter?**',
      '__Reuters__: How much?',
      `${' '.repeat(88)}**Name: words`,
      `${'Ab '.repeat(30)}: words`,
      'Q. Mr. President, why?',
      'The President. Good afternoon.',
      'Reporter: Thank you.',
      'Journalist: Thank you.',
      '一、问：何时？',
      '　　新华社记者：谢谢。',
      'BBC：请问',
      'CNN记者：请问',
      '毛宁:谢谢。',
    ];
    let parsed = 0;
    for (const line of [...texts.flatMap((text) => text.split(/\r?\n/)), ...edgeCases]) {
      for (const convention of [chineseLabels, usHonorificLabels, capsPeriodLabels, colonLabels]) {
        if (!convention.parse(line)) continue;
        parsed++;
        assert.ok(convention.mayRead(line, leadingWhitespace(line)), `${convention.name} parses but may not read: ${line}`);
      }
    }
    assert.ok(parsed > 500);
  });
});

describe('isNameLike', () => {
  // The pattern-based reading it replaced, kept as the reference it must agree with.
  const NAME_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}'’.\-/&]*$/u;
  const NUMBER_WORD = /^\p{N}[\p{L}\p{N}]*$/u;
  const reference = (phrase: string, maxWords = 6) => {
    const words = phrase.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > maxWords) return false;
    if (!NAME_WORD.test(words[0]!) || SENTENCE_STARTERS.has(words[0]!.toLowerCase().replace(/[.’']$/, ''))) return false;
    return words.slice(1).every((w, i) => NAME_WORD.test(w) || NUMBER_WORD.test(w) || (CONNECTORS.has(w.toLowerCase()) && i < words.length - 2));
  };

  it('reads words as the patterns did, by character code', () => {
    const phrases = [
      'Wang Yi',
      ' Jane  Doe ',
      'Voice of America',
      'Voice of',
      "O'Brien",
      'AT&T News',
      'Channel 4',
      'Channel 4th',
      'News 24/7',
      'Ursula von der Leyen',
      'In short',
      'Thank you',
      'Jane\u00a0Doe',
      'Jane\u2003Doe',
      'Jane\u3000Doe',
      'Jane\tDoe\n',
      'Émile Zola',
      'Zoë Ball',
      'Łukasz Nowak',
      'People’s Daily',
      'Maria da Silva',
      'jane Doe',
      'Jane doe',
      'Jane Doe!',
      'Jane ²nd',
      'Jane ٣',
      'A B C D E F',
      'A B C D E F G',
      '',
      '   ',
      'Mr. Smith',
      'J.J. Abrams',
      'Ǆemal Bijedić',
    ];
    for (const phrase of phrases) {
      assert.equal(isNameLike(phrase), reference(phrase), phrase);
      assert.equal(isNameLike(phrase, 2), reference(phrase, 2), `${phrase} (2 words)`);
    }
  });
});

describe('labelFrom', () => {
  it('trims the words as label does after a slice', () => {
    const line = 'Q: \u00a0 Why?\u3000\t ';
    for (const [text, from] of [
      [line, 2],
      [line, 0],
      [line, 40],
      ['Q:', 2],
      ['A:\u2003\u2003', 2],
      ['A: x\ufeff', 2],
      ['A: \u200bx', 2],
    ] as const)
      assert.deepEqual(labelFrom('Q', text, from, { selfEvident: true }), label('Q', text.slice(from), { selfEvident: true }), JSON.stringify(text));
  });
});
