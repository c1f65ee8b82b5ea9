import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { archive, harbourDaily, makeRecord, minister, q } from '../../../../test/support/research-records.ts';
import { toConvoKit } from './convokit.ts';
import { zipFolder } from './zip.ts';

const files = (records = archive()) => Object.fromEntries(toConvoKit(records).map((f) => [f.path, f.content]));

test('the five files of a ConvoKit corpus', () => {
  assert.deepEqual(Object.keys(files()).sort(), ['conversations.json', 'corpus.json', 'index.json', 'speakers.json', 'utterances.jsonl']);
});

test('every utterance has the ConvoKit fields; answers reply to their question, other turns to the turn before', () => {
  const corpus = files();
  const lines = corpus['utterances.jsonl']!.trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 13);
  const ids = new Set(lines.map((u) => u.id));
  const speakers = JSON.parse(corpus['speakers.json']!);
  const conversations = JSON.parse(corpus['conversations.json']!);
  for (const u of lines) {
    assert.deepEqual(Object.keys(u), ['id', 'speaker', 'conversation_id', 'reply_to', 'timestamp', 'text', 'meta']);
    assert.deepEqual(Object.keys(u.meta), ['kind', 'outlet', 'origin', 'label', 'lang', 'conference', 'seq', 'starts_at', 'ends_at', 'translations']);
    assert.equal(typeof u.text, 'string');
    assert.equal(typeof u.timestamp, 'number');
    assert.ok(u.speaker in speakers, u.speaker);
    assert.ok(u.conversation_id in conversations, u.conversation_id);
    assert.ok(u.reply_to === null || ids.has(u.reply_to), `${u.id} replies to a known utterance`);
    assert.equal(u.reply_to === null, u.id === u.conversation_id, 'only the root replies to nothing');
  }
  const first = lines.filter((u) => u.meta.conference === '2024-01-10-first');
  assert.equal(first[2].reply_to, first[1].id, 'the answer replies to its question');
  assert.equal(first[3].reply_to, first[2].id, 'the next question follows the answer');
  assert.ok(
    first.every((u, i) => i === 0 || u.timestamp > first[i - 1].timestamp),
    'chronological',
  );
  assert.equal(first[0].timestamp, Date.parse('2024-01-10T00:00:00Z') / 1000);
  assert.deepEqual(
    [first[1].speaker, first[1].meta.outlet, first[1].meta.origin, first[1].meta.kind],
    ['Harbour Daily', 'Harbour Daily', 'domestic', 'question'],
  );
  assert.equal(lines.find((u) => u.meta.label === 'Q').speaker, 'Q');
});

test("speakers, conversations, corpus and index in ConvoKit's shapes", () => {
  const corpus = files();
  const speakers = JSON.parse(corpus['speakers.json']!);
  assert.deepEqual(speakers[minister.name], {
    meta: { name: minister.name, kind: 'person', role: 'principal', titles: minister.titles, outlet: null, origin: null },
    vectors: [],
  });
  const conversations = JSON.parse(corpus['conversations.json']!);
  assert.deepEqual(Object.keys(conversations), ['2024-01-10-first#t1', '2024-01-24-second#t1', '2024-03-05-third#t1']);
  assert.equal(conversations['2024-01-10-first#t1'].meta.date, '2024-01-10');
  assert.equal(JSON.parse(corpus['corpus.json']!).conferences, 3);
  const index = JSON.parse(corpus['index.json']!);
  assert.deepEqual(Object.keys(index), ['utterances-index', 'speakers-index', 'conversations-index', 'overall-index', 'version', 'vectors']);
  assert.deepEqual(index['utterances-index'].seq, ["<class 'int'>"]);
  assert.deepEqual(index['utterances-index'].outlet, ["<class 'str'>"]);
  assert.deepEqual(index['speakers-index'].titles, ["<class 'list'>"]);
});

test('timed turns keep their offsets; translations ride along in meta; zipped under one folder', () => {
  const record = makeRecord('t', '2024-05-02', [q(harbourDaily, { en: 'Ferries?', zh: '渡轮？' }, { at: [12.5, 20] })], {
    languages: ['en', 'zh'],
    time: '10:00',
    timeZone: 'Asia/Shanghai',
  });
  const u = JSON.parse(files([record])['utterances.jsonl']!.trim());
  assert.equal(u.timestamp, Date.parse('2024-05-02T02:00:00Z') / 1000 + 12.5);
  assert.deepEqual([u.meta.starts_at, u.meta.ends_at, u.meta.translations], [12.5, 20, { zh: '渡轮？' }]);
  const unzipped = unzipSync(zipFolder('corpus', toConvoKit([record])));
  assert.deepEqual(Object.keys(unzipped).sort(), [
    'corpus/conversations.json',
    'corpus/corpus.json',
    'corpus/index.json',
    'corpus/speakers.json',
    'corpus/utterances.jsonl',
  ]);
  assert.match(strFromU8(unzipped['corpus/utterances.jsonl']!), /渡轮/);
});
