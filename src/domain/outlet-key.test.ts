import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletKey } from './record.ts';

test('one outlet under its names: case, punctuation and kind words such as "News Agency" or "TV" do not count', () => {
  for (const [a, b] of <[string, string][]>[
    ['Xinhua News Agency', 'xinhua'],
    ['BBC World', 'B.B.C.'],
    ['Phoenix TV', 'Phoenix Television'],
    ['The Fjord Post', 'fjord post'],
    ['新华通讯社', '新华'],
    ['Reuters', 'REUTERS!'],
  ])
    assert.equal(outletKey(a), outletKey(b), `${a} ~ ${b}`);
  assert.notEqual(outletKey('Fjord Post'), outletKey('Fjord Daily'));
  assert.ok(outletKey('News Agency').length > 0, 'a name of kind words only is never emptied');
});
