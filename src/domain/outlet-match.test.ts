import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOutlet, nearOutlets, withAliases } from './outlet-match.ts';

const registry = [
  { name: 'Xinhua News Agency', aliases: ['新华社'] },
  { name: 'Fjord Post', aliases: [] },
  { name: 'Reuters', aliases: [] },
  { name: 'Phoenix TV', aliases: ['凤凰卫视'] },
  { name: 'BBC World Service', aliases: [] },
];

test('a name finds its outlet through names and aliases, ignoring case, punctuation and kind words', () => {
  for (const [name, outlet] of <[string, string][]>[
    ['xinhua', 'Xinhua News Agency'],
    ['XINHUA NEWS AGENCY!', 'Xinhua News Agency'],
    ['新华社', 'Xinhua News Agency'],
    ['Phoenix Television', 'Phoenix TV'],
    ['B.B.C.', 'BBC World Service'],
    ['The Fjord Post', 'Fjord Post'],
  ])
    assert.equal(findOutlet(name, registry)?.name, outlet, name);
  assert.equal(findOutlet('Harbour Daily', registry), null);
});

test('a name that only resembles registered outlets has them as candidates; a match or a stranger has none', () => {
  assert.deepEqual(
    nearOutlets('Fjord Posten', registry).map((o) => o.name),
    ['Fjord Post'],
  );
  assert.deepEqual(
    nearOutlets('Reuter', registry).map((o) => o.name),
    ['Reuters'],
  );
  assert.deepEqual(
    nearOutlets('Phoenix Satellite', registry).map((o) => o.name),
    ['Phoenix TV'],
  );
  assert.deepEqual(nearOutlets('Xinhua', registry), [], 'a match is not a near-duplicate');
  assert.deepEqual(nearOutlets('Harbour Daily', registry), []);
  assert.deepEqual(nearOutlets('Channel 5', [{ name: 'Channel 4', aliases: [] }]), [], 'numbers name different outlets');
  assert.deepEqual(nearOutlets('Daily Post', registry), [], 'one common word is not a resemblance');
});

test('aliases are added once, never repeating the name', () => {
  assert.deepEqual(withAliases({ name: 'Fjord Post', aliases: ['FP'] }, ['fjord post', 'Fjordposten', 'FJORDPOSTEN', ' fp ']), ['FP', 'Fjordposten']);
});
