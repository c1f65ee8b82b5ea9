// The in-memory search gives what SQL gives: the same total, facets, hits, order and bm25 score,
// before and after every kind of write. SQL's answer comes from repositories bound to a
// transaction, which never search from memory.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import {
  CONFERENCE_STATUSES,
  RECORD_SCHEMA,
  type ConferenceRecord,
  type ConferenceStatus,
  type Outlet,
  type Person,
  type Turn,
  type TurnKind,
} from '../../../domain/record.ts';
import type { SearchRows } from '../../store.ts';
import { openSqliteStore } from '../open.ts';
import type { Store } from '../../store.ts';
import { autumnBriefing, draftBriefing, ivoBrandt, meiLin, springBriefing } from '../../../../test/support/search-records.ts';
import { harbourDaily } from '../../../../test/support/records.ts';
import { tempDir } from '../../../../test/support/tmp.ts';
import { matchPlan } from '../../../search/match.ts';
import { parseQuery } from '../../../search/query.ts';
import { FACET_SIZE, PUBLIC_STATUSES, search, type SearchOptions } from '../../../app/search.ts';
import type { RawSearchFilters } from '../../../app/search-filters.ts';
import { SearchMemory } from './engine.ts';
import { newConference } from '../../../../test/support/new-conference.ts';

const dir = tempDir();
const path = join(dir, 'memory.db');
let store: Store;

/** Searches answered from memory (the engine returns null when SQL must answer). */
let fromMemory = 0;
const find = SearchMemory.prototype.find;
SearchMemory.prototype.find = async function (query) {
  const found = await find.call(this, query);
  if (found) fromMemory++;
  return found;
};

// A small archive in both languages: the same few words in many turns, so that ranks tie and differ.
const EN = [
  'harbour',
  'cooperation',
  'trade',
  'railway',
  'climate',
  'talks',
  'tariffs',
  'the',
  'freight',
  'ferries',
  'café',
  'summit',
  'global',
  'south',
  'relations',
  'reform',
  'WTO',
  '2024',
  'coal',
  'coastal',
];
const ZH = ['中美', '合作', '发展', '关系', '气候变化', '一带一路', '中欧班列', '美国', '美方', '双边关系', '加强', '推动', '改革', '中方'];
const SPEAKERS: Person[] = [
  meiLin,
  ivoBrandt,
  { name: 'Ada Holt', titles: [], role: 'journalist' },
  { name: 'LENA MARSH', titles: [], role: 'journalist' },
  { name: 'Lena Marsh', titles: [], role: 'journalist' },
  { name: '林华', titles: [], role: 'journalist' },
];
const OUTLETS: Outlet[] = [
  harbourDaily,
  { name: 'North Wire', aliases: [], country: null, origin: 'foreign' },
  { name: 'Rádio Sul', aliases: [], country: null, origin: 'unknown' },
  { name: '日内瓦日报', aliases: [], country: null, origin: 'foreign' },
];
const KINDS: TurnKind[] = ['question', 'answer', 'statement', 'narration'];

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function sentence(zh: boolean): string {
  const words = Array.from({ length: 2 + Math.floor(random() * 12) }, () => pick(zh ? ZH : EN));
  return zh ? `${words.join('')}。` : `${words.join(' ')}.`;
}

function conference(n: number, status: ConferenceStatus = pick(['published', 'published', 'published', 'live', 'ended', 'draft'])): ConferenceRecord {
  const zh = random() < 0.45;
  const date = `${2015 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  const turns: Turn[] = Array.from({ length: 25 }, (_, i) => {
    const kind = pick(KINDS);
    const both = random() < 0.1;
    const text: Record<string, string> = both ? { en: sentence(false), zh: sentence(true) } : zh ? { zh: sentence(true) } : { en: sentence(false) };
    return {
      seq: i + 1,
      kind,
      speaker: random() < 0.8 ? pick(SPEAKERS) : null,
      outlet: kind === 'question' ? pick(OUTLETS) : null,
      replyTo: null,
      label: null,
      text,
    };
  });
  const speakers = [...new Map(turns.flatMap((t) => (t.speaker ? [[t.speaker.name, t.speaker] as const] : []))).values()];
  const outlets = [...new Map(turns.flatMap((t) => (t.outlet ? [[t.outlet.name, t.outlet] as const] : []))).values()];
  return {
    schema: RECORD_SCHEMA,
    conference: {
      id: null,
      slug: `gen-${n}`,
      title: `Generated ${n}`,
      date,
      time: null,
      timeZone: null,
      venue: null,
      occasion: null,
      host: null,
      hostCountry: 'XA',
      topic: null,
      languages: zh ? ['zh', 'en'] : ['en', 'zh'],
      status,
    },
    people: speakers,
    outlets,
    turns,
  };
}

const QUERIES = [
  'harbour',
  'Harbour',
  'cooperation',
  'trade cooperation',
  '"trade cooperation"',
  '"the harbour"',
  'rail*',
  'co*',
  'café',
  'cafe',
  'WTO',
  'cooperation OR 合作',
  'cooperation -trade',
  'the -harbour -trade',
  'tariffs',
  'the',
  'railway OR harbour OR ferries',
  '"global south"',
  'global south',
  '中美',
  '合作',
  '美',
  '中*',
  '一带一路',
  '发展',
  '气候变化',
  '"中美 relations"',
  'WTO 改革',
  '关系 -中美',
  '2024',
  '中美 OR 美方',
  'cooperation cooperation',
];
const FILTERS: RawSearchFilters[] = [
  {},
  { kind: 'question' },
  { origin: 'foreign' },
  { lang: 'zh' },
  { speaker: 'lena marsh' },
  { outlet: 'HARBOUR DAILY' },
  { from: '2018-01-01', to: '2021-12-31' },
  { kind: 'answer', lang: 'en' },
  { kind: 'moderation' },
  { speaker: 'nobody' },
];
const OPTIONS: SearchOptions[] = [{}, { statuses: CONFERENCE_STATUSES }, { limit: 5, offset: 3 }, { limit: 100 }];

const viaSql = (): Store => ({ ...store, search: undefined as never }) as Store;

/** search() from memory and from SQL, and the store's rows with unrounded scores, must be equal. */
async function same(q: string, filters: RawSearchFilters = {}, options: SearchOptions = {}): Promise<void> {
  const answered = fromMemory;
  const memory = await search(store, q, filters, options);
  const sql = await store.transaction((tx) => search({ ...viaSql(), search: tx.search, outlets: tx.outlets }, q, filters, options));
  assert.deepEqual(memory, sql, `${q} ${JSON.stringify(filters)} ${JSON.stringify(options)}`);
  assert.equal(fromMemory, answered + 1, `${q} was answered from memory`);
}

async function sameRows(q: string): Promise<SearchRows> {
  const plan = matchPlan(parseQuery(q))!;
  const spec = { match: plan.expression, plan, statuses: PUBLIC_STATUSES, limit: 100, offset: 0, facetSize: FACET_SIZE };
  const memory = await store.search.find(spec);
  const sql = await store.transaction((tx) => tx.search.find(spec));
  assert.deepEqual(memory, sql, q);
  return memory;
}

async function allSame(queries = QUERIES): Promise<void> {
  for (const q of queries) await same(q);
}

before(async () => {
  store = await openSqliteStore(path);
  await store.conferences.saveRecord(springBriefing(), { contentHash: 'spring' }, new Date().toISOString());
  await store.conferences.saveRecord(autumnBriefing(), { contentHash: 'autumn' }, new Date().toISOString());
  await store.conferences.saveRecord(draftBriefing(), { contentHash: 'draft' }, new Date().toISOString());
  for (let n = 0; n < 120; n++) await store.conferences.saveRecord(conference(n), { contentHash: `gen-${n}` }, new Date().toISOString());
  assert.equal(await store.search.warm(), true);
});
after(() => store.close());

describe('in-memory search gives what SQL gives', () => {
  test('words, phrases, prefixes, OR, NOT, Chinese, both scripts', async () => {
    await allSame();
  });

  test('with every filter, every status, and paging', async () => {
    for (const q of ['cooperation', '合作', 'harbour OR 中美', 'the']) {
      for (const filters of FILTERS) await same(q, filters);
      for (const options of OPTIONS) await same(q, {}, options);
    }
  });

  test('scores are FTS5 bm25 to the last bit, ties in id order', async () => {
    for (const q of ['the', 'cooperation OR 合作', '中美', '"the harbour"', 'co*']) {
      const rows = await sameRows(q);
      assert.ok(rows.hits.length > 1, q);
    }
  });
});

describe('in-memory search follows writes', () => {
  test('new conferences, from this connection and from another one', async () => {
    await allSame();
    for (let n = 200; n < 203; n++) await store.conferences.saveRecord(conference(n, 'published'), { contentHash: `gen-${n}` }, new Date().toISOString());
    await allSame();
    const other = await openSqliteStore(path);
    try {
      await other.conferences.saveRecord(conference(300, 'published'), { contentHash: 'gen-300' }, new Date().toISOString());
    } finally {
      await other.close();
    }
    await allSame();
  });

  test('live turns written word by word, then corrected', async () => {
    const info = await store.conferences.create(
      newConference({ slug: 'live-memory', title: 'Live', date: '2025-06-01', languages: ['en', 'zh'] }),
      new Date().toISOString(),
    );
    await store.conferences.setStatus(info.id, 'live', new Date().toISOString());
    const opened = await store.turns.open(
      info.id,
      { kind: 'answer', speaker: meiLin, outlet: null, outletId: null, replyTo: null, label: null, startsAt: null, handId: null },
      new Date().toISOString(),
    );
    let text = '';
    for (const word of ['the', 'harbour', 'cooperation', 'lighthouse', 'the', 'harbour']) {
      text = text ? `${text} ${word}` : word;
      await store.turns.setText(info.id, opened.seq, { en: text, zh: '中美合作发展' }, new Date().toISOString());
      await allSame(['the', 'harbour', 'cooperation', 'lighthouse', '"the harbour"', '中美', '合作']);
    }
    const turn = (await store.turns.get(info.id, opened.seq))!;
    await store.turns.replace(
      info.id,
      turn.seq,
      { kind: 'statement', speaker: ivoBrandt, outlet: harbourDaily, text: { en: 'The beacon reopens' } },
      1,
      new Date().toISOString(),
    );
    await allSame(['lighthouse', 'beacon', 'the', '中美']);
    await same('the', { kind: 'statement' });
  });

  test('status and date changes move documents in and out, and between years', async () => {
    const list = await store.conferences.list({});
    const published = list.filter((c) => c.status === 'published').slice(0, 6);
    for (const c of published.slice(0, 3)) await store.conferences.setStatus(c.id, 'draft', new Date().toISOString());
    for (const c of published.slice(3)) await store.conferences.update(c.id, { date: '2011-01-01' }, new Date().toISOString());
    await allSame();
    for (const q of ['cooperation', '合作']) for (const filters of FILTERS) await same(q, filters);
  });

  test('deleting many conferences (the table drops their slots)', async () => {
    const list = await store.conferences.list({});
    for (const c of list.filter((c) => c.slug.startsWith('gen-')).slice(0, 80)) await store.conferences.delete(c.slug);
    await allSame();
    for (const filters of FILTERS) await same('the', filters);
  });

  test('a writer further behind than the change log keeps: SQL answers, then memory again', async () => {
    const raw = new SQLite(path);
    try {
      raw.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000) INSERT INTO search_changes (doc_id) SELECT 0 FROM n`);
    } finally {
      raw.close();
    }
    const answered = fromMemory;
    const q = 'cooperation';
    assert.deepEqual(await search(store, q, {}), await store.transaction((tx) => search({ ...viaSql(), search: tx.search, outlets: tx.outlets }, q, {})));
    assert.equal(fromMemory, answered, 'the stale table was dropped');
    await store.search.warm();
    await allSame();
  });
});
