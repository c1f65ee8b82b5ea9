// The reference transcript (Wang Yi meets the press, 7 March 2024, OCR'd from a book) end to
// end: structure, metadata, and every cleanup decision. The seed lives outside the repository.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphs, recordProblems } from '../domain/record.ts';
import { readSeed } from '../../test/support/seed.ts';
import { formatReport, importTranscript } from './import.ts';

const seed = readSeed();
const { record, report, format } = importTranscript(Buffer.from(seed), { clean: true, asStatement: false, fileName: 'wang-yi.txt' });
const text = (seq: number) => record.turns[seq - 1]!.text.en!;
const changesOf = (rule: string) => report.filter((c) => c.rule === rule);

describe('seed: conference', () => {
  it('is a whole, published record not yet stored', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.equal(record.schema, 'presser.record/1');
    assert.equal(record.conference.id, null);
    assert.equal(record.conference.status, 'published');
  });

  it('joins the title block, repairs its OCR and drops the stray brackets', () => {
    assert.equal(record.conference.title, 'Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi Meets the Press');
  });

  it('reads date, venue and occasion from the dateline', () => {
    const c = record.conference;
    assert.equal(c.date, '2024-03-07');
    assert.equal(c.venue, 'Media Center');
    assert.equal(c.occasion, 'Second Session of the 14th National People’s Congress');
    assert.deepEqual(c.languages, ['en']);
    assert.equal(c.slug, '2024-03-07-member-of-the-political-bureau-of-the-cpc-central-committee');
  });

  it('names the convention and where the metadata came from', () => {
    assert.equal(format, 'colon-labels + title-block + dateline');
  });
});

describe('seed: turns', () => {
  it('has the narration, the statement and three exchanges', () => {
    const shape = record.turns.map((t) => [t.seq, t.kind, t.label, t.speaker?.name ?? null, t.outlet?.name ?? null, t.replyTo]);
    assert.deepEqual(shape, [
      [1, 'narration', null, null, null, null],
      [2, 'statement', 'Wang Yi', 'Wang Yi', null, null],
      [3, 'question', 'China Central Television', null, 'China Central Television', null],
      [4, 'answer', 'Wang Yi', 'Wang Yi', null, 3],
      [5, 'question', 'Rossiya Segodnya', null, 'Rossiya Segodnya', null],
      [6, 'answer', 'Wang Yi', 'Wang Yi', null, 5],
      [7, 'question', 'People’s Daily', null, 'People’s Daily', null],
      [8, 'answer', 'Wang Yi', 'Wang Yi', null, 7],
    ]);
  });

  it('keeps the paragraphs of each turn', () => {
    assert.deepEqual(
      record.turns.map((t) => paragraphs(t.text.en!).length),
      [1, 1, 1, 7, 1, 3, 1, 2],
    );
  });

  it('casts Wang Yi as the principal and the questioners as outlets', () => {
    const wang = record.turns[1]!.speaker!;
    assert.equal(wang.name, 'Wang Yi');
    assert.equal(wang.role, 'principal');
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Wang Yi'],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['China Central Television', 'Rossiya Segodnya', 'People’s Daily'],
    );
  });

  it('starts the narration with the dateline and ends the last answer where the source is cut off', () => {
    assert.match(text(1), /^On March 7, 2024, a press conference was held on the margins of the Second Session/);
    assert.match(text(8), /deep passion for the world as the$/);
  });

  it('recognises " Wang Yi:" that starts a page in mid-flow as a label', () => {
    assert.match(text(5), /potential of Russia-China cooperation\?$/);
    assert.match(text(6), /^Under the strategic guidance of President Xi Jinping/);
  });
});

describe('seed: cleanup', () => {
  // Every line-end hyphen of the seed, by line, with the decision expected.
  const hyphens: [line: number, before: string, after: string][] = [
    [8, 'me-/dia', 'media'],
    [13, 'Commit-/tee', 'Committee'],
    [14, 'trans-/formation', 'transformation'],
    [18, 'Sec-/retary', 'Secretary'],
    [27, 'reju-/venation', 'rejuvenation'],
    [29, 'aspira-/tion', 'aspiration'],
    [35, 'char-/acteristics', 'characteristics'],
    [37, 'diplo-/macy', 'diplomacy'],
    [41, 'lead-/ership', 'leadership'],
    [45, 'solu-/tions', 'solutions'],
    [51, 'im-/portant', 'important'],
    [66, 'develop-/ment', 'development'],
    [68, 'sup-/port', 'support'],
    [79, 'major-/country', 'major-country'],
    [82, 'fea-/tures', 'features'],
    [83, 'rejuvena-/tion', 'rejuvenation'],
    [93, 'prog-/ress', 'progress'],
    [98, 'pro-/mote', 'promote'],
    [106, 'soli-/darity', 'solidarity'],
    [109, 'develop-/ment', 'development'],
    [113, 'relation-/ship', 'relationship'],
    [118, 'stra-/tegic', 'strategic'],
    [120, 'Coopera-/tion', 'Cooperation'],
    [124, 'nu-/merous', 'numerous'],
    [125, 'run-/ning', 'running'],
    [132, 'perma-/nent', 'permanent'],
    [143, 'impor-/tant', 'important'],
    [144, 'inter-/actions', 'interactions'],
    [151, 'coopera-/tion', 'cooperation'],
    [162, 'conduct-/ing', 'conducting'],
    [169, 'man-/kind', 'mankind'],
    [175, 'vari-/ous', 'various'],
  ];

  it('decides every line-end hyphen', () => {
    const decided = report.filter((c) => c.rule.startsWith('hyphen-')).map((c) => [c.line, c.before, c.after]);
    assert.deepEqual(decided, hyphens);
  });

  it('keeps "major-country" because the document prints it, and says so', () => {
    const [kept] = changesOf('hyphen-keep');
    assert.equal(kept?.before, 'major-/country');
    assert.match(kept!.reason, /the document prints "major-country" at line 35/);
    assert.match(text(4), /accomplish more in our major-country diplomacy/);
  });

  it('joins "im-/ portant" across the page break', () => {
    const join = changesOf('hyphen-join').find((c) => c.line === 51)!;
    assert.match(join.reason, /split across a page break/);
    assert.match(text(4), /made four important overseas visits/);
  });

  it('leaves no split word behind', () => {
    for (const turn of record.turns) assert.doesNotMatch(turn.text.en!, /\p{L}- \p{Ll}/u);
  });

  it('removes the lone opening quote before "We conducted"', () => {
    const glyph = changesOf('glyph').find((c) => c.line === 68)!;
    assert.deepEqual([glyph.before, glyph.after], ['‘We', 'We']);
    assert.match(text(4), /countries\. We conducted diplomacy to serve the Chinese people/);
    assert.doesNotMatch(text(4), /‘/);
  });

  it('repairs "Gentral Gommittee" where the dictionary and the document agree', () => {
    assert.deepEqual(
      changesOf('ocr-confusion').map((c) => [c.line, c.before, c.after]),
      [
        [2, 'Gentral', 'Central'],
        [2, 'Gommittee', 'Committee'],
      ],
    );
  });

  it('removes the empty brackets from the title', () => {
    assert.deepEqual(
      changesOf('glyph').find((c) => c.line === 3),
      { rule: 'glyph', line: 3, before: '()', after: '', reason: 'empty brackets, a footnote mark lost in OCR' },
    );
  });

  it('reports nothing else, in input order', () => {
    assert.equal(report.length, hyphens.length + 4);
    assert.deepEqual(
      report.map((c) => c.line),
      [...report.map((c) => c.line)].sort((a, b) => a - b),
    );
  });

  it('formats the report one line per change', () => {
    const lines = formatReport(report).trimEnd().split('\n');
    assert.equal(lines.length, report.length);
    assert.match(
      lines.find((l) => l.includes('reju-/venation'))!,
      /^line 27 +hyphen-join +"reju-\/venation" -> "rejuvenation" +\(dictionary has "rejuvenation"/,
    );
  });
});

describe('seed: --no-clean', () => {
  const raw = importTranscript(seed, { clean: false });

  it('keeps the text as printed and reports nothing', () => {
    assert.deepEqual(raw.report, []);
    assert.equal(raw.record.conference.title, 'Member of the Political Bureau of the CPC Gentral Gommittee and Foreign Minister Wang Yi Meets the Press ()');
    const answer = raw.record.turns[3]!.text.en!;
    assert.match(answer, /‘We conducted/);
    assert.match(answer, /four im-portant overseas/);
    assert.match(raw.record.turns[0]!.text.en!, /foreign me-dia about/);
  });

  it('still joins lines into the same paragraphs and turns', () => {
    assert.deepEqual(
      raw.record.turns.map((t) => [t.kind, paragraphs(t.text.en!).length]),
      record.turns.map((t) => [t.kind, paragraphs(t.text.en!).length]),
    );
  });
});

describe('seed: outlets against the host', () => {
  it('takes China as the host (the National People’s Congress) and the outlets as domestic or foreign', () => {
    assert.equal(record.conference.hostCountry, 'CN');
    assert.deepEqual(
      record.outlets.map((o) => [o.name, o.country, o.origin]),
      [
        ['China Central Television', 'CN', 'domestic'],
        ['Rossiya Segodnya', 'RU', 'foreign'],
        ['People’s Daily', 'CN', 'domestic'],
      ],
    );
  });
});

describe('seed: the same record however the file was saved', () => {
  const shape = (input: string | Uint8Array) => {
    const r = importTranscript(input).record;
    const c = r.conference;
    return [
      c.title,
      c.date,
      c.venue,
      c.occasion,
      r.turns.map((t) => [t.kind, t.outlet?.name ?? t.speaker?.name ?? null, t.replyTo, paragraphs(Object.values(t.text)[0]!).length]),
    ];
  };
  const expected = shape(seed);
  const lines = seed.split('\n');
  // Page starts are the lines the OCR opened with one space.
  const atPageStarts = (insert: (line: string, i: number) => string) => lines.map((l, i) => (i > 0 && l.startsWith(' ') ? insert(l, i) : l)).join('\n');
  const variants: Record<string, string | Uint8Array> = {
    'Windows line ends': seed.replace(/\n/g, '\r\n'),
    'a UTF-8 byte order mark': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]),
    'UTF-16 with its byte order mark': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]),
    'form feeds at the page starts (pdftotext)': atPageStarts((l) => `\f${l.slice(1)}`),
    'no page-start spaces': lines.map((l) => l.replace(/^ /, '')).join('\n'),
    'trailing spaces': lines.map((l) => `${l}  `).join('\n'),
    'page numbers on lines of their own': atPageStarts((l, i) => `${200 + i}\n${l}`),
    'a blank line before every label': seed.replace(/\n(?=(?:Wang Yi|China Central Television|Rossiya Segodnya|People’s Daily):)/g, '\n\n'),
  };
  for (const [how, input] of Object.entries(variants)) {
    it(`with ${how}`, () => assert.deepEqual(shape(input), expected));
  }
});
