// The press office's edits every Store adapter must keep alike: the log of a conference's changes,
// editing and merging outlets. Run from store.contract.ts, so each adapter's test runs it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleRecord } from '../../test/support/records.ts';
import type { Store } from './store.ts';

const AT = '2025-05-02T10:00:00.000Z';

export function storeOfficeContract(open: () => Promise<Store>): void {
  test('changes to a conference are logged in order, with who made them', async () => {
    const store = await open();
    try {
      const saved = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'c1' }, AT);
      const admin = await store.users.create({ email: 'office@press.example', name: 'Ada Office', role: 'admin', passwordHash: null, outletId: null }, AT);
      await store.conferences.logChanges(saved.id, [{ userId: admin.id, field: 'title', from: 'Old', to: 'New' }], AT);
      await store.conferences.logChanges(saved.id, [{ userId: admin.id, field: 'venue', from: null, to: 'Pier 4' }], '2025-05-02T11:00:00.000Z');
      const changes = await store.conferences.changes(saved.id);
      assert.deepEqual(
        changes.map((c) => [c.n, c.field, c.from, c.to, c.userName, c.at]),
        [
          [1, 'title', 'Old', 'New', 'Ada Office', AT],
          [2, 'venue', null, 'Pier 4', 'Ada Office', '2025-05-02T11:00:00.000Z'],
        ],
      );
      assert.equal(await store.conferences.delete(saved.slug), true, 'a conference with logged changes can still be deleted');
    } finally {
      await store.close();
    }
  });

  test('an outlet is edited; merging one into another moves its turns, hands, accreditations and journalists', async () => {
    const store = await open();
    try {
      const saved = await store.conferences.saveRecord(sampleRecord(), { contentHash: 'c2' }, AT);
      const [harbour, north] = await store.outlets.list();
      assert.ok(harbour && north);
      await store.outlets.update(harbour.id, { name: 'Harbour Daily News', country: 'XC', origin: 'foreign' });
      assert.deepEqual(await store.outlets.get(harbour.id), { ...harbour, name: 'Harbour Daily News', country: 'XC', origin: 'foreign' });
      assert.equal((await store.outlets.findByName('harbour daily news'))?.id, harbour.id);

      const journalist = await store.users.create({ email: 'j@press.example', name: 'Jo', role: 'journalist', passwordHash: null, outletId: north.id }, AT);
      const accreditation = await store.accreditations.create(
        { name: 'Jo', email: 'j@press.example', outletName: north.name, outletId: north.id, conferenceId: saved.id, validFrom: null, validUntil: null },
        AT,
      );
      await store.transaction((tx) => tx.outlets.merge(harbour.id, north.id, ['North Wire', 'NW']));
      assert.deepEqual(
        (await store.outlets.list()).map((o) => [o.name, o.aliases]),
        [['Harbour Daily News', ['North Wire', 'NW']]],
      );
      assert.equal((await store.users.get(journalist.id))?.outletId, harbour.id);
      const moved = await store.accreditations.get(accreditation.id);
      assert.deepEqual([moved?.outletId, moved?.outletName], [harbour.id, 'Harbour Daily News']);
      const [stored] = await store.selection.records({ statuses: ['published'] });
      assert.ok(stored);
      const questions = stored.record.turns.filter((t) => t.outlet);
      assert.ok(questions.length >= 2);
      for (const turn of questions) assert.equal(stored.turnOutletIds.get(turn.seq), harbour.id, `turn ${turn.seq} follows the kept outlet`);
      assert.equal(questions.find((t) => t.outlet?.name === 'North Wire')?.outlet?.name, 'North Wire', 'the record keeps the name as it was said');
      // Search finds an outlet's turns under every name they were recorded with.
      assert.deepEqual((await store.outlets.recordedNames(harbour.id)).sort(), ['Harbour Daily', 'North Wire']);
      assert.deepEqual(await store.outlets.recordedNames(north.id), []);
    } finally {
      await store.close();
    }
  });
}
