// importTranscript as the CLI uses it: errors a person can act on, --as-statement, the
// bundled demo, and linear time on a huge line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { paragraphs, recordProblems } from '../domain/record.ts';
import { formatReport, importTranscript, TranscriptError, type CleanupChange } from './import.ts';

function failsWith(input: Uint8Array | string, code: string, message: RegExp, options = {}): void {
  assert.throws(
    () => importTranscript(input, options),
    (error: unknown) => {
      assert.ok(error instanceof TranscriptError, String(error));
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    },
  );
}

const PROSE = 'The committee met on Tuesday. The reason was simple: the river had risen.\n\nNo one spoke to the press, and no statement was issued.\n';

describe('import: bad input', () => {
  it('says why for empty, whitespace-only, binary and PDF input', () => {
    failsWith(new Uint8Array(), 'empty', /empty/);
    failsWith(Buffer.from('\n  \n\t\n'), 'empty', /whitespace/);
    failsWith(Buffer.from([0, 1, 2, 3, 0, 0, 0x41, 0x42]), 'binary', /binary/);
    failsWith(Buffer.from('%PDF-1.4\n1 0 obj <<>>\n'), 'binary', /pdftotext/);
  });

  it('says so when front matter is all there is', () => {
    failsWith('---\ntitle: Nothing here\n---\n\n', 'empty', /no text/);
  });

  it('says that no speaker labels were recognised and suggests --as-statement', () => {
    failsWith(PROSE, 'no_turns', /no speaker labels were recognised.*--as-statement to keep the text as one statement/);
  });
});

describe('import: --as-statement', () => {
  it('keeps a text without labels as one statement', () => {
    const { record, format } = importTranscript(PROSE, { asStatement: true, fileName: 'river-notes.txt' });
    assert.equal(format, 'statement');
    assert.equal(record.turns.length, 1);
    const [turn] = record.turns;
    assert.deepEqual([turn!.kind, turn!.speaker, turn!.label, paragraphs(turn!.text.en!).length], ['statement', null, null, 2]);
    assert.equal(record.conference.title, 'river notes');
    assert.deepEqual(recordProblems(record), []);
  });

  it('takes the title block and the principal from the metadata', () => {
    const { record } = importTranscript(
      '---\nprincipal: Ada Quill\n---\nThe Mayor Speaks\n\nOn 2 June 2031 the mayor read this statement.\n\nWe will rebuild the bridge.\n',
      { asStatement: true },
    );
    assert.equal(record.conference.title, 'The Mayor Speaks');
    assert.equal(record.conference.date, '2031-06-02');
    assert.equal(record.turns[0]!.speaker?.name, 'Ada Quill');
    assert.equal(paragraphs(record.turns[0]!.text.en!).length, 2);
  });
});

describe('import: a 5 MB line without labels', () => {
  const words = ['harbour', 'river', 'water', 'the', 'and', 'minister', 'said', 'that', 'a', 'of', 'plan:', '10:30', 'co-', 'operation', '‘quoted', '()'];
  let line = '';
  for (let k = 1; line.length < 5 * 1024 * 1024; ) {
    k = (k * 48271) % 2147483647;
    line += words[k % words.length] + ' ';
  }

  it('gives no_turns quickly', () => {
    const start = performance.now();
    failsWith(line, 'no_turns', /no speaker labels/);
    assert.ok(performance.now() - start < 3000, 'took too long');
  });

  it('gives one statement with --as-statement, in linear time', () => {
    const start = performance.now();
    const { record } = importTranscript(line, { asStatement: true });
    assert.ok(performance.now() - start < 10000, 'took too long');
    assert.equal(record.turns.length, 1);
    assert.ok(record.turns[0]!.text.en!.length > 4 * 1024 * 1024);
  });

  it('handles one 5 MB word and 5 MB of colons without backtracking', () => {
    const start = performance.now();
    failsWith('m'.repeat(5 * 1024 * 1024), 'no_turns', /no speaker labels/);
    failsWith('A:'.repeat(2_500_000), 'no_turns', /no speaker labels/);
    importTranscript(`Hello ${' '.repeat(5 * 1024 * 1024)}world`, { asStatement: true });
    assert.ok(performance.now() - start < 5000, 'took too long');
  });
});

describe('import: the bundled demo', () => {
  const demo = readFileSync(new URL('../../samples/demo-press-conference.txt', import.meta.url));
  const { record, report } = importTranscript(demo, { fileName: 'demo-press-conference.txt' });

  it('imports cleanly as a narration, a statement and five exchanges', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'statement', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['Alvanian National Television', 'Morning Courier', 'Nordic Broadcasting Corporation', 'Pacific Herald'],
    );
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Tomas Ferreiro', 'principal']],
    );
    assert.ok(record.turns.filter((t) => t.kind === 'answer').every((t) => t.replyTo === t.seq - 1));
  });

  it('reads its metadata', () => {
    const c = record.conference;
    assert.equal(c.title, 'Minister of Water Resources of the Republic of Alvania Tomas Ferreiro Meets the Press');
    assert.deepEqual([c.date, c.venue, c.occasion], ['2019-09-14', 'National Press Center', 'Fifth Alvanian Water Forum']);
  });

  it('gives the cleaner its work: hyphens, a kept compound, a page-break split', () => {
    const decisions = report.map((c) => [c.rule, c.before, c.after]);
    assert.deepEqual(decisions, [
      ['hyphen-join', 'an-/swered', 'answered'],
      ['hyphen-join', 'per-/son', 'person'],
      ['hyphen-join', 'ex-/pect', 'expect'],
      ['hyphen-join', 'dis-/putes', 'disputes'],
      ['hyphen-join', 'agree-/ment', 'agreement'],
      ['hyphen-join', 'desalina-/tion', 'desalination'],
      ['hyphen-keep', 'long-/term', 'long-term'],
    ]);
    assert.match(report.find((c) => c.before === 'agree-/ment')!.reason, /page break/);
    assert.match(record.turns[7]!.text.en!, /^The River Tessa belongs to all three/);
  });
});

describe('formatReport', () => {
  it('prints one aligned line per change', () => {
    const report: CleanupChange[] = [
      { rule: 'hyphen-join', line: 27, before: 'reju-/venation', after: 'rejuvenation', reason: 'dictionary has "rejuvenation"' },
      { rule: 'page-number', line: 130, before: 'Page 3 of 12', after: '', reason: 'page number glued into the text' },
    ];
    assert.equal(
      formatReport(report),
      'line 27   hyphen-join  "reju-/venation" -> "rejuvenation"  (dictionary has "rejuvenation")\n' +
        'line 130  page-number  "Page 3 of 12" -> ""  (page number glued into the text)\n',
    );
  });

  it('is empty for no changes', () => {
    assert.equal(formatReport([]), '');
  });
});
