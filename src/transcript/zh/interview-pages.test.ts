// Chinese interview pages as WeChat accounts and portals print them: the interviewing account named
// in corner quotes as the question's label ("「晨风」："), a label whose bold an editor typed twice
// ("****林远：****"), the credits under the last answer set off with a bar ("排版｜周宁"), and a host
// who asks with a reader's question among theirs. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';

const read = (text: string) => importTranscript(Buffer.from(text), { fileName: 'interview.md' }).record;
const turns = (text: string) => read(text).turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]);

describe('Chinese interview pages', () => {
  it('reads an account named in corner quotes as the outlet that asks', () => {
    const text = [
      '对话林远：一个木匠如何做出畅销的应用',
      '',
      '**以下是「晨风」和林远的对话**',
      '',
      '**「晨风」：你最近在几个活动上都有不错的成绩。你靠什么打动了评委？**',
      '',
      '林远：因为我把产品的道理讲明白了。',
      '',
      '**「晨风」：你是怎么得出这个结论的？**',
      '',
      '****林远：****来自我自己做木工的经验。',
      '',
      '「晨风」：接下来怎么打算？',
      '',
      '林远：继续做下去。',
      '',
      '排版｜周宁',
    ].join('\n');
    const record = read(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['question', null, '晨风'],
        ['answer', '林远', null],
        ['question', null, '晨风'],
        ['answer', '林远', null],
        ['question', null, '晨风'],
        ['answer', '林远', null],
      ],
    );
    assert.equal(record.turns[4]!.text.zh, '来自我自己做木工的经验。');
    assert.ok(!record.turns.some((t) => t.kind !== 'narration' && Object.values(t.text).join('').includes('排版')));
  });

  it('takes a host who asks, with a reader’s question among the host’s, for the interviewer', () => {
    const text = [
      '石岚访谈录：小镇书店还能开下去吗',
      '',
      '主持人：你开第一家书店的时候，镇上还没有一家卖新书的店，现在情况怎么样？',
      '石岚：好多了。现在镇上有三家，我们是最老的一家。',
      '主持人：书店靠什么活下来？',
      '石岚：靠咖啡，也靠每周的读书会。',
      '网友：您自己最喜欢哪一本书？',
      '石岚：这个问题太难回答了，每年都不一样。',
      '主持人：那今年呢？',
      '石岚：今年是一本讲河流的书。',
      '主持人：最后，请你说说对年轻店主的建议。',
      '石岚：先把账算清楚，再谈情怀。',
    ].join('\n');
    assert.deepEqual(turns(text), [
      ['question', '主持人', null],
      ['answer', '石岚', null],
      ['question', '主持人', null],
      ['answer', '石岚', null],
      ['question', '网友', null],
      ['answer', '石岚', null],
      ['question', '主持人', null],
      ['answer', '石岚', null],
      ['question', '主持人', null],
      ['answer', '石岚', null],
    ]);
  });

  it('takes a host who asks two guests in turn for the interviewer, and the guests for those who answer', () => {
    const text = [
      '两位分析师谈明年的港口',
      '',
      '主持人：明年港口最值得关注的是什么？',
      '',
      '林远：是自动化码头，投资会继续增加。',
      '',
      '主持人：哪些环节受益最多？',
      '',
      '林远：岸桥和调度软件。',
      '',
      '主持人：从整体策略看，明年怎么配置？',
      '',
      '周明：还是要重视航运和物流。',
      '',
      '主持人：风险在哪里？',
      '',
      '周明：外需放缓。',
    ].join('\n');
    assert.deepEqual(turns(text), [
      ['question', '主持人', null],
      ['answer', '林远', null],
      ['question', '主持人', null],
      ['answer', '林远', null],
      ['question', '主持人', null],
      ['answer', '周明', null],
      ['question', '主持人', null],
      ['answer', '周明', null],
    ]);
  });
});

describe('an interview reposted under an article', () => {
  it('takes a heading underlined in the Markdown way as the title, never a label, and a point set in bold inside an answer no chair of the host', () => {
    const text = [
      '港务局局长林远专访：码头还能做什么？',
      '=====================',
      '',
      '**主持人：您能谈谈港务局最近在做什么吗？**',
      '',
      '**林远：**我们在改造老码头。',
      '',
      '我们看到三个机会：',
      '',
      '**岸电和自动化**：船靠岸以后不再烧油。',
      '',
      '**主持人：这样的投资能收回吗？**',
      '',
      '**林远：**能，十年左右。',
      '',
      '**主持人：居民能得到什么？**',
      '',
      '**林远：**一条滨水步道。',
      '',
      '**主持人：您怎么保持动力？**',
      '',
      '**林远：**每天去码头走一走。',
    ].join('\n');
    const record = read(text);
    assert.equal(record.conference.title, '港务局局长林远专访：码头还能做什么？');
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === '主持人').map((t) => t.kind),
      ['question', 'question', 'question', 'question'],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === '林远').map((t) => t.kind),
      ['answer', 'answer', 'answer', 'answer'],
    );
  });

  it('leaves the article’s key points over the conversation in the preamble, and names the guest labelled by a given name in full', () => {
    const text = [
      '安娜·科瓦奇谈港口：自动化、渡轮和步道',
      '',
      '首先是这次访谈的核心观点：',
      '',
      '码头自动化加速：科瓦奇认为三年内一半岸桥会自动运行。',
      '',
      '渡轮班次增加：明年起每十五分钟一班。',
      '',
      '步道全线贯通：科瓦奇说滨水步道将在后年完工。',
      '',
      '主持人：欢迎您。第一个问题，码头会变成什么样？',
      '',
      '安娜：会更安静，也更干净。',
      '',
      '主持人：渡轮呢？',
      '',
      '安娜：班次会增加。',
      '',
      '主持人：步道什么时候完工？',
      '',
      '安娜：后年。',
      '',
      '主持人：最后，您对居民有什么话？',
      '',
      '安娜：多来码头走走。',
    ].join('\n');
    const record = read(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ...Array.from({ length: 4 }, () => [
          ['question', '主持人'],
          ['answer', '安娜·科瓦奇'],
        ]).flat(),
      ],
    );
    assert.match(record.turns[0]!.text.zh!, /步道全线贯通/);
  });

  it('keeps a host who hands the floor to the audience at the end the interviewer', () => {
    const text = [
      '林远对话：港口的下一个十年',
      '',
      '主持人：欢迎林远局长。第一个问题，老码头会变成什么样？',
      '',
      '林远：会变成图书馆和市场。',
      '',
      '主持人：渡轮呢？还会增加吗？',
      '',
      '林远：明年起每十五分钟一班。',
      '',
      '主持人：步道什么时候完工？',
      '',
      '林远：后年。',
      '',
      '主持人：您怎么保持动力？',
      '',
      '林远：每天去码头走一走。',
      '',
      '主持人：现在请观众提问。',
      '',
      '提问者：票价会涨吗？',
      '',
      '林远：不会。',
      '',
      '提问者：夜班船呢？',
      '',
      '林远：夏天会有。',
    ].join('\n');
    assert.deepEqual(
      turns(text).map(([kind, name]) => [kind, name]),
      [
        ...Array.from({ length: 4 }, () => [
          ['question', '主持人'],
          ['answer', '林远'],
        ]).flat(),
        ['question', '主持人'],
        ['question', null],
        ['answer', '林远'],
        ['question', null],
        ['answer', '林远'],
      ],
    );
  });
});

describe('a Chinese interview whose labels are English given names, the lead naming each in full after a post', () => {
  it('names each by the full name the lead prints, the post in initials no part of it', () => {
    const text = [
      '# 对话 Harbour Labs：培育珍珠能走多远？',
      '',
      '最近，我们和 Harbour Labs 的 CEO Ada Quist 以及 CTO Ben Marr 聊了聊，想了解培育珍珠的前景。',
      '',
      '**问：** 你们的平台现在有多少品牌？',
      '',
      '**Ada：** 二十多个，来自十几个国家。',
      '',
      '**问：** 培育珍珠和天然珍珠有什么区别？',
      '',
      '**Ben：** 成分一样，只是长在实验室里。',
      '',
      '**问：** 价格呢？',
      '',
      '**Ada：** 大约是天然珍珠的三分之一。',
      '',
      '**问：** 下一步做什么？',
      '',
      '**Ben：** 做一些新类别的首饰。',
    ].join('\n');
    assert.deepEqual(
      turns(text)
        .filter(([kind]) => kind === 'answer')
        .map(([, name]) => name),
      ['Ada Quist', 'Ben Marr', 'Ada Quist', 'Ben Marr'],
    );
  });
});

describe('a public account’s credits and notices under the last answer', () => {
  it('keeps the credits, a recruiting notice and its pointer out of the last answer', () => {
    const text = [
      '# 港湾周刊专访林远：木匠的十年',
      '',
      '**港湾周刊：** 这十年你最大的变化是什么？',
      '',
      '**林远：** 更有耐心了。',
      '',
      '**港湾周刊：** 接下来呢？',
      '',
      '**林远：** 还是做木头，做到做不动为止。',
      '',
      '排版：小舟 / 审核：阿岚',
      '**招聘｜新媒体编辑**',
      '',
      '详细岗位要求点击跳转：[**《港湾周刊》招新媒体编辑**](https://example.org/jobs)',
      '',
      '本文为原创内容，版权归「港湾周刊」所有。',
    ].join('\n');
    const last = read(text).turns.at(-1)!;
    assert.equal(last.text.zh, '还是做木头，做到做不动为止。');
  });
});

describe('a lead that tells of the answerer before the first question', () => {
  const exchange = ['记者：码头什么时候启用？', '林海：明年春天。', '记者：航道呢？', '林海：后年。'];
  const opening = (lead: string) => {
    const { record } = importTranscript(['# 专访林海：港口的十年', lead, ...exchange].join('\n\n'));
    return record.turns.filter((t) => t.kind === 'statement').length;
  };

  it('is narration where it reports what he said in the third person', () => {
    assert.equal(opening('他表示，港口扩建明年开工，先修东堤，再挖航道。'), 0);
  });

  it('is narration where it says he answered the reporter’s questions', () => {
    assert.equal(opening('近日，港务局发布了新规划。港务局负责人就规划的制定和落实等问题，回答了记者的提问。'), 0);
  });

  it('is narration where a page’s time stamp opens it', () => {
    assert.equal(opening('2031-08-30T10:56:27.662Z 港口扩建对城市意味着什么？'), 0);
  });

  it('is narration where the editor says in italics what the piece is', () => {
    assert.equal(opening('*最好的工程师是不会停工的。* *本文来自于我们的一段三个小时的对话，本文为精简版。*'), 0);
  });

  it('is still the answerer’s statement where he speaks in the first person', () => {
    assert.equal(opening('我先介绍一下港口的情况。我们明年开工。'), 1);
  });
});
