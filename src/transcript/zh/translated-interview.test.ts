// An interview translated into Chinese and reposted (our own words): the column's name and a bar before the
// headline that opens with the interviewee's name, the translator's note "按：…" above the exchange, and
// bare "问："/"答：" labels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';
import { chineseLabels } from '../labels/chinese.ts';

const PAGE = [
  '---',
  'title: 访谈译文| 林海生：港口的未来在于准时',
  '---',
  '> 按：本文为海港大学林海生教授接受采访的译文，略有删节。',
  '',
  '问：新码头启用以后，港口会有什么变化？',
  '',
  '答：船会更准时，货也会更快离港。',
  '',
  '问：您最担心什么？',
  '',
  '答：我最担心的是人手不够。',
].join('\n');

describe('a translated interview under a column’s name, with the translator’s note', () => {
  const { record } = importTranscript(Buffer.from(PAGE));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('keeps the note out of the turns and gives the answers to the one the headline names', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '林海生'],
        ['question', null],
        ['answer', '林海生'],
      ],
    );
    assert.ok(!record.people.some((p) => p.name === '按'));
  });
});

describe('an outlet whose name opens with an ordinal, as the asking label', () => {
  const text = [
    '专访港务局长：新码头明年启用',
    '**第一财经：**新码头什么时候启用？',
    '**王海：**明年春天启用。',
    '**第一财经：**会延误吗？',
    '**王海：**不会。',
  ].join('\n\n');
  const spoken = importTranscript(Buffer.from(text)).record.turns.filter((t) => t.kind !== 'narration');

  it('reads "第一财经：" as the outlet asking, not as "第一，…"', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null, t.text.zh]),
      [
        ['question', '第一财经', '新码头什么时候启用？'],
        ['answer', '王海', '明年春天启用。'],
        ['question', '第一财经', '会延误吗？'],
        ['answer', '王海', '不会。'],
      ],
    );
  });
});

describe('a programme’s dialogue of two guests the title names, the programme asking, each bold name over its colon', () => {
  const text = [
    '# 林海对话王川：港口的明天',
    '对谈｜林海x王川',
    '**海港之声**',
    '：今天的话题是港口的明天。两位怎么看？',
    '**王川**',
    '：我先说。人手够吗？这是我们要想的事情。',
    '**林海**',
    '：港口要更准时。船来了就要能靠岸，货来了就要能装船，人来了就要能上船。',
    '这几年我们一直在做这件事，做得还不够好，但是方向是对的。',
    '**海港之声**',
    '：那年轻人该怎么做？',
    '**王川**',
    '：多读书，也多交朋友。林老师怎么看？我很想听听。',
    '**林海**',
    '：多出海，多看看。年轻人要走出去，看看别的港口是怎么做的，再回来做自己的事情。',
  ].join('\n');
  const spoken = importTranscript(Buffer.from(text)).record.turns.filter((t) => t.kind !== 'narration');

  it('joins each name to its colon, and makes both guests answer', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null]),
      [
        ['question', '海港之声'],
        ['answer', '王川'],
        ['answer', '林海'],
        ['question', '海港之声'],
        ['answer', '王川'],
        ['answer', '林海'],
      ],
    );
    assert.equal(spoken[2]!.text.zh?.startsWith('港口要更准时。'), true);
  });
});

describe('a podcast’s interview titled "专访林海部长", the host speaking first and at length', () => {
  const turns: string[] = [
    '### 王川：',
    '哈囉，歡迎來到海港漫談，我是王川。今天我們邀請到林海部長，來聊聊新碼頭，還有港口的未來，大家一定很好奇。這一集很重要，因為新碼頭會改變整個港口的樣子，也會改變很多人的工作。我們會從泊位聊起，再聊到人手，最後聊聊年輕人。林部長上次來的時候，我們聊得很開心，這次也一樣，大家坐好，我們開始。',
  ];
  const said = [
    ['林海', '哈囉。很高興再來這個節目。'],
    ['王川', '新碼頭什麼時候啟用？'],
    ['林海', '明年春天，先開兩個泊位。'],
    ['王川', '對，我們上次也聊過泊位。'],
    ['林海', '上次聊得很細。'],
    ['王川', '聽眾很喜歡那一集。'],
    ['林海', '是的，泊位是最要緊的。'],
    ['王川', '那人手夠嗎？'],
    ['林海', '還要再招一些，特別是夜班。'],
    ['王川', '夜班真的很辛苦。'],
    ['林海', '所以我們會加薪。'],
    ['王川', '好，今天就聊到這裡。'],
    ['林海', '謝謝。'],
  ];
  for (const [who, words] of said) turns.push(`### ${who}：`, words!);
  const text = ['# 2031-05-01 「海港漫談」Podcast 專訪林海部長逐字稿', ...turns].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('makes the one the title says is interviewed the principal, and the host the asker', () => {
    assert.deepEqual(record.people.map((p) => [p.name, p.role]).sort(), [
      ['林海', 'principal'],
      ['王川', 'journalist'],
    ]);
  });
});

describe('a roundtable the title names three guests of, its moderator asking them in turn', () => {
  const text = [
    '# 港口圆桌：林海、王川、赵敏探讨码头的未来',
    '**孙力：新码头启用以后，各位最期待什么？**',
    '**林海**：我最期待准时。船来了就能靠岸。',
    '**王川**：我期待效率，装卸要快。',
    '**赵敏**：我期待安全，这是第一位的。',
    '**孙力：大家都提到了效率。那人手够不够？**',
    '**王川**：还要再招一些。',
    '**林海**：夜班尤其缺人。',
    '**孙力：最后一个问题，年轻人该怎么做？**',
    '**赵敏**：多学习，多出海。',
    '**林海**：多看看别的港口。',
    '**孙力：谢谢三位。**',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('makes the moderator the asker and the three guests answer', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]).sort(),
      [
        ['孙力', 'journalist'],
        ['林海', 'principal'],
        ['王川', 'principal'],
        ['赵敏', 'principal'],
      ].sort(),
    );
  });
});

describe('clauses and tallies set before a colon inside answers', () => {
  it('reads none of them as a label', () => {
    for (const line of [
      '先澄清一点：我不是部长。',
      '规则很简单：先到先得。',
      '这就像问：船为什么会浮？',
      '我父亲问了记者最典型的问题：你怎么知道？',
      '赞成：10票',
      '弃权：1票',
    ])
      assert.equal(chineseLabels.parse(line), null, line);
    assert.equal(chineseLabels.parse('王先生：我同意。')?.label, '王先生');
  });
});
