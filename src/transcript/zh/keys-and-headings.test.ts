// A Chinese interview whose key to its marks stands on one line ("**問：記者 　　林：林海**"), the
// answerer's mark the first character of his name, and whose lead says which medium he told
// ("林海向北岸新聞表示"): zh-one-line-key.md, our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';
import { principalNamedIn } from './preamble.ts';

describe('an interview with its marks’ key on one line', () => {
  const { record } = importTranscript(fixture('zh-one-line-key.md'));

  it('takes the key out, names the answerer, and gives the questions the medium the lead names', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
        ['question', null, '北岸新聞'],
        ['answer', '林海', null],
      ],
    );
  });
});

describe('speaker headings with the anonymous "媒體提問："', () => {
  const text = [
    '# 2031-05-30 港務記者會',
    '### 林海：',
    '各位媒體朋友大家好，今天說明新碼頭的安排。',
    '### 王明：',
    '渡輪班次從五月起增加一倍。',
    '### 媒體提問：',
    '請問票價會上漲嗎？',
    '### 林海：',
    '不會，票價保持不變。',
    '### 媒體提問：',
    '工人什麼時候培訓？',
    '### 王明：',
    '冬天就開始了。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the media’s questions as the press’s, the officials’ turns after them as answers', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', '林海'],
        ['statement', '王明'],
        ['question', null],
        ['answer', '林海'],
        ['question', null],
        ['answer', '王明'],
      ],
    );
  });
});

describe('an interview whose lead lists several executives before saying whose interview follows', () => {
  const text = [
    '# 对话港务集团林海：码头不止于吊机',
    '作者：王明',
    '- 本文首发于北岸新闻 -',
    '港务集团董事长陈远、总裁李清和林海等，都参与了新码头的规划。',
    '以下是对林海的访谈。',
    '**Q：**新码头什么时候启用？',
    '**A：**五月启用，渡轮班次会增加一倍。',
    '**Q：**票价会上涨吗？',
    '**A：**不会，票价保持不变。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('names the answerer the lead says the interview is with, and the medium it first ran in', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, '北岸新闻'],
        ['answer', '林海', null],
        ['question', null, '北岸新闻'],
        ['answer', '林海', null],
      ],
    );
  });
});

describe('a talk with a paper’s reporter, an editor’s note on the piece above the first question', () => {
  const text = [
    '# 关于港口新形势对北岸日报[1]记者的谈话',
    '（二〇三一年九月一日）',
    '* 这是林海在港务大会上的讲话。',
    '记者问：新码头的意义如何？',
    '林答：新码头是港口力量增长的结果。',
    '问：渡轮班次会增加吗？',
    '答：会增加一倍。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('keeps the note out of the answerer’s words and gives the questions the paper', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.outlet?.name ?? null]),
      [
        ['question', '北岸日报'],
        ['answer', null],
        ['question', '北岸日报'],
        ['answer', null],
      ],
    );
  });
});

describe('principalNamedIn', () => {
  it('takes no word of the event for the office-holder’s name', () => {
    assert.equal(principalNamedIn(['行政長官記者會（只有中文）']), null);
    assert.equal(principalNamedIn(['行政長官多次說感謝公眾']), null);
    assert.equal(principalNamedIn(['外交部发言人耿爽主持例行记者会']), '耿爽');
  });
});

describe('a graphic’s credit line among the answers', () => {
  it('reads "制图：汪明" as a credit, not a speaker', () => {
    const text = ['记者：新电价什么时候执行？', '答：今年六月起执行。', '制图：汪明', '记者：存量项目怎么办？', '答：按原价格执行。'].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.label),
      ['记者', '答', '记者', '答'],
    );
  });
});

describe('a magazine interview with a byline bar, an editor’s note and captioned pictures', () => {
  const text = [
    '# 对话港口工程师柯明远：潮汐不会等人',
    '注：本期《海岸周刊》聚焦港口工程，其间既有一线工程师的经验，也有对未来的展望。',
    '采访 | 林晓雯，《海岸周刊》主笔',
    '新码头夜景（图源：海岸周刊资料库）',
    '**林晓雯：请您先介绍一下自己。**',
    '**柯明远：**我在港口做了二十年工程。',
    '旧吊机（图源：读者供图）',
    '**林晓雯：最难的是什么？**',
    '**柯明远：**是潮汐，潮汐不会等人。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('takes the interviewer from the byline, with the medium her post names, and no caption for a speaker', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', '林晓雯', '海岸周刊'],
        ['answer', '柯明远', null],
        ['question', '林晓雯', '海岸周刊'],
        ['answer', '柯明远', null],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['柯明远'],
    );
  });
});

describe('a WeChat interview whose answerer’s bold name is glued to the end of each question', () => {
  const text = [
    '# 专访港口工程师：潮汐与码头',
    '海岸周刊：码头为什么要加高？**柯明远：**',
    '因为海平面在上升，这是二十年的趋势。',
    '旧码头夜景（图｜海岸周刊资料库）',
    '海岸周刊：加高要多久？**柯明远****：**大约三年。他们会想：能不能更快？不能。',
    '《潮汐》剧照',
    '海岸周刊：最后一个问题，您担心什么？**柯明远：**“不舒服”的是台风季。',
    '排版：小林 / 审核：小周',
    '本文为原创内容，版权归「海岸周刊」所有。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('cuts each answer from its question, and keeps captions, credits and the rights line out of the words', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null, t.text.zh]),
      [
        ['question', '海岸周刊', '码头为什么要加高？'],
        ['answer', '柯明远', '因为海平面在上升，这是二十年的趋势。'],
        ['question', '海岸周刊', '加高要多久？'],
        ['answer', '柯明远', '大约三年。他们会想：能不能更快？不能。'],
        ['question', '海岸周刊', '最后一个问题，您担心什么？'],
        ['answer', '柯明远', '“不舒服”的是台风季。'],
      ],
    );
  });
});

describe('a video interview with a pointer before each bold label and the day it was recorded in a field', () => {
  const text = [
    '---',
    'title: "对话李四：港口与航运"',
    'date: "2031-02-12 19:09:55"',
    '---',
    '***采访时间：2031年1月5日，航运论坛现场***',
    '**▶海岸会客厅：**您好，今年航运怎么看？',
    '**▶李四：**运价会回落。',
    '▶海岸会客厅：那港口呢？',
    '▶李四：港口会更忙。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the labels after the pointers, and dates the interview by the day recorded, not the day posted', () => {
    assert.equal(record.conference.date, '2031-01-05');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.label, t.text.zh]),
      [
        ['question', '海岸会客厅', '您好，今年航运怎么看？'],
        ['answer', '李四', '运价会回落。'],
        ['question', '海岸会客厅', '那港口呢？'],
        ['answer', '李四', '港口会更忙。'],
      ],
    );
  });
});

describe('a repost with wiki links in the words, italic questions and the head of state named before the office', () => {
  const text = [
    '## 林海总统接受《北岸日报》专访纪实',
    '[[zh:林海]]总统日前接受《[[zh:北岸日报]]》专访，谈及[[zh:港口]]与[[Harbour Board|港务局]]。专访问答内容如下：',
    '*问：在[[zh:柯明]]总统和[[zh:王五]]会谈后，您怎么看[[zh:航运]]？*',
    '**总统**：[[zh:航运]]的确面临压力。',
    '*问：那[[zh:港口]]呢？*',
    '**总统**：港口会更忙。',
    '*编辑补充：本文的[[zh:港口]]数据来自港务局。*',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the links as the words they show, the italic marks as questions, and names the president from the title', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.text.zh]),
      [
        ['question', null, '在柯明总统和王五会谈后，您怎么看航运？'],
        ['answer', '林海', '航运的确面临压力。'],
        ['question', null, '那港口呢？'],
        ['answer', '林海', '港口会更忙。'],
      ],
    );
  });
});

describe('a report whose lead says the official met the press yesterday evening', () => {
  const text = [
    '---',
    'title: "港務局：渡輪下週復航"',
    'date: "2031-03-04"',
    '---',
    '港務局局長柯明遠昨傍晚見記者時，宣布渡輪下週復航。以下為問答節錄：',
    '記者問：為何延誤？',
    '柯明遠答：天氣太差。',
    '記者問：何時復航？',
    '柯明遠答：下週一。',
  ].join('\n\n');

  it('dates the conference the day before the report was posted', () => {
    assert.equal(importTranscript(text).record.conference.date, '2031-03-03');
  });
});

describe('speaker headings where an outlet’s Latin brand opens in lower case, once with an ASCII colon', () => {
  const text = [
    '# 2031-05-30 港務部例行記者會逐字稿',
    '### 司儀：',
    '現在進行媒體提問。',
    '### iNews：',
    '請問渡輪何時復航？',
    '### 柯明遠：',
    '下週一。',
    '### iNews:',
    '票價會調整嗎？',
    '### 柯明遠：',
    '不會。',
  ].join('\n\n');

  it('reads both as the outlet’s questions', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.outlet?.name ?? t.speaker?.name ?? null]),
      [
        ['moderation', '司儀'],
        ['question', 'iNews'],
        ['answer', '柯明遠'],
        ['question', 'iNews'],
        ['answer', '柯明遠'],
      ],
    );
  });
});

describe('a news site’s interview: a reporter’s byline, the story’s day then the interview’s, a bold question with a Latin acronym', () => {
  const text = [
    '---',
    'title: "对话港口前员工：希望和公司沟通"',
    'date: 2031-12-02',
    '---',
    '记者：林晓雯',
    '11月28日，有网友曝光了一份决定书。',
    '12月1日下午，海岸新闻采访了这位前员工柯明远。',
    '**以下是采访内容：**',
    '**海岸新闻：这件事是你自己曝光的吗？**',
    '**柯明远：**不是。',
    '**海岸新闻：****你和HR的录音为什么直到这个时间点才交？**',
    '**柯明远：**因为之前找不到。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('takes no byline for a question, dates the interview, and keeps the acronym’s question', () => {
    assert.equal(record.conference.date, '2031-12-01');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.outlet?.name ?? t.speaker?.name ?? null]),
      [
        ['question', '海岸新闻'],
        ['answer', '柯明远'],
        ['question', '海岸新闻'],
        ['answer', '柯明远'],
      ],
    );
  });
});

describe('prose with a colon that opens like a label, and a translator’s "To be continued"', () => {
  const text = [
    '记者：海外市场怎么样？',
    '柯明远：还在增长。',
    '以南岸为例：去年增长了三成。',
    '记者：国内呢？',
    '柯明远：持平。',
    '柯明远又指：「明年会更好。」',
    'To be continued...',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('keeps the example and the reported words in the answers, and the serial’s mark out', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['question', '记者'],
        ['answer', '柯明远'],
        ['question', '记者'],
        ['answer', '柯明远'],
      ],
    );
    assert.doesNotMatch(record.turns.at(-1)!.text.zh!, /continued/);
  });
});

describe('foreign reporters labelled by a Latin outlet, in book-title marks or not, then the name', () => {
  const text = [
    '《Harbour Weekly》Tomas Berg：华为会采取哪些行动？',
    '柯明远：我们会继续合作。',
    'HTV Mara Quist：您怎么看关税？',
    '柯明远：关税对大家都不好。',
  ].join('\n\n');

  it('names the reporter and gives the question the outlet', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Tomas Berg', 'Harbour Weekly'],
        ['answer', '柯明远', null],
        ['question', 'Mara Quist', 'HTV'],
        ['answer', '柯明远', null],
      ],
    );
  });
});

describe('a foreign answerer’s bold name, with its dot, glued to the end of a question', () => {
  const text = [
    '# 专访海洋学家：潮汐的声音',
    '海岸周刊：您为什么研究潮汐？**玛丽亚·桑托斯：**',
    '因为我在海边长大。',
    '海岸周刊：潮汐会变吗？**玛丽亚·桑托斯：**会，但很慢。',
    '海岸周刊：您最担心什么？**玛丽亚·桑托斯：**风暴潮。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('cuts each answer from its question', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null, t.text.zh]),
      [
        ['question', '海岸周刊', '您为什么研究潮汐？'],
        ['answer', '玛丽亚·桑托斯', '因为我在海边长大。'],
        ['question', '海岸周刊', '潮汐会变吗？'],
        ['answer', '玛丽亚·桑托斯', '会，但很慢。'],
        ['question', '海岸周刊', '您最担心什么？'],
        ['answer', '玛丽亚·桑托斯', '风暴潮。'],
      ],
    );
  });
});

describe('a question’s label on the line after an answer’s sentence that closes a bold run, no blank line between', () => {
  const text = [
    '# 专访港口工程师：潮汐与码头',
    '',
    '海岸周刊：码头为什么要加高？**柯明远：**',
    '因为海平面在上升。**这是二十年的趋势。**',
    '海岸周刊：加高要多久？**柯明远：**',
    '大约三年。',
    '海岸周刊：您担心什么？**柯明远：**台风季。',
  ].join('\n');
  const { record } = importTranscript(text, { fileName: 'interview.md' });

  it('opens the question at its label', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.text.zh]),
      [
        ['question', '码头为什么要加高？'],
        ['answer', '因为海平面在上升。**这是二十年的趋势。**'],
        ['question', '加高要多久？'],
        ['answer', '大约三年。'],
        ['question', '您担心什么？'],
        ['answer', '台风季。'],
      ],
    );
  });
});
