// The importer's shortcuts give what the longer way gives: the slug of a plain title, the line
// screening done while the word index is read, swaps looked up without being built, the label
// prefilter, the dictionary's cache, and the hand-read line starts of the hyphen rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import slugify from '@sindresorhus/slugify';
import wordListPath from 'word-list';
import { mapped } from './arrays.ts';
import { DocumentWords } from './clean/evidence.ts';
import { BRACKET, GLYPH, QUOTE, screen, SPACING } from './clean/screen.ts';
import { isWord } from './dictionary.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { capsPeriodLabels } from './labels/caps-period.ts';
import { chineseLabels } from './labels/chinese.ts';
import { colonLabels } from './labels/colon.ts';
import { leadingWhitespace } from './labels/types.ts';
import { startsWithCapitals, usHonorificLabels } from './labels/us-honorific.ts';
import { splitLines } from './lines.ts';
import { plainSlug } from './slug.ts';
import type { SourceLine } from './types.ts';

const FIXTURES = ['caps-period.txt', 'chinese.txt', 'colon-labels.txt', 'front-matter.md', 'pdftotext.txt', 'us-honorific.txt'];
const fixtureLines = FIXTURES.flatMap((name) => splitLines(fixture(name).toString('utf8')));

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

function lines(texts: readonly string[]): SourceLine[] {
  return texts.map((text, i) => ({ no: i + 1, text, page: 0, pageStart: false }));
}

describe('shortcut: the slug of a plain ASCII title', () => {
  it('is what slugify gives', () => {
    const pieces = [
      'Wang Yi',
      'CPC',
      'McDonald',
      "Conway's",
      "DON'T",
      'FOO360',
      'APIs',
      'APIUsage',
      'co-op',
      '--',
      '  ',
      '_x',
      'U.S.',
      'COVID-19',
      "it's",
      '\\',
      '(2024)',
      'Q',
    ];
    const next = random(7);
    for (let k = 0; k < 3000; k++) {
      let title = '';
      for (let n = 1 + next(8); n > 0; n--) title += next(2) ? pieces[next(pieces.length)] : String.fromCharCode(0x20 + next(0x5f)).replace(/[&^`]/, ' ');
      assert.equal(plainSlug(title), slugify(title), title);
    }
  });
});

/** The flags by their definitions: what each cleanup step looks for (see the steps in clean/). */
function expectedFlags(text: string): number {
  return (
    (/[\ufb00-\ufb06\u200b\u2060\ufeff\u00ad]/.test(text) ? GLYPH : 0) |
    (/[([（]/.test(text) ? BRACKET : 0) |
    (/[‘“]/.test(text) ? QUOTE : 0) |
    (/ {2}|\t|\u00a0/.test(text) ? SPACING : 0)
  );
}

describe('shortcut: lines screened while the word index is read', () => {
  const texts = [
    ...fixtureLines.map((l) => l.text),
    'a  b',
    'tab\there',
    'no\u00a0break',
    'ﬁne',
    'soft\u00adhyphen',
    '(x) [y] （z）',
    '‘quoted “twice',
    'ends with two  ',
    'Ca-',
    'fés and ﬁ-',
    'ﬂow',
    'x\u200by\u2060z\ufeff',
  ];

  it('flags each line as the steps would find it', () => {
    const words = DocumentWords.fromLines(lines(texts));
    texts.forEach((text, i) => assert.equal(words.lineFlags(i + 1), expectedFlags(text), JSON.stringify(text)));
  });

  it('screen() agrees', () => {
    for (const text of texts) assert.equal(screen(text), expectedFlags(text), JSON.stringify(text));
  });

  it('knows nothing of a line it has not read', () => {
    assert.equal(DocumentWords.fromLines(lines(['one line'])).lineFlags(7), undefined);
  });
});

describe('shortcut: a confusable swap looked up without building it', () => {
  it('agrees with count() of the word built', () => {
    const words = DocumentWords.fromLines(
      lines(['The modern Central Committee met; the rnodern Gentral hall', 'held a clinic and a dinic, 1ike the l0cal press.']),
    );
    const tokens = ['rnodern', 'gentral', 'dinic', '1ike', 'l0cal', 'committee', 'cornmittee', 'clinic'];
    for (const token of tokens) {
      for (let at = 0; at < token.length; at++) {
        for (const [cut, insert] of [
          [1, 'm'],
          [2, 'm'],
          [1, 'c'],
          [1, 'l'],
          [1, 'o'],
          [1, 'rn'],
          [0, 'x'],
          [1, ''],
        ] as const) {
          if (at + cut > token.length) continue;
          const built = token.slice(0, at) + insert + token.slice(at + cut);
          assert.equal(words.printsSwapped(token, at, cut, insert), words.count(built) > 0, `${token} ${at} ${cut} ${insert}`);
        }
      }
    }
  });
});

describe('shortcut: lines no label convention could read are skipped', () => {
  it('passes every line any convention reads a label from', () => {
    const conventions = [chineseLabels, usHonorificLabels, capsPeriodLabels, colonLabels];
    const texts = [
      ...fixtureLines.map((l) => l.text),
      'Q Thank you.',
      'Q',
      '  MS. SMITH: Hello',
      'CHAIR POWELL. Good afternoon.',
      '新华社记者：请问',
      'CNN记者：',
      '**Ada Quill:** yes',
    ];
    for (const text of texts) {
      if (!conventions.some((c) => c.parse(text))) continue;
      assert.ok(text.includes(':') || text.includes('：') || startsWithCapitals(text, leadingWhitespace(text)), text);
    }
  });
});

describe('shortcut: the dictionary cache', () => {
  it('answers as the word list does, first time and after', () => {
    const list = readFileSync(wordListPath, 'utf8').split('\n');
    const known = new Set(list);
    const next = random(3);
    const samples: [string, boolean][] = [];
    for (let k = 0; k < 500; k++) {
      const word = list[next(list.length)]!;
      samples.push([word, true], [`${word}q`, known.has(`${word}q`)]);
    }
    for (let round = 0; round < 2; round++) for (const [word, expected] of samples) assert.equal(isWord(word), expected, word);
  });

  it('finds every word of the list, also where the list is not in order', () => {
    const list = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
    const missing = list.filter((word) => !isWord(word));
    assert.deepEqual(missing.slice(0, 5), []);
    for (const word of ['a', 'i', 'manlihood', 'manlily', 'sharrowed', 'sharrows']) assert.equal(isWord(word), true, word);
    for (const word of ['', 'b', 'manlihoods', 'zzzzzz', 'aaaaaa', '2024', 'élan', '{aa']) assert.equal(isWord(word), false, word);
  });
});

describe('shortcut: hyphen joins read the next line by hand in ASCII', () => {
  const turn = (body: string) => {
    const { record, report } = importTranscript(`Ada Quill: ${body}\n\nDaily News: Thank you?\n`);
    return { text: record.turns[0]!.text.en, changes: report.map((c) => [c.rule, c.before, c.after]) };
  };

  it('hands a line that does not start in ASCII to the regex', () => {
    assert.deepEqual(turn('We visited the Ca-\nfés of the port. The cafés were full.'), {
      text: 'We visited the Cafés of the port. The cafés were full.',
      changes: [['hyphen-join', 'Ca-/fés', 'Cafés']],
    });
    assert.deepEqual(turn('The ΟΔΟΣ was closed. We met in the Ac-\nΣ hall, then the ΟΔΟΣ.'), {
      text: 'The ΟΔΟΣ was closed. We met in the Ac-Σ hall, then the ΟΔΟΣ.',
      changes: [['hyphen-keep', 'Ac-/Σ', 'Ac-Σ']],
    });
  });

  it('takes the punctuation after the word, and nothing when the line opens with none', () => {
    assert.deepEqual(turn('A strong co-\noperation, the co-operation we want; the co-\n(operation) too.'), {
      text: 'A strong co-operation, the co-operation we want; the co-(operation) too.',
      changes: [['hyphen-keep', 'co-/operation', 'co-operation']],
    });
    assert.deepEqual(turn('They spoke of İstanbul and the har-\nbour. The İstanbul harbour is deep.'), {
      text: 'They spoke of İstanbul and the harbour. The İstanbul harbour is deep.',
      changes: [['hyphen-join', 'har-/bour', 'harbour']],
    });
  });
});

describe('shortcut: mapped', () => {
  it('maps as Array.prototype.map does', () => {
    assert.deepEqual(
      mapped(['a', 'b', 'c'], (s, i) => `${s}${i}`),
      ['a0', 'b1', 'c2'],
    );
    assert.deepEqual(
      mapped([], (x) => x),
      [],
    );
  });
});
