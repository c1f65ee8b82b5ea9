import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import SQLite from 'better-sqlite3';
import { AppError } from './errors.ts';
import { CONFERENCE_STATUSES, paragraphs, RECORD_SCHEMA, type ConferenceRecord } from '../domain/record.ts';
import { ConferenceRepo } from '../store/kysely/conferences.ts';
import { migrationProvider } from '../store/migrations.ts';
import type { Database } from '../store/schema.ts';
import { openSqliteStore } from '../store/sqlite/open.ts';
import { readSeed } from '../../test/support/seed.ts';
import { autumnBriefing, draftBriefing, ivoBrandt, meiLin, renamedOutletsBriefing, springBriefing } from '../../test/support/search-records.ts';
import { harbourDaily } from '../../test/support/records.ts';
import { tempDir } from '../../test/support/tmp.ts';
import { search, type SearchResponse } from './search.ts';
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.ts';
import { openPostgresStore } from '../store/postgres/open.ts';
import { freshDatabase, postgresMissing } from '../../test/support/postgres.ts';
import { newConference } from '../../test/support/new-conference.ts';

const dir = tempDir();

/** The whole suite, against one kind of store: SQLite and PostgreSQL must answer alike. */
async function searchSuite(name: 'sqlite' | 'postgres', open: () => Promise<Store>): Promise<void> {
  const store = await open();
  after(() => store.close());
  const spring = await store.conferences.saveRecord(springBriefing(), { contentHash: 'spring' }, new Date().toISOString());
  const autumn = await store.conferences.saveRecord(autumnBriefing(), { contentHash: 'autumn' }, new Date().toISOString());
  await store.conferences.saveRecord(draftBriefing(), { contentHash: 'draft' }, new Date().toISOString());

  /** The hits as "slug-initial#tSEQ/lang", e.g. "s#t2/zh", in rank order. */
  const anchors = (r: SearchResponse) => r.results.map((h) => `${h.conference.slug[5] === '0' ? 's' : 'a'}${h.url.slice(h.url.indexOf('#'))}/${h.lang}`);
  const sorted = (r: SearchResponse) => anchors(r).sort();
  const find = (q: string, filters = {}, options = {}) => search(store, q, filters, options);

  describe(`${name} search: words, phrases, prefixes`, () => {
    test('a word finds every turn with it, in published conferences only', async () => {
      const r = await find('cooperation');
      assert.deepEqual(sorted(r), ['a#t4/en', 's#t3/en', 's#t4/en', 's#t6/en']);
      assert.equal(r.total, 4);
      assert.equal(r.notice, undefined);
    });

    test('staff may search every status', async () => {
      const r = await find('cooperation', {}, { statuses: CONFERENCE_STATUSES });
      assert.equal(r.total, 5);
      assert.ok(r.results.some((h) => h.conference.slug === '2025-01-15-draft-briefing'));
    });

    test('words must all match; a phrase needs them in order', async () => {
      assert.deepEqual(sorted(await find('trade cooperation')), ['s#t3/en', 's#t4/en']);
      assert.deepEqual(sorted(await find('"trade cooperation"')), ['s#t3/en']);
    });

    test('prefix, OR and leaving out', async () => {
      assert.deepEqual(sorted(await find('rail*')), ['a#t3/en', 'a#t4/en', 'a#t6/en']);
      assert.deepEqual(sorted(await find('café OR freight')), ['a#t1/en', 'a#t4/en']);
      assert.deepEqual(sorted(await find('cooperation -trade')), ['a#t4/en', 's#t6/en']);
    });

    test('accents do not matter', async () => {
      assert.deepEqual(sorted(await find('cafe')), ['a#t1/en']);
    });
  });

  describe(`${name} search: Chinese`, () => {
    test('中美 is found as a word, inside 中美关系, and where the text was cut as 中 美', async () => {
      assert.deepEqual(sorted(await find('中美')), ['s#t2/zh', 's#t5/zh', 's#t7/en']);
    });

    test('other two-character and longer words', async () => {
      assert.deepEqual(sorted(await find('合作')), ['s#t2/zh', 's#t5/zh', 's#t6/zh']);
      assert.deepEqual(sorted(await find('气候变化')), ['s#t5/zh']);
      assert.deepEqual(sorted(await find('一带一路')), ['a#t2/zh']);
      assert.deepEqual(sorted(await find('中欧班列')), ['a#t2/zh']);
      assert.deepEqual(sorted(await find('双边关系')), ['s#t2/zh']);
    });

    test('a single character typed alone finds the words it begins and itself', async () => {
      assert.deepEqual(sorted(await find('美')), ['s#t5/zh', 's#t6/zh', 's#t7/en']);
    });

    test('both scripts in one query', async () => {
      assert.deepEqual(sorted(await find('relations 中美')), ['s#t7/en']);
      assert.deepEqual(sorted(await find('WTO 改革')), ['s#t7/en']);
      assert.deepEqual(sorted(await find('合作 OR cooperation', { conference: '2024-03-07-spring-briefing' })), [
        's#t2/zh',
        's#t3/en',
        's#t4/en',
        's#t5/zh',
        's#t6/en',
        's#t6/zh',
      ]);
    });
  });

  describe(`${name} search: filters`, () => {
    const q = 'cooperation OR 合作 OR tariffs OR café OR railway';
    test('speaker and outlet, case-insensitive', async () => {
      assert.deepEqual(sorted(await find(q, { speaker: 'ivo brandt' })), ['a#t5/en', 's#t5/zh']);
      assert.deepEqual(sorted(await find(q, { outlet: 'HARBOUR DAILY' })), ['a#t3/en', 's#t3/en']);
    });

    test('origin, kind, language', async () => {
      assert.deepEqual(sorted(await find(q, { origin: 'foreign' })), ['a#t1/en', 'a#t5/en', 's#t5/zh']);
      assert.deepEqual(sorted(await find(q, { kind: 'statement' })), ['s#t2/zh']);
      assert.deepEqual(sorted(await find(q, { lang: 'zh' })), ['s#t2/zh', 's#t5/zh', 's#t6/zh']);
    });

    test('dates from and to, and one conference', async () => {
      assert.deepEqual(
        sorted(await find(q, { to: '2023-12-31' })).every((a) => a.startsWith('a')),
        true,
      );
      assert.deepEqual(
        sorted(await find(q, { from: '2024-03-07', to: '2024-03-07' })).every((a) => a.startsWith('s')),
        true,
      );
      assert.equal((await find(q, { from: '2024-03-08' })).total, 0);
      assert.deepEqual(sorted(await find(q, { conference: autumn.slug })), ['a#t1/en', 'a#t3/en', 'a#t4/en', 'a#t5/en', 'a#t6/en']);
    });

    test('unknown values are validation errors naming the field', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ origin: 'martian' }, 'origin'],
        [{ kind: 'speech' }, 'kind'],
        [{ from: '2024-02-30' }, 'from'],
        [{ to: '07/03/2024' }, 'to'],
        [{ from: '2025-01-01', to: '2024-01-01' }, 'from'],
        [{ conference: 'no-such-conference' }, 'conference'],
        [{ lang: 'Chinese!' }, 'lang'],
      ];
      for (const [filters, field] of cases) {
        await assert.rejects(
          find('cooperation', filters),
          (e: unknown) => e instanceof AppError && e.code === 'validation_failed' && e.field === field,
          JSON.stringify(filters),
        );
      }
      await assert.rejects(find('cooperation', {}, { limit: 101 }), (e: unknown) => e instanceof AppError && e.field === 'limit');
    });
  });

  describe(`${name} search: results`, () => {
    test('facets count the whole match set, not only the page', async () => {
      const r = await find('cooperation OR 合作', {}, { limit: 1 });
      assert.equal(r.results.length, 1);
      assert.equal(r.total, 7);
      assert.deepEqual(r.facets.speakers, [
        { value: 'Mei Lin', count: 5 },
        { value: 'Ada Holt', count: 1 },
        { value: 'Ivo Brandt', count: 1 },
      ]);
      assert.deepEqual(r.facets.outlets, [
        { value: 'Harbour Daily', count: 1 },
        { value: 'North Wire', count: 1 },
      ]);
      assert.deepEqual(r.facets.years, [
        { value: '2024', count: 6 },
        { value: '2023', count: 1 },
      ]);
    });

    test('ranking: a short turn saying it four times comes before a long one saying it once', async () => {
      const r = await find('tariffs');
      assert.deepEqual(anchors(r), ['a#t5/en', 'a#t6/en']);
      assert.ok(r.results[0]!.score > r.results[1]!.score);
    });

    // The order both stores give (docs/adr/0003): words, AND, prefixes, phrases, and OR of words
    // alike in rarity. OR of a rare and a common word, and words in nearly every turn, differ: bm25
    // weighs each word by its rarity in the whole index (IDF), ts_rank does not.
    test('ranking: words, prefixes, phrases and OR of words alike in rarity come in one order on both stores', async () => {
      assert.deepEqual(anchors(await find('cooperation')), ['s#t3/en', 'a#t4/en', 's#t6/en', 's#t4/en']);
      assert.deepEqual(anchors(await find('trade OR cooperation')), ['s#t3/en', 's#t4/en', 'a#t4/en', 's#t6/en']);
      assert.deepEqual(anchors(await find('rail*')), ['a#t3/en', 'a#t4/en', 'a#t6/en']);
      assert.deepEqual(anchors(await find('合作')), ['s#t6/zh', 's#t5/zh', 's#t2/zh']);
      assert.deepEqual(anchors(await find('cooperation -trade')), ['a#t4/en', 's#t6/en']);
    });

    test('paging keeps the order and the total', async () => {
      const all = anchors(await find('cooperation OR 合作'));
      const second = await find('cooperation OR 合作', {}, { limit: 2, offset: 2 });
      assert.deepEqual(anchors(second), all.slice(2, 4));
      assert.equal(second.total, 7);
    });

    test('a hit names its conference, speaker, outlet, language, anchor and a highlighted snippet', async () => {
      const [hit] = (await find('"trade cooperation"')).results;
      assert.deepEqual(
        { ...hit, score: undefined },
        {
          conference: { slug: spring.slug, title: 'Spring Briefing', date: '2024-03-07' },
          seq: 3,
          kind: 'question',
          speaker: 'Ada Holt',
          outlet: 'Harbour Daily',
          origin: 'domestic',
          lang: 'en',
          snippet: 'How will «trade» «cooperation» with the United States develop this year?',
          url: `/c/${spring.slug}#t3`,
          score: undefined,
        },
      );
      assert.match((await find('中美')).results.find((h) => h.seq === 2)!.snippet, /^«中美»关系/);
    });
  });

  describe(`${name} search: bad queries`, () => {
    test('unbalanced quotes and operators are searched leniently or answered with a notice', async () => {
      for (const q of [
        '"unbalanced',
        'AND',
        'OR OR',
        '(',
        '*',
        '-',
        'NEAR(',
        '"',
        '😀',
        'cooperation)',
        'body:cooperation',
        '"cooperation',
        '中美"',
        '\u0000',
      ]) {
        const r = await find(q);
        assert.ok(r.total >= 0, q);
        if (r.total === 0 && !['"unbalanced', 'NEAR(', 'body:cooperation'].includes(q)) assert.ok(r.notice, `${q} should say why nothing was searched`);
      }
      assert.equal((await find('"cooperation')).total, 4);
      assert.equal((await find('cooperation)')).total, 4);
    });

    test('a huge query is cut and says so', async () => {
      const r = await find(`cooperation ${'x'.repeat(5000)}`);
      assert.ok(r.query.length <= 500);
      assert.match(r.notice ?? '', /cut to its first 500 characters/);
    });
  });

  describe(`${name} search: the index follows the turns`, () => {
    test('live turns: opened, written, corrected', async () => {
      const info = await store.conferences.create(
        newConference({ slug: 'live-briefing', title: 'Live Briefing', date: '2025-06-01', languages: ['en', 'zh'] }),
        new Date().toISOString(),
      );
      await store.conferences.setStatus(info.id, 'live', new Date().toISOString());
      const opened = await store.turns.open(
        info.id,
        { kind: 'answer', speaker: meiLin, outlet: null, outletId: null, replyTo: null, label: null, startsAt: null, handId: null },
        new Date().toISOString(),
      );
      const scope = { conference: 'live-briefing' };
      assert.equal((await find('lighthouse', scope)).total, 0);
      await store.turns.setText(info.id, opened.seq, { en: 'The lighthouse' }, new Date().toISOString());
      assert.equal((await find('lighthouse', scope)).total, 1);
      await store.turns.setText(info.id, opened.seq, { en: 'The lighthouse reopens', zh: '灯塔重新开放' }, new Date().toISOString());
      assert.equal((await find('reopens', scope)).total, 1);
      assert.equal((await find('灯塔', scope)).total, 1);
      const turn = (await store.turns.get(info.id, opened.seq))!;
      await store.turns.replace(
        info.id,
        turn.seq,
        { kind: 'statement', speaker: ivoBrandt, outlet: harbourDaily, text: { en: 'The beacon reopens' } },
        1,
        new Date().toISOString(),
      );
      assert.equal((await find('lighthouse', scope)).total, 0);
      assert.equal((await find('灯塔', scope)).total, 0);
      const [hit] = (await find('beacon', scope)).results;
      assert.deepEqual([hit?.kind, hit?.speaker, hit?.outlet], ['statement', 'Ivo Brandt', 'Harbour Daily']);
    });

    test('status and date changes move a conference in and out of public search', async () => {
      const saved = await store.conferences.saveRecord(
        { ...springBriefing(), conference: { ...springBriefing().conference, slug: 'moving', status: 'ended' } },
        { contentHash: 'moving' },
        new Date().toISOString(),
      );
      const scope = { conference: 'moving' };
      assert.equal((await find('cooperation', scope)).total, 0);
      await store.conferences.setStatus(saved.id, 'published', new Date().toISOString());
      assert.equal((await find('cooperation', scope)).total, 3);
      await store.conferences.update(saved.id, { date: '2019-01-01' }, new Date().toISOString());
      assert.deepEqual((await find('cooperation', scope)).facets.years, [{ value: '2019', count: 3 }]);
      assert.ok(await store.conferences.delete('moving'));
      await assert.rejects(find('cooperation', scope), /no conference/);
      assert.equal((await find('cooperation')).total, 4);
    });

    // An upgrade path of SQLite files only: PostgreSQL databases never existed without search.
    if (name !== 'postgres')
      test('a database from before search is indexed when it is opened', async () => {
        const path = join(dir, 'old.db');
        const sqlite = new SQLite(path);
        const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
        await new Migrator({ db, provider: migrationProvider }).migrateTo('0002_live');
        await new ConferenceRepo(db).saveRecord(springBriefing(), { contentHash: 'old' }, new Date().toISOString());
        await db.destroy();
        const reopened = await openSqliteStore(path);
        try {
          assert.deepEqual(sorted(await search(reopened, '中美', {})), ['s#t2/zh', 's#t5/zh', 's#t7/en']);
        } finally {
          await reopened.close();
        }
      });
  });

  describe(`${name} search: outlets as the registry names them`, () => {
    const urls = (r: SearchResponse) => r.results.map((h) => h.url).sort();
    const may = '/c/2024-05-02-renamed-outlets';

    test('one outlet is one facet row and one filter, whatever name or alias its turns carry; a merge follows', async () => {
      await store.conferences.saveRecord(renamedOutletsBriefing(), { contentHash: 'renamed' }, new Date().toISOString());
      const before = await find('cooperation');
      // "NW" is North Wire's alias, "Harbour Daily Newspaper" Harbour Daily with its kind: each counts under its outlet.
      assert.deepEqual(before.facets.outlets, [
        { value: 'Harbour Daily', count: 2 },
        { value: 'Harbour Post', count: 1 },
        { value: 'North Wire', count: 1 },
      ]);
      assert.deepEqual(urls(await find('cooperation', { outlet: 'north wire' })), [`${may}#t2`]);
      assert.deepEqual(urls(await find('ferries', { outlet: 'NORTH WIRE' })), [`${may}#t2`]);
      assert.deepEqual(urls(await find('cooperation', { outlet: 'harbour daily' })), ['/c/2024-03-07-spring-briefing#t3', `${may}#t3`]);

      const daily = await store.outlets.findByName('Harbour Daily');
      const post = await store.outlets.findByName('Harbour Post');
      assert.ok(daily && post);
      await store.transaction((tx) => tx.outlets.merge(daily.id, post.id, ['Harbour Post']));
      const after = await find('cooperation');
      assert.deepEqual(after.facets.outlets, [
        { value: 'Harbour Daily', count: 3 },
        { value: 'North Wire', count: 1 },
      ]);
      const both = [`${may}#t1`, `${may}#t3`, '/c/2024-03-07-spring-briefing#t3'].sort();
      assert.deepEqual(urls(await find('cooperation', { outlet: 'Harbour Daily' })), both);
      assert.deepEqual(urls(await find('cooperation', { outlet: 'harbour post' })), both);
      assert.equal((await find('cooperation', { outlet: 'Harbour Weekly' })).total, 0);
      assert.ok(await store.conferences.delete('2024-05-02-renamed-outlets'));
    });
  });

  describe(`${name} search: the seed transcript`, () => {
    test('its paragraphs are found by word and phrase', async () => {
      const seedStore = await open();
      try {
        const turns = paragraphs(
          readSeed()
            .replace(/-\n(?=\p{Ll})/gu, '')
            .replace(/(?<!\n)\n(?!\n)/g, ' '),
        ).map((text, i) => ({ seq: i + 1, kind: 'statement' as const, speaker: null, outlet: null, replyTo: null, label: null, text: { en: text } }));
        const record: ConferenceRecord = { ...springBriefing(), schema: RECORD_SCHEMA, turns, conference: { ...springBriefing().conference, slug: 'seed' } };
        await seedStore.conferences.saveRecord(record, { contentHash: 'seed' }, new Date().toISOString());
        assert.ok((await search(seedStore, 'multilateralism', {})).total >= 2);
        const phrase = await search(seedStore, '"Global South"', {});
        assert.ok(phrase.total >= 1);
        assert.match(phrase.results[0]!.snippet, /«Global» «South»/);
      } finally {
        await seedStore.close();
      }
    });
  });
}

await searchSuite('sqlite', async () => openSqliteStore(join(dir, `search-${randomUUID()}.db`)));
const missing = await postgresMissing();
if (missing) test('postgres search', { skip: missing }, () => {});
else await searchSuite('postgres', async () => openPostgresStore(await freshDatabase()));
