// The corpus scorer on a tiny invented conference: right facts score, wrong ones are named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Facts } from '../../bench/corpus/schema.ts';
import { nameKey, scoreRecord, tally, titleKey, totalsBy } from '../../bench/corpus/score.ts';
import { importTranscript } from '../../src/transcript/import.ts';

// Our own writing: a harbour authority's briefing with one named reporter and one unnamed.
const TRANSCRIPT = `Harbour Authority Briefing on the Winter Ferry Timetable
12 January 2025

MS. ODETTE VANCE: Good morning. The winter timetable starts on Monday.

Q: Will the night ferry keep running?

MS. ODETTE VANCE: Yes, twice an hour until midnight.

Tom Reed, Coastal Gazette: What about the fares?

MS. ODETTE VANCE: They stay as they are.
`;

const facts = Facts.parse({
  schema: 'presser.corpus-facts/1',
  id: 'invented',
  title: 'Harbour Authority Briefing on the Winter Ferry Timetable',
  date: '2025-01-12',
  principals: ['Odette Vance'],
  speakers: [
    { name: 'Odette Vance', role: 'principal', turns: 3 },
    { name: 'Tom Reed', role: 'journalist', turns: 1 },
  ],
  questions: 2,
  answers: 2,
  statements: 1,
  outlets: ['Coastal Gazette'],
  absent: ['12 January 2025'],
});

test('names compare without case, punctuation or a leading honorific', () => {
  assert.equal(nameKey('MS. ODETTE VANCE'), 'odette vance');
  assert.equal(nameKey('Dr Jean-Luc Picard'), nameKey('jean luc picard'));
  assert.equal(nameKey('Mr'), 'mr');
  assert.equal(nameKey('汪文斌'), '汪文斌');
  assert.equal(titleKey('Remarks by the\u00a0President — “Q&A”'), titleKey('remarks by the president - "q&a"'));
});

test('a record that matches the facts scores every fact', () => {
  const { record } = importTranscript(TRANSCRIPT);
  const checks = scoreRecord(record, facts);
  const wrong = checks.filter((c) => !c.ok);
  assert.deepEqual(wrong, []);
  assert.equal(checks.length, 11);
});

test('wrong facts are named with what was expected and what was found', () => {
  const { record } = importTranscript(TRANSCRIPT);
  // Damage the record the way a weak importer would: the second answer typed as a question by an outsider.
  const turns = record.turns.map((t) =>
    t.text.en === 'They stay as they are.' ? { ...t, kind: 'question' as const, speaker: { name: 'Odette', titles: [], role: 'journalist' as const } } : t,
  );
  const checks = scoreRecord({ ...record, turns, conference: { ...record.conference, date: '2025-01-13' } }, facts);
  const byFact = new Map(checks.map((c) => [c.fact, c]));
  assert.equal(byFact.get('date')?.ok, false);
  assert.equal(byFact.get('date')?.actual, '2025-01-13');
  assert.equal(byFact.get('turns of Odette Vance')?.actual, '2');
  assert.equal(byFact.get('questions')?.actual, '3');
  assert.equal(byFact.get('answers')?.actual, '1');
  assert.equal(byFact.get('title')?.ok, true);
  assert.deepEqual(tally(checks), { right: 7, total: 11 });
});

test('speech that keeps furniture fails the absent fact; a failed import fails every fact', () => {
  const { record } = importTranscript(TRANSCRIPT);
  const turns = record.turns.map((t, i) => (i === record.turns.length - 1 ? { ...t, text: { en: `${t.text.en ?? ''}\n\n12 January 2025` } } : t));
  const absent = scoreRecord({ ...record, turns }, facts).find((c) => c.fact.startsWith('absent'));
  assert.equal(absent?.ok, false);
  const failed = scoreRecord(null, facts, 'import failed: no_turns');
  assert.equal(failed.length, 11);
  assert.ok(failed.every((c) => !c.ok && c.actual === 'import failed: no_turns'));
});

test('an absent word is furniture only as a whole word: the "Prev" link, not the "Prev" of "Prevezon"', () => {
  const { record } = importTranscript(TRANSCRIPT);
  const withText = (text: string) => record.turns.map((t, i) => (i === record.turns.length - 1 ? { ...t, text: { en: `${t.text.en ?? ''} ${text}` } } : t));
  const prev = { ...facts, absent: ['Prev'] };
  const absentOk = (text: string) => scoreRecord({ ...record, turns: withText(text) }, prev).find((c) => c.fact.startsWith('absent'))?.ok;
  assert.equal(absentOk('We met at Prevezon.'), true);
  assert.equal(absentOk('Prev Next'), false);
});

test('totals group documents by publisher and shape', () => {
  const ok = { fact: 'f', expected: '1', actual: '1', ok: true };
  const bad = { ...ok, actual: '2', ok: false };
  const totals = totalsBy(
    [
      { id: 'a', publisher: 'P', shape: 'html', language: 'en', checks: [ok, bad] },
      { id: 'b', publisher: 'P', shape: 'text', language: 'en', checks: [ok] },
      { id: 'c', publisher: 'Q', shape: 'html', language: 'zh', checks: [bad] },
    ],
    'publisher',
  );
  assert.deepEqual(
    [...totals],
    [
      ['P', { right: 2, total: 3, documents: 2 }],
      ['Q', { right: 0, total: 1, documents: 1 }],
    ],
  );
});
