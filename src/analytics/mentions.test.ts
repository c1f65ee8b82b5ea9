import assert from 'node:assert/strict';
import { test } from 'node:test';
import { a, archive, harbourDaily, makeRecord, q } from '../../test/support/research-records.ts';
import { findMentions } from './entities.ts';
import { entityMentions } from './mentions.ts';

const found = (text: string) => findMentions(text).map((m) => `${text.slice(m.start, m.end)}=${m.entity.id}`);

test('English names: whole words, case-sensitive, the longest name at a place, aliases from the package', () => {
  assert.deepEqual(found('The United States of America, the U.S., China and Papua New Guinea.'), [
    'United States of America=US',
    'U.S.=US',
    'China=CN',
    'Papua New Guinea=PG',
  ]);
  assert.deepEqual(
    found('Chinese chinaware, the turkey, Congo, New Mexico and New Jersey.'),
    [],
    'no demonyms, lower case, shared names or places named New …',
  );
  assert.deepEqual(found('The UN Security Council, the UN, WHO and the WTO; who knows?'), ['UN Security Council=unsc', 'UN=un', 'WHO=who', 'WTO=wto']);
});

test('Chinese names: substrings that line up with the words jieba cuts', () => {
  assert.deepEqual(found('中国人民同美国政府加强合作'), ['中国=CN', '美国=US']);
  assert.deepEqual(found('加强执法国际合作'), [], '法国 inside 执法国际 is not France');
  assert.deepEqual(found('印度尼西亚和印度'), ['印度=IN'], 'Indonesia is not India');
  assert.deepEqual(found('内蒙古和蒙古国'), ['蒙古=MN']);
  assert.deepEqual(found('中非合作论坛与中非共和国'), ['中非合作论坛=focac', '中非共和国=CF'], '中非 alone is China-Africa');
  assert.deepEqual(found('联合国教科文组织、联合国、上合组织、金砖国家、东盟'), [
    '联合国教科文组织=unesco',
    '联合国=un',
    '上合组织=sco',
    '金砖国家=brics',
    '东盟=asean',
  ]);
});

test('mentions per entity: every naming, the turns and conferences that name it, one text per turn', () => {
  const bilingual = makeRecord('b', '2024-04-01', [q(harbourDaily, { en: 'China and China again?', zh: '中国？' }), a({ en: 'Yes, China.' })], {
    languages: ['en', 'zh'],
  });
  const chart = entityMentions([...archive(), bilingual]);
  const china = chart.rows.find((r) => r.id === 'CN')!;
  assert.deepEqual(
    [china.name, china.nameZh, china.kind, china.mentions, china.turns, china.questions, china.answers, china.conferences],
    ['China', '中国', 'country', 5, 4, 2, 2, 2],
  );
  assert.equal(chart.rows[0]!.id, 'CN', 'most mentioned first');
  assert.ok(chart.rows.some((r) => r.id === 'wto' && r.kind === 'organisation'));
  assert.equal(entityMentions(archive(), 1).rows.length, 1);
});
