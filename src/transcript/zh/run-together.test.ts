// Chinese news items kept as news data sets keep them: every line break gone, the headline run into
// the lead, subheadings run into the labels, some answers with no label.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';

const cast = (name: string) => importTranscript(fixture(name)).record;

describe('a Chinese news item run together on one line', () => {
  it('takes the headline before the agency’s mark as the title, the lead as narration and the exchange as turns', () => {
    const record = cast('zh-run-together-interview.txt');
    assert.equal(record.conference.title, '林海：港口扩建明年开工 先修东堤再挖航道');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ...Array.from({ length: 4 }, () => [
          ['question', null],
          ['answer', '林海'],
        ]).flat(),
      ],
    );
    assert.ok(!record.turns.some((t) => t.text.zh?.includes('新浪财经讯')));
  });

  it('reads the item alike where its labels were typed with ASCII colons', () => {
    const record = cast('zh-run-together-interview.txt');
    const typed = importTranscript(fixture('zh-run-together-interview.txt').toString('utf8').replaceAll('：', ': ')).record;
    assert.deepEqual(
      typed.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
    );
  });

  it('sets a subheading run into a label apart and gives an answer printed with no label to the one the headline quotes', () => {
    const record = cast('zh-run-together-unlabelled-answers.txt');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ...Array.from({ length: 4 }, () => [
          ['question', null],
          ['answer', '王岚'],
        ]).flat(),
      ],
    );
    assert.equal(record.turns[1]!.text.zh, '球队这几天练得怎么样？');
    assert.equal(record.turns[2]!.text.zh, '大家练得很认真，伤病也基本好了。');
    assert.ok(!record.turns.some((t) => t.text.zh?.includes('备战情况') || t.text.zh?.includes('二传是关键')));
  });

  it('reads a question told ("有记者问：") and its answer in reported speech', () => {
    const record = cast('zh-run-together-told.txt');
    assert.equal(record.conference.title, '海关总署就港口拥堵答问');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', '吕明'],
      ],
    );
  });

  it('makes the host who asks every question of one guest the press, not the chair', () => {
    const record = cast('zh-run-together-host.txt');
    assert.equal(record.conference.title, '周岩：老城改造要先听居民的');
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['主持人', 'journalist'],
        ['周岩', 'principal'],
      ],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      Array.from({ length: 6 }, () => ['question', 'answer']).flat(),
    );
  });
});

describe('a panel run together on one line, some panellists speaking once', () => {
  const record = cast('zh-run-together-panel.txt');

  it('reads a name printed once as a label where the host calls them by surname and courtesy ("柳总", "申先生")', () => {
    const speakers = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.speaker?.name ?? t.label);
    assert.ok(speakers.includes('柳晓舟'), speakers.join(' '));
    assert.ok(speakers.includes('申明远'), speakers.join(' '));
    assert.ok(!record.turns.some((t) => t.text.zh?.includes('柳晓舟：') || t.text.zh?.includes('申明远：')));
  });

  it('leaves the portal’s comment link out of the last words', () => {
    assert.ok(record.turns.at(-1)!.text.zh!.endsWith('谢谢大家！'));
  });
});

describe('a phone interview run together on one line, its paragraph breaks kept as wide runs of spaces', () => {
  const gap = '\u00a0\u00a0\u00a0\u00a0';
  const text = [
    '海港磨坊总经理谈新码头(图)',
    `新浪家居林晓讯  3月2日，海港新码头正式启用。新浪家居电话连线了海港磨坊总经理。${gap}采访嘉宾：海港磨坊总经理  王海`,
    '新浪家居：您好，王总，我是新浪家居编辑林晓。',
    '王海：您好。',
    '新浪家居：新码头对你们有什么影响？',
    '王海：运费会降下来，我们很高兴。',
    '新浪家居：您有什么祝愿？',
    '王海：祝海港越来越好！',
    '【嘉宾简介】',
    '王海：王海毕业于海港大学，曾任磨坊厂长。',
    '【媒体声音】',
    '海港日报：新码头启用',
    '港口周刊：运费将降',
  ].join(gap);
  const { record } = importTranscript(Buffer.from(text));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('reads each label at a break, and the first question after the guest’s introduction', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null]),
      [
        ['question', '新浪家居'],
        ['answer', '王海'],
        ['question', '新浪家居'],
        ['answer', '王海'],
        ['question', '新浪家居'],
        ['answer', '王海'],
      ],
    );
  });

  it('leaves the portal’s sections after the interview out of every turn, labelled lines and all', () => {
    const said = spoken.map((t) => Object.values(t.text).join('\n')).join('\n');
    for (const furniture of ['嘉宾简介', '毕业于海港大学', '新码头启用', '运费将降']) assert.ok(!said.includes(furniture), furniture);
    assert.equal(spoken.at(-1)!.text.zh, '祝海港越来越好！');
  });
});

describe('a web interview run together on one line, its fields run into the headline and the host’s welcome', () => {
  // Our own words in the shape of a portal's web interview kept as a news data set's line.
  const text =
    '港口扩建的进度与难点访谈时间：2031年4月12日访谈主题：港口扩建与航道访谈嘉宾：海港集团工程部林海主任主持人：各位网友大家好，欢迎来到今天的海港网高端访谈，今天请到的嘉宾是林海主任，林主任你好！' +
    '主持人：林主任，扩建什么时候开工？林海：明年春天开工，先修东堤。主持人：航道要挖多深？林海：十五米，可以停靠大船。' +
    '主持人：最后请您说一句话。林海：我们会按时完工。主持人：感谢林主任，今天的访谈到此结束，谢谢大家！';
  const { record } = importTranscript(text);

  it('takes the headline as the title, the fields as narration and the date from them', () => {
    assert.equal(record.conference.title, '港口扩建的进度与难点');
    assert.equal(record.conference.date, '2031-04-12');
    assert.ok(!record.turns.some((t) => t.kind !== 'narration' && /访谈时间|访谈主题/.test(t.text.zh ?? '')));
  });

  it('makes the host, welcome and sign-off and all, the one who asks', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind === 'answer' ? 'answer' : 'asks', t.speaker?.name ?? null, t.speaker?.role]),
      [
        ['asks', '主持人', 'journalist'],
        ['asks', '主持人', 'journalist'],
        ['answer', '林海', 'principal'],
        ['asks', '主持人', 'journalist'],
        ['answer', '林海', 'principal'],
        ['asks', '主持人', 'journalist'],
        ['answer', '林海', 'principal'],
        ['asks', '主持人', 'journalist'],
      ],
    );
  });
});
