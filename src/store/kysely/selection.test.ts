import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { AppError } from '../../app/errors.ts';
import { loadSelection } from '../../app/selection.ts';
import { archive, harbourDaily, makeRecord, q } from '../../../test/support/research-records.ts';
import { tempDir } from '../../../test/support/tmp.ts';
import { openSqliteStore } from '../sqlite/open.ts';

const store = await openSqliteStore(join(tempDir(), 'selection.db'));
after(() => store.close());
for (const [i, record] of [
  ...archive().reverse(),
  makeRecord('undated', null, [q(harbourDaily, 'When?')]),
  makeRecord('2024-02-01-draft', '2024-02-01', [q(harbourDaily, 'Secret?')], { status: 'draft' }),
].entries()) {
  await store.conferences.saveRecord(record, { contentHash: `h${i}` }, new Date().toISOString());
}
const slugs = (list: { record: { conference: { slug: string } } }[]) => list.map((s) => s.record.conference.slug);

test('records: whole records for a set of conferences, oldest first, undated last', async () => {
  const all = await store.selection.records({ statuses: ['published'] });
  assert.deepEqual(slugs(all), ['2024-01-10-first', '2024-01-24-second', '2024-03-05-third', 'undated']);
  assert.deepEqual(
    all[0]!.record.turns.map((t) => t.seq),
    [1, 2, 3, 4, 5],
  );
  assert.equal(all[0]!.record.turns[3]!.outlet?.name, 'North Wire');
  assert.ok(all[0]!.publishedAt);
});

test('records: by status, slugs and dates inclusive', async () => {
  assert.deepEqual(slugs(await store.selection.records({ statuses: ['draft'] })), ['2024-02-01-draft']);
  assert.deepEqual(slugs(await store.selection.records({ statuses: ['published'], from: '2024-01-24', to: '2024-03-05' })), [
    '2024-01-24-second',
    '2024-03-05-third',
  ]);
  assert.deepEqual(slugs(await store.selection.records({ statuses: ['published', 'draft'], slugs: ['2024-02-01-draft', 'undated'] })), [
    '2024-02-01-draft',
    'undated',
  ]);
  assert.deepEqual(await store.selection.records({ statuses: [] }), []);
  assert.deepEqual(await store.selection.visibleSlugs(['2024-02-01-draft', 'undated', 'nope'], ['published']), ['undated']);
});

test('records: the newest publications first, at most so many', async () => {
  const newest = await store.selection.records({ statuses: ['published'], newestPublished: 2 });
  assert.equal(newest.length, 2);
  assert.ok(newest[0]!.publishedAt! >= newest[1]!.publishedAt!);
});

test('loadSelection: narrowed records; a slug the caller may not see is reported as unknown', async () => {
  const selected = await loadSelection(store, { conferences: [], outlet: 'North Wire' }, ['published']);
  assert.deepEqual(slugs(selected), ['2024-01-10-first']);
  assert.deepEqual(
    selected[0]!.record.turns.map((t) => t.seq),
    [4, 5],
  );
  await assert.rejects(
    loadSelection(store, { conferences: ['2024-02-01-draft'] }, ['published', 'live']),
    (e: unknown) => e instanceof AppError && e.field === 'conference' && /no conference with slug "2024-02-01-draft"/.test(e.message),
  );
  assert.equal((await loadSelection(store, { conferences: ['2024-02-01-draft'] }, ['draft'])).length, 1);
});
