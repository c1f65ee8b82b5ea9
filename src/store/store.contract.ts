// The behaviour every Store adapter must show; each adapter's test file runs this suite against a real database.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newConference } from '../../test/support/new-conference.ts';
import { bilingualRecord, sampleRecord } from '../../test/support/records.ts';
import { storeOfficeContract } from './store-office.contract.ts';
import type { Store } from './store.ts';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    test('a saved record reads back equal, turns in order', async () => {
      const store = await open();
      try {
        const record = sampleRecord();
        const saved = await store.conferences.saveRecord(record, { contentHash: 'h1' }, new Date().toISOString());
        assert.equal(saved.status, 'created');
        assert.equal(saved.slug, record.conference.slug);
        const back = await store.conferences.getRecord(saved.slug);
        assert.ok(back);
        assert.equal(back.conference.id, saved.id);
        assert.deepEqual({ ...back.conference, id: null }, record.conference);
        assert.deepEqual(back.turns, record.turns);
        assert.deepEqual(back.people.map((p) => p.name).sort(), record.people.map((p) => p.name).sort());
        assert.deepEqual(back.outlets, record.outlets);
      } finally {
        await store.close();
      }
    });

    test('the same content twice is a duplicate; a different record with a taken slug gets a suffix', async () => {
      const store = await open();
      try {
        const first = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'same' }, new Date().toISOString());
        const again = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'same' }, new Date().toISOString());
        assert.deepEqual(again, { ...first, status: 'duplicate' });
        const other = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'other' }, new Date().toISOString());
        assert.equal(other.status, 'created');
        assert.equal(other.slug, `${first.slug}-2`);
        assert.equal((await store.conferences.list()).length, 2);
      } finally {
        await store.close();
      }
    });

    test('the same record saved by several writers at once is stored once; the others get a duplicate', async () => {
      const store = await open();
      try {
        const at = new Date().toISOString();
        const results = await Promise.all(Array.from({ length: 4 }, () => store.conferences.saveRecord(sampleRecord(), { contentHash: 'raced' }, at)));
        assert.deepEqual(results.map((r) => r.status).sort(), ['created', 'duplicate', 'duplicate', 'duplicate']);
        assert.equal(new Set(results.map((r) => r.id)).size, 1, 'every writer names the one stored conference');
        assert.equal((await store.conferences.list()).length, 1);
      } finally {
        await store.close();
      }
    });

    test('list filters by status and words, newest first, with turn counts', async () => {
      const store = await open();
      try {
        await store.conferences.saveRecord(
          sampleRecord({ slug: 'older', date: '2020-01-01', title: 'Older Briefing' }),
          { contentHash: 'a' },
          new Date().toISOString(),
        );
        await store.conferences.saveRecord(
          sampleRecord({ slug: 'newer', date: '2024-01-01', status: 'draft' }),
          { contentHash: 'b' },
          new Date().toISOString(),
        );
        const all = await store.conferences.list();
        assert.deepEqual(
          all.map((c) => c.slug),
          ['newer', 'older'],
        );
        assert.equal(all[0]?.turnCount, 6);
        assert.deepEqual(
          (await store.conferences.list({ status: ['published'] })).map((c) => c.slug),
          ['older'],
        );
        assert.deepEqual(
          (await store.conferences.list({ text: 'older BRIEFING' })).map((c) => c.slug),
          ['older'],
        );
        assert.deepEqual(
          (await store.conferences.list({ text: '100%' })).map((c) => c.slug),
          [],
        );
      } finally {
        await store.close();
      }
    });

    test('bilingual text survives the round trip', async () => {
      const store = await open();
      try {
        const record = bilingualRecord();
        const saved = await store.conferences.saveRecord(record, { contentHash: 'bi' }, new Date().toISOString());
        assert.deepEqual((await store.conferences.getRecord(saved.slug))?.turns, record.turns);
      } finally {
        await store.close();
      }
    });

    test('outlets join the registry once, by name regardless of typography', async () => {
      const store = await open();
      try {
        await store.conferences.saveRecord(sampleRecord({ slug: 'one' }), { contentHash: 'x1' }, new Date().toISOString());
        const second = sampleRecord({ slug: 'two' });
        second.turns[2]!.outlet = { ...second.turns[2]!.outlet!, name: 'HARBOUR  daily' };
        await store.conferences.saveRecord(second, { contentHash: 'x2' }, new Date().toISOString());
        assert.deepEqual(
          (await store.outlets.list()).map((o) => o.name),
          ['Harbour Daily', 'North Wire'],
        );
      } finally {
        await store.close();
      }
    });

    test('delete removes the conference and its turns; unknown slugs report false', async () => {
      const store = await open();
      try {
        const saved = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'd' }, new Date().toISOString());
        assert.equal(await store.conferences.delete(saved.slug), true);
        assert.equal(await store.conferences.getRecord(saved.slug), null);
        assert.equal(await store.conferences.delete(saved.slug), false);
        assert.equal(await store.conferences.delete('no-such-thing'), false);
      } finally {
        await store.close();
      }
    });

    test('a failing save leaves nothing behind', async () => {
      const store = await open();
      try {
        const record = sampleRecord();
        record.turns[3]!.seq = 3; // duplicate primary key makes the insert fail mid-way
        await assert.rejects(store.conferences.saveRecord(record, { contentHash: 'bad' }, new Date().toISOString()));
        assert.deepEqual(await store.conferences.list(), []);
        assert.deepEqual(await store.outlets.list(), []);
      } finally {
        await store.close();
      }
    });
    test('the store stamps the times its caller gives, never its own', async () => {
      const store = await open();
      try {
        const saved = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'h1' }, '2001-02-03T04:05:06.000Z');
        assert.deepEqual(
          (await store.conferences.list()).map((c) => c.updatedAt),
          ['2001-02-03T04:05:06.000Z'],
        );
        await store.conferences.setStatus(saved.id, 'published', '2002-01-01T00:00:00.000Z');
        const [stored] = await store.selection.records({ statuses: ['published'] });
        assert.equal(stored?.publishedAt, '2002-01-01T00:00:00.000Z');
        const [event] = await store.events.append(saved.id, [{ type: 'conference.state', public: {}, staff: null, users: null }], '2003-01-01T00:00:00.000Z');
        assert.equal(event?.createdAt, '2003-01-01T00:00:00.000Z');
      } finally {
        await store.close();
      }
    });

    test('a replaced turn and its kept revisions read back as given', async () => {
      const store = await open();
      try {
        const info = await store.conferences.create(newConference({ slug: 'live', title: 'Live' }), '2024-03-07T01:00:00.000Z');
        const opened = await store.turns.open(
          info.id,
          { kind: 'statement', speaker: null, outlet: null, outletId: null, replyTo: null, label: null, startsAt: null, handId: null },
          '2024-03-07T01:01:00.000Z',
        );
        await store.turns.setText(info.id, opened.seq, { en: 'Frist words' }, '2024-03-07T01:02:00.000Z');
        const first = {
          seq: opened.seq,
          kind: 'statement' as const,
          speaker: null,
          outlet: null,
          text: { en: 'Frist words' },
          revision: 0,
          authorId: null,
          at: '2024-03-07T01:02:00.000Z',
        };
        await store.turns.keepRevision(info.id, first);
        await store.turns.replace(
          info.id,
          opened.seq,
          { kind: 'statement', speaker: null, outlet: null, text: { en: 'First words' } },
          1,
          '2024-03-07T01:03:00.000Z',
        );
        await store.turns.keepRevision(info.id, { ...first, text: { en: 'First words' }, revision: 1, at: '2024-03-07T01:03:00.000Z' });
        const turn = await store.turns.get(info.id, opened.seq);
        assert.deepEqual([turn?.text, turn?.revision, turn?.updatedAt], [{ en: 'First words' }, 1, '2024-03-07T01:03:00.000Z']);
        const revisions = await store.turns.revisions(info.id, opened.seq);
        assert.deepEqual(
          revisions.map((r) => [r.revision, r.text.en, r.createdAt]),
          [
            [0, 'Frist words', '2024-03-07T01:02:00.000Z'],
            [1, 'First words', '2024-03-07T01:03:00.000Z'],
          ],
        );
        assert.deepEqual(await store.turns.correctedSeqs(info.id), [opened.seq]);
      } finally {
        await store.close();
      }
    });

    test('questions per outlet count this conference and the others, for the outlets asked about only', async () => {
      const store = await open();
      try {
        const first = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'q1' }, new Date().toISOString());
        await store.conferences.saveRecord(sampleRecord(), { contentHash: 'q2' }, new Date().toISOString());
        await store.conferences.saveRecord(sampleRecord(), { contentHash: 'q3' }, new Date().toISOString());
        const ids = new Map((await store.outlets.list()).map((o) => [o.name, o.id]));
        const harbour = ids.get('Harbour Daily')!;
        const north = ids.get('North Wire')!;
        // Each copy of the sample has one question from each outlet.
        const both = await store.turns.questionsByOutlet(first.id, [harbour, north, harbour]);
        assert.deepEqual(
          both.here,
          new Map([
            [harbour, 1],
            [north, 1],
          ]),
        );
        assert.deepEqual(
          both.earlier,
          new Map([
            [harbour, 2],
            [north, 2],
          ]),
        );
        const one = await store.turns.questionsByOutlet(first.id, [north, 'no-such-outlet']);
        assert.deepEqual(one, { here: new Map([[north, 1]]), earlier: new Map([[north, 2]]) });
        assert.deepEqual(await store.turns.questionsByOutlet(first.id, []), { here: new Map(), earlier: new Map() });
        const last = await store.turns.lastQuestion(first.id);
        assert.equal(last?.seq, 5);
        assert.equal(last?.outlet?.name, 'North Wire');
      } finally {
        await store.close();
      }
    });

    test('a batch commits together; a record the database refuses is rolled back alone', async () => {
      const store = await open();
      try {
        const good = sampleRecord();
        const bad = bilingualRecord();
        bad.turns[1]!.seq = bad.turns[0]!.seq; // duplicate primary key: this record fails mid-way
        const other = bilingualRecord();
        other.conference.title = 'Another conference';
        const results = await store.conferences.saveRecords(
          [
            { record: good, options: { contentHash: 'good' } },
            { record: bad, options: { contentHash: 'bad' } },
            { record: other, options: { contentHash: 'other' } },
            { record: good, options: { contentHash: 'good' } },
          ],
          '2024-01-01T00:00:00.000Z',
        );
        assert.deepEqual(
          results.map((r) => r.status),
          ['created', 'failed', 'created', 'duplicate'],
        );
        const listed = await store.conferences.list();
        assert.equal(listed.length, 2);
        assert.deepEqual(listed.map((c) => c.turnCount).sort(), [good.turns.length, other.turns.length].sort());
      } finally {
        await store.close();
      }
    });

    test('a batch links outlets to the registry as saving one record does: by name, alias or kind, each new one once', async () => {
      const store = await open();
      try {
        const demo = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'demo' }, '2024-01-01T00:00:00.000Z');
        await store.conferences.markDemo(demo.id); // Harbour Daily and North Wire: the demo's outlets
        const renamed = sampleRecord({ slug: 'renamed' });
        renamed.turns[2]!.outlet = { name: 'HARBOUR DAILY', aliases: [], country: 'XA', origin: 'domestic' };
        renamed.turns[4]!.outlet = null;
        const lantern = { name: 'Lantern Radio', aliases: ['LR'], country: null, origin: 'foreign' as const };
        const first = sampleRecord({ slug: 'lantern-1' });
        first.turns[2]!.outlet = lantern;
        first.turns[4]!.outlet = lantern;
        const second = sampleRecord({ slug: 'lantern-2' });
        second.turns[2]!.outlet = { ...lantern, name: 'LR' };
        second.turns[4]!.outlet = null;
        const results = await store.conferences.saveRecords(
          [
            { record: renamed, options: { contentHash: 'renamed' } },
            { record: first, options: { contentHash: 'lantern-1' } },
            { record: second, options: { contentHash: 'lantern-2' } },
          ],
          '2024-01-02T00:00:00.000Z',
        );
        assert.deepEqual(
          results.map((r) => r.status),
          ['created', 'created', 'created'],
        );
        // Named by a real record, the demo's Harbour Daily is real; North Wire, named by none, is not.
        const listed = await store.outlets.list();
        assert.deepEqual(
          listed.map((o) => o.name),
          ['Harbour Daily', 'Lantern Radio'],
        );
        const [harbour, radio] = listed;
        assert.deepEqual((await store.outlets.recordedNames(harbour!.id)).sort(), ['HARBOUR DAILY', 'Harbour Daily']);
        assert.deepEqual((await store.outlets.recordedNames(radio!.id)).sort(), ['LR', 'Lantern Radio']);
      } finally {
        await store.close();
      }
    });

    test('a site setting reads back as set, the last write wins, and an unset key is undefined', async () => {
      const store = await open();
      try {
        assert.equal(await store.settings.get('embed.origins'), undefined);
        await store.settings.set('embed.origins', ['https://a.example'], '2026-01-01T00:00:00.000Z');
        await store.settings.set('embed.origins', ['https://b.example', 'https://c.example:8443'], '2026-01-02T00:00:00.000Z');
        assert.deepEqual(await store.settings.get('embed.origins'), ['https://b.example', 'https://c.example:8443']);
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.settings.set('embed.origins', [], '2026-01-03T00:00:00.000Z');
            throw new Error('rolled back');
          }),
        );
        assert.deepEqual(await store.settings.get('embed.origins'), ['https://b.example', 'https://c.example:8443']);
      } finally {
        await store.close();
      }
    });
    storeOfficeContract(open);
  });
}
