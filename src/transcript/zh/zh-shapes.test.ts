// Chinese shapes of issue 10 (shape e), each in a fixture of our own: a numbered release whose
// answerer is named only in the title, a portal's republication with a dateline lead, numbered
// announcements and editorial furniture, and a Traditional Chinese blog post with a role label.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../../domain/record.ts';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';
import { chineseLabels } from '../labels/chinese.ts';
import { identify } from '../identity.ts';
import { principalNamedIn } from './preamble.ts';
import { foldedToSimplified } from './script.ts';

/** [kind, label, speaker name, speaker role, outlet, replyTo] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null, t.replyTo]);
}

const allText = (record: ConferenceRecord) => record.turns.map((t) => Object.values(t.text).join('\n')).join('\n');

describe('a numbered release answered by a spokesperson named only in the title', () => {
  const { record } = importTranscript(fixture('zh-numbered-release.txt'));

  it('reads "一、问：……答：……" as a question and its answer, and "答" as the spokesperson', () => {
    assert.deepEqual(shape(record), [
      ['question', '问', null, null, null, null],
      ['answer', '答', '林晓岚', 'principal', null, 1],
      ['question', '问', null, null, null, null],
      ['answer', '答', '林晓岚', 'principal', null, 3],
      ['question', '《海港日报》记者', null, null, '海港日报', null],
      ['answer', '答', '林晓岚', 'principal', null, 5],
      ['question', '《海港日报》记者（追问）', null, null, '海港日报', null],
      ['answer', '答', '林晓岚', 'principal', null, 7],
    ]);
    assert.equal(record.conference.title, '外交部发言人林晓岚答记者问');
  });

  it('keeps a clause that ends in a full-width colon inside the answer', () => {
    assert.match(record.turns[3]!.text.zh!, /双方在以下几点达成共识：\s*第一/u);
  });
});

describe('a press conference republished by a news portal', () => {
  const { record, report } = importTranscript(fixture('zh-portal-release.html'));

  it('tells the dateline lead as narration and the numbered announcements as the spokesperson’s statement', () => {
    assert.deepEqual(shape(record).slice(0, 4), [
      ['narration', null, null, null, null, null],
      ['statement', null, '林晓岚', 'principal', null, null],
      ['question', '问', null, null, null, null],
      ['answer', '答', '林晓岚', 'principal', null, 3],
    ]);
    assert.match(record.turns[1]!.text.zh!, /^一、应外交部长邀请/u);
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 3);
  });

  it('takes the title from "原标题", the year from the document, and leaves editor and promotion out', () => {
    assert.equal(record.conference.title, '外交部就北溟国外长访华等答问');
    assert.equal(record.conference.date, '2031-05-12');
    const text = allText(record);
    for (const furniture of ['原标题', '编辑', 'WX042', '二维码', '以下是外交部网站公布的答问实录']) {
      if (furniture === '以下是外交部网站公布的答问实录') assert.equal(record.turns[0]!.text.zh!.includes(furniture), true);
      else assert.equal(text.includes(furniture), false, furniture);
    }
    assert.ok(report.some((c) => c.before === '编辑：WX042'));
  });
});

describe('a Traditional Chinese post quoting a stand-up', () => {
  const { record } = importTranscript(fixture('zh-traditional-blog.md'));

  it('names the office label "行政長官" from the lead, "記者" asks, and a second stand-up’s dateline is narration', () => {
    assert.deepEqual(
      shape(record).map((s) => s.slice(0, 4)),
      [
        ['narration', null, null, null],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林嘉欣', 'principal'],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林嘉欣', 'principal'],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林嘉欣', 'principal'],
        ['narration', null, null, null],
        ['answer', '行政長官', '林嘉欣', 'principal'],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林嘉欣', 'principal'],
      ],
    );
    assert.match(record.turns[7]!.text.zh!, /^6月3日行政長官林嘉欣於行政會議前會見傳媒/u);
    assert.match(record.turns[8]!.text.zh!, /^接着我想談談/u);
    assert.equal(record.turns[6]!.text.zh, '我會考慮。');
    assert.deepEqual(record.people.find((p) => p.name === '林嘉欣')?.titles, ['行政長官']);
  });

  it('dates the stand-up by the lead, not by the page’s publication, and drops figure and subscription footer', () => {
    assert.equal(record.conference.date, '2031-06-02');
    const text = allText(record);
    for (const furniture of ['資料圖片', '月費訂戶', 'example.org', 'council.jpg']) assert.equal(text.includes(furniture), false, furniture);
  });
});

describe('Chinese labels', () => {
  it('are short names, outlets or roles, never clauses', () => {
    assert.equal(chineseLabels.parse('以下是外交部网站公布的答问实录：'), null);
    assert.equal(chineseLabels.parse('双方在以下几点达成共识：'), null);
    assert.equal(chineseLabels.parse('他表示：我们欢迎。'), null);
    assert.equal(chineseLabels.parse('《环球时报》记者：请问……')?.label, '《环球时报》记者');
    assert.equal(chineseLabels.parse('二、问：请问……')?.label, '问');
    assert.equal(chineseLabels.parse('文在寅：谢谢。')?.label, '文在寅');
  });

  it('read Traditional words, notes and offices before a name', () => {
    assert.deepEqual(identify('記者'), { type: 'questioner' });
    assert.deepEqual(identify('問'), { type: 'questioner' });
    assert.deepEqual(identify('彭博社记者追问'), { type: 'outlet', outlet: '彭博社' });
    assert.deepEqual(identify('记者追问'), { type: 'follow-up' });
    assert.deepEqual(identify('外交部发言人汪文斌'), { type: 'person', name: '汪文斌', titles: ['外交部发言人'], outlet: null, role: null });
  });
});

describe('the principal named in a Chinese title or lead', () => {
  it('is the name after an office, before what they did', () => {
    const cases: Array<[string, string | null]> = [
      ['外交部发言人汪文斌答记者问', '汪文斌'],
      ['2031年3月7日外交部发言人林晓岚主持例行记者会', '林晓岚'],
      ['东湾网7月6日电 外交部发言人林晓岚6日主持例行记者会，就有关问题答记者问。', '林晓岚'],
      ['以下為行政長官林嘉欣今日（六月二日）上午出席行政會議前會見傳媒的談話全文：', '林嘉欣'],
      ['外交部副发言人周明远表示', '周明远'],
      // Topics listed with "等" name nobody.
      ['外交部就北溟国外长访华等答问', null],
    ];
    // (Read as the importer reads Chinese: folded to Simplified characters, zh/script.ts.)
    for (const [text, name] of cases) assert.equal(principalNamedIn([foldedToSimplified(text)]), name && foldedToSimplified(name), text);
  });
});

describe('a news agency’s report of a press conference', () => {
  const { record } = importTranscript(fixture('zh-news-report.txt'));

  it('reads "有记者提问" as an anonymous question, "路透社记者提问" as the outlet’s, and the spokesperson’s office as a title', () => {
    assert.deepEqual(shape(record), [
      ['narration', null, null, null, null, null],
      ['question', '有记者提问', null, null, null, null],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 2],
      ['question', '路透社记者提问', null, null, '路透社', null],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 4],
      ['question', '有外国记者提问', null, null, null, null],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 6],
    ]);
    assert.deepEqual(record.people[0]!.titles, ['外交部发言人']);
  });

  it('keeps a list the answer introduces with a colon inside the answer', () => {
    assert.match(record.turns[6]!.text.zh!, /一致同意：\n\n一、加强海上搜救合作；\n\n二、推动港口互联互通。$/u);
  });
});

describe('a news write-up whose answers are told ("林晓东表示，…") and whose later questions are "另有记者问"', () => {
  const { record } = importTranscript(fixture('zh-reported-speech.txt'));

  it('reads each told answer as the spokesperson’s and "另有记者问" as another anonymous reporter, not an outlet "另有"', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['question', null, null],
        ['answer', '林晓东', null],
        ['question', null, null],
        ['answer', '林晓东', null],
        ['question', null, null],
        ['answer', '林晓东', null],
      ],
    );
    assert.deepEqual(record.outlets, []);
  });
});

describe('a news write-up whose questions are told with a comma ("有记者提问，…？") and whose answers name the office first', () => {
  it('reads each told question and each answer told of "市水务局局长周立平介绍，…" as the official’s', () => {
    const { record } = importTranscript(fixture('zh-told-questions.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', '周立平'],
        ['question', null],
        ['answer', '陈晓红'],
      ],
    );
    assert.equal(record.turns[1]!.text.zh, '今年汛期全市的主要风险点在哪里？');
  });
});

describe('a translated TV interview reposted with the interviewers’ outlet in the lead', () => {
  const { record } = importTranscript(fixture('zh-translated-interview.md'));

  it('names "林大使" and "莫兰" in full from the lead, takes the outlet the lead says interviewed, and leaves the credits out', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['凯瑟琳·莫兰', 'journalist'],
        ['林海', 'principal'],
      ],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['北方广播公司'],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'question', 'answer', 'question', 'answer', 'interjection', 'answer'],
    );
    assert.ok(record.turns.every((t) => !t.text.zh!.includes('素材来源')));
  });
});

describe('a repost whose front matter gives its own title over the release’s heading', () => {
  it('names the answerer from the heading "…新闻发言人罗静就…答记者问"', () => {
    const { record } = importTranscript(fixture('zh-repost-heading.md'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '罗静'],
      ],
    );
  });
});

describe('a magazine account’s interview: "名字｜标题", 问/答, a quoted headline in bold, the issue’s shop after it', () => {
  const { record } = importTranscript(fixture('zh-magazine-interview.md'));

  it('gives the answers to the one the headline names and leaves the shop and the issue’s contents out', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', '林望舒'],
        ['question', null],
        ['answer', '林望舒'],
        ['question', null],
        ['answer', '林望舒'],
      ],
    );
    assert.equal(record.turns.at(-1)!.text.zh, '还是东湾港。我在它旁边长大。');
  });
});

describe('an interview whose last question and answer share a line ("…规划？ 周总：…")', () => {
  it('cuts the answer from the question where the label the document opens lines with stands', () => {
    const { record } = importTranscript(fixture('zh-shared-line-answer.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['question', '记者'],
        ['answer', '周总'],
        ['question', '记者'],
        ['answer', '周总'],
        ['question', '记者'],
        ['answer', '周总'],
      ],
    );
  });
});

describe('Q/A marks typed with either colon in one Chinese page ("Q:" and "Q：")', () => {
  it('reads every question and answer, whichever colon it was typed with', () => {
    const { record } = importTranscript(fixture('zh-mixed-colons.md'));
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(record.turns[6]!.text.zh, '貨船不用再排隊了，等待時間會減少一半。');
  });
});

describe('a feed item: a crawler’s stamp, a linked title over "------", the article as HTML', () => {
  it('takes the linked title as the title, whatever colon it holds, and reads the article', () => {
    const { record } = importTranscript(fixture('zh-feed-item.md'));
    assert.equal(record.conference.title, '港口局长：新码头明年完工');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', '林海'],
        ['question', null],
        ['answer', '林海'],
      ],
    );
  });

  it('reads "…答" after a name as that person answering', () => {
    assert.deepEqual(identify('玛诺吉·科瓦拉马尼答'), { type: 'person', name: '玛诺吉·科瓦拉马尼', titles: [], outlet: null, role: null });
    assert.deepEqual(identify('外交部发言人汪文斌答'), { type: 'person', name: '汪文斌', titles: ['外交部发言人'], outlet: null, role: null });
  });
});

describe('a government release of a stand-up, in Traditional Chinese with an English exchange', () => {
  const { record, report } = importTranscript(fixture('zh-government-release.txt'));

  it('gives each turn its own language and leaves the release’s closing marks out', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, Object.keys(t.text).join('+')]),
      [
        ['narration', null, null, 'zh'],
        ['statement', '行政長官', '林嘉欣', 'zh'],
        ['question', '記者', null, 'zh'],
        ['answer', '行政長官', '林嘉欣', 'zh'],
        ['question', '記者', null, 'en'],
        ['answer', '行政長官', '林嘉欣', 'en'],
      ],
    );
    assert.deepEqual(record.conference.languages, ['zh', 'en']);
    assert.equal(record.turns[5]!.text.en, 'No, it will not be delayed. We will keep to the timetable.');
    for (const mark of ['完', '（請同時參閱開場發言及答問內容的英文部分。）', '香港時間11時35分'])
      assert.ok(
        report.some((c) => c.before === mark),
        mark,
      );
  });

  it('dates the stand-up by the release’s issue stamp, which the lead’s "今日（六月二日）" agrees with', () => {
    assert.equal(record.conference.date, '2031-06-02');
  });
});

describe('Chinese clause openers and portal footers', () => {
  it('never takes a point of an answer for a label', () => {
    for (const line of ['关于第一个问题：我们注意到了。', '此外：我还想补充一点。', '第二：加强合作。']) assert.equal(chineseLabels.parse(line), null, line);
  });

  it('names the spokesperson an office label stands for, from the lead', () => {
    const text =
      '东湾网7月6日电 外交部发言人林晓岚6日主持例行记者会。\n\n记者：请问访问的日期？\n\n发言人：下周一。\n\n【纠错】\n\n相关新闻：外交部谈海洋合作论坛\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.text.zh]),
      [
        ['narration', null, '东湾网7月6日电 外交部发言人林晓岚6日主持例行记者会。'],
        ['question', null, '请问访问的日期？'],
        ['answer', '林晓岚', '下周一。'],
      ],
    );
  });
});

describe('editorial lines', () => {
  it('are furniture with a name or source, speech with a sentence', () => {
    const text = '来源：东湾网\n\n主持人：欢迎作者来到节目。\n\n作者：谢谢，很高兴来这里。\n\n主持人：这本书写了多久？\n\n作者：三年。\n\n责任编辑：周明\n';
    const { record, report } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.label, t.text.zh]),
      [
        ['主持人', '欢迎作者来到节目。'],
        ['作者', '谢谢，很高兴来这里。'],
        ['主持人', '这本书写了多久？'],
        ['作者', '三年。'],
      ],
    );
    assert.deepEqual(
      report.filter((c) => c.rule === 'header-footer').map((c) => c.before),
      ['来源：东湾网', '责任编辑：周明'],
    );
  });
});

describe('a social-media post quoting one exchange', () => {
  const { record, report } = importTranscript(fixture('zh-weibo-post.txt'));

  it('takes the bracketed headline for the title and leaves topic tags out', () => {
    assert.equal(record.conference.title, '北溟国外长将访华？外交部回应');
    assert.equal(record.conference.date, '2031-05-12');
    assert.deepEqual(shape(record), [
      ['narration', null, null, null, null, null],
      ['question', '法新社记者', null, null, '法新社', null],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 2],
    ]);
    assert.equal(record.turns[2]!.text.zh, '中方欢迎北溟国外长访华，具体安排将适时发布。');
    assert.equal(report.filter((c) => c.reason.includes('topic tag')).length, 2);
  });
});

describe('a news report quoting the ministry’s record', () => {
  const { record } = importTranscript(fixture('zh-weekday-report.md'));

  it('names "答" by the person the headline quotes, and dates it by the weekday before publication', () => {
    assert.deepEqual(shape(record), [
      ['narration', null, null, null, null, null],
      ['question', '問', null, null, null, null],
      ['answer', '答', '林晓岚', 'principal', null, 2],
    ]);
    assert.equal(record.conference.date, '2031-05-13');
  });
});

describe('reporters labelled by an outlet’s short name', () => {
  const text = [
    '院會後記者會',
    '',
    '發言人：今天院會通過三項法案，我先簡單說明。',
    '',
    '央廣：請問發言人，法案何時送立法院？',
    '',
    '發言人：下週就會送出。',
    '',
    '聯合：想追問經費的部分，總共多少？',
    '',
    '發言人：大約二十億元。',
    '',
    'NHK：日本方面有沒有合作的計畫？',
    '',
    '發言人：目前還在討論。',
  ].join('\n');
  const { record } = importTranscript(text);

  it('reads "央廣", "聯合" and "NHK" as the outlets asking, not as people', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.deepEqual(
      questions.map((t) => [t.speaker, t.outlet?.name]),
      [
        [null, '央廣'],
        [null, '聯合'],
        [null, 'NHK'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 3);
  });
});

describe('a news report of one exchange, the answer in reported speech', () => {
  const { record } = importTranscript(fixture('zh-reported-answer.md'));

  it('reads the labelled question and gives the reported answer to the official the lead presents', () => {
    assert.deepEqual(
      shape(record).filter(([kind]) => kind !== 'narration'),
      [
        ['question', '北港晚报记者现场提问', null, null, '北港晚报', null],
        ['answer', '周明', '周明', 'principal', null, 2],
      ],
    );
    assert.equal(record.conference.title, '港口如何扩能？交通部回应');
    assert.match(record.turns.at(-1)!.text.zh!, /^周明回应表示，新港区/u);
  });

  it('leaves captions, the byline and the portal’s promotion out of the answer', () => {
    const answer = record.turns.at(-1)!.text.zh!;
    for (const furniture of ['现场提问图', '作者', '股民福利', '尽在港口财经APP']) assert.equal(answer.includes(furniture), false, furniture);
    assert.match(answer, /”周明表示。$/u);
  });
});

describe('speaker headings with a questioner role and notes inside the answers', () => {
  const text = [
    '# 2031-05-12 港口記者聯訪',
    '### 主持人：',
    '歡迎林部長。',
    '### 提問者：',
    '新港區何時啟用？',
    '### 林遠：',
    '明年一季度。',
    '注意：這不是最後的時程。',
    '像潮汐一樣：每年都會調整。',
    '### 提問者：',
    '經費呢？',
    '### 林遠：',
    '大約二十億元。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads "提問者" as the press, and "注意：" or "像潮汐一樣：" inside an answer as the answer’s words', () => {
    assert.deepEqual(
      shape(record).map((s) => s.slice(0, 3)),
      [
        ['moderation', '主持人', '主持人'],
        ['question', '提問者', null],
        ['answer', '林遠', '林遠'],
        ['question', '提問者', null],
        ['answer', '林遠', '林遠'],
      ],
    );
    assert.match(record.turns[2]!.text.zh!, /注意：這不是最後的時程。\s*像潮汐一樣：每年都會調整。$/u);
  });
});

describe('a release printed as one long line, every label inside it (after a sentence or an ellipsis)', () => {
  const { record } = importTranscript(fixture('zh-inline-release.txt'));

  it('starts a turn at each label after a finished sentence, and names the offices from the lead', () => {
    assert.deepEqual(
      shape(record).map((s) => s.slice(0, 4)),
      [
        ['narration', null, null, null],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林遠', 'principal'],
        ['question', '記者', null, null],
        ['answer', '行政長官', '林遠', 'principal'],
        ['answer', '運輸局局長', '周明', 'principal'],
        ['question', '記者', null, null],
        ['answer', '運輸局局長', '周明', 'principal'],
      ],
    );
    assert.equal(record.conference.title, '行政長官會見傳媒答問全文');
    assert.equal(record.conference.date, '2031-05-12');
    assert.equal(record.turns.at(-1)!.text.zh, '兩年內不會。');
  });

  it('reads the labels alike where the page typed them with ASCII colons ("記者: 想問…")', () => {
    const typed = importTranscript(fixture('zh-inline-release.txt').toString('utf8').replaceAll('：', ': ')).record;
    assert.deepEqual(
      shape(typed).map((s) => s.slice(0, 4)),
      shape(record).map((s) => s.slice(0, 4)),
    );
  });
});

describe('a Chinese exchange typed with ASCII colons', () => {
  const text = [
    '海港局长专访: 新码头何时启用',
    '记者: 请问新码头何时启用？',
    '林远: 明年春天。我们已经完成了主体工程。',
    '记者: 费用是多少？',
    '林远: 大约二十亿元，比预算少一些。局长补充说: 工期不变。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the recurring names and the reporter as labels, and leaves the title’s and a sentence’s colon as printed', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['question', '记者'],
        ['answer', '林远'],
        ['question', '记者'],
        ['answer', '林远'],
      ],
    );
    assert.equal(record.conference.title, '海港局长专访: 新码头何时启用');
    assert.equal(record.turns.at(-1)!.text.zh, '大约二十亿元，比预算少一些。局长补充说: 工期不变。');
  });
});

describe('speaker headings typed with ASCII colons, a Latin name among them', () => {
  const text = [
    '# 2031-01-01 記者會',
    '### 林海:',
    '各位早安。今天報告三件事。',
    '### Kolas Yotaka:',
    '首先是颱風的準備。',
    '### 記者:',
    '請問颱風何時登陸？',
    '### 林海:',
    '明天上午。',
  ].join('\n\n');

  it('reads every heading as a label, the Latin name with the Chinese ones', () => {
    assert.deepEqual(
      importTranscript(text).record.turns.map((t) => [t.kind, t.label]),
      [
        ['statement', '林海'],
        ['statement', 'Kolas Yotaka'],
        ['question', '記者'],
        ['answer', '林海'],
      ],
    );
  });
});

describe('a translated talk: field lines on top, then 问/答 from the floor', () => {
  const text = [
    '---\ntitle: Harbour Policy\nspeakers:\n  - Ana Okafor\ndate: 2031-05-12\n---',
    '主题：港口政策须知',
    '位置：Harbour Summit',
    '幻灯片：https://example.org/slides',
    '## 引言',
    '大家好，我今天讲港口政策。',
    '问：新港区何时启用？',
    '答：明年一季度。',
    '问：经费呢？',
    '答：大约二十亿元。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads no field as a speaker, and gives "答" to the one speaker the front matter lists', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Okafor'],
        ['question', null],
        ['answer', 'Ana Okafor'],
        ['question', null],
        ['answer', 'Ana Okafor'],
      ],
    );
    assert.equal(
      record.people.some((p) => p.name === '位置' || p.name === '主题'),
      false,
    );
  });
});

describe('a magazine interview reposted: credits, a lead, a publication as the asker, an editor’s note, a rights notice', () => {
  const text = [
    '---\ntitle: 追问港务局专家：为何没有提前预警？\ndate: 2031-03-02\n---',
    '文：林小雨',
    '图：海港图片社',
    '港务局专家组一位成员匿名接受《海港周刊》记者专访时称，当时掌握的信息有限。',
    '以下为这位专家接受《海港周刊》记者专访的内容。',
    '《海港周刊》：你们当时为什么没有预警？',
    '专家：我们当时只看到三份报告，不足以下结论。',
    '（编者注：港务局3月1日发布通报称，三份报告均来自同一码头。）',
    '我们的建议是继续观察。',
    '《海港周刊》：现在回头看呢？',
    '专家：现在看，应该更早公开。',
    '【版权声明】本作品著作权归《海港周刊》所有，未经授权不得转载。',
    '本文未经允许请勿转载',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads no credit line as a speaker and makes the lead narration', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['question', null, '海港周刊'],
        ['answer', '专家', null],
        ['question', null, '海港周刊'],
        ['answer', '专家', null],
      ],
    );
  });

  it('keeps the editor’s note and the rights notice out of the answers', () => {
    assert.equal(record.turns[2]!.text.zh, '我们当时只看到三份报告，不足以下结论。\n\n我们的建议是继续观察。');
    assert.equal(record.turns.at(-1)!.text.zh, '现在看，应该更早公开。');
    assert.ok(record.turns[0]!.text.zh?.includes('以下为这位专家'));
  });
});

describe('a numbered meeting with foreign reporters: "3、海港日报Ana Lima:" labels', () => {
  const text = [
    '# 与外国媒体会谈纪要',
    '林董事长：欢迎各位，很高兴见到大家。',
    '1、海港日报Ana Lima:您这次来伦敦，是为了生意吗？',
    '林董事长：生意和观光都有。',
    '2、BBC记者Tom Reyes-Hart:您担心通话被监听吗？',
    '林董事长：不担心，我没有秘密。',
    '3、海港日报Ana Lima：那么工厂何时开工？',
    '林董事长：明年春天。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the number, the outlet and the reporter’s Latin name, with either colon', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Ana Lima', '海港日报'],
        ['Tom Reyes-Hart', 'BBC'],
        ['Ana Lima', '海港日报'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 3);
  });
});

describe('a group interview the lead tells of, the questions under "记者：" alone', () => {
  const text = [
    '港务局长谈新港区',
    '5月3日下午，港务局长林海接受了《海港日报》《南岸晚报》和《港口周刊》三家媒体的联合采访。',
    '记者：新港区何时启用？',
    '林海：明年一季度。',
    '记者：经费够吗？',
    '林海：够用。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('lists the outlets the lead names as the ones that asked', () => {
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['海港日报', '南岸晚报', '港口周刊'],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'question').length, 2);
  });
});

describe('a feed item: a linked title over "------", a date line, then the body as one line of HTML', () => {
  const body = [
    '<p>港务局请来海事专家林海文，以下是对林海文教授的专访。</p>',
    '<p><strong>记者：您为什么关注新码头？</strong></p>',
    '<p>林海文：因为它改变了整个港湾。</p><p>这是我第二段回答。</p>',
    '<p><strong>记者：工期会延误吗？</strong></p>',
    '<p>林海文：不会。</p>',
    '<p><strong>记者：最后一个问题，费用呢？</strong></p>',
    '<p>林：在预算之内。</p>',
    '<p>（感谢林海文教授接受专访）</p>',
  ].join('');
  const text = `[港湾观察｜专访海事专家林海文](https://example.org/2031/05/harbour)\n------\n日期：Thu, 02 May 2031 10:00:00 +0000\n\n${body}\n`;
  const { record } = importTranscript(text);

  it('takes the link’s words for the title and reads the body’s markup as paragraphs', () => {
    assert.equal(record.conference.title, '港湾观察｜专访海事专家林海文');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '林海文'],
        ['question', null],
        ['answer', '林海文'],
        ['question', null],
        ['answer', '林海文'],
      ],
    );
  });

  it('keeps the editor’s closing thanks out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.zh, '在预算之内。');
  });
});

describe('a clause with 有 before a full-width colon inside an answer', () => {
  it('is the answer’s words, not a speaker', () => {
    const text = [
      '陈晓：你们的产品线怎么分？',
      '顾明：我们分两条。',
      '机器狗条线有两款：小款叫海豚，大款叫鲸鱼。',
      '陈晓：价格呢？',
      '顾明：小款两万元。',
      '陈晓：谢谢。',
      '顾明：不客气。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['陈晓', '顾明'],
    );
    assert.equal(record.turns[1]!.text.zh, '我们分两条。\n\n机器狗条线有两款：小款叫海豚，大款叫鲸鱼。');
  });
});

describe('a saved article page: its <title>, a lead that names the ones interviewed, then bold labels', () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8" /><title>港口融资进入冬天：码头如何过冬？</title></head><body>',
    '<p>去年秋天，港务局举办过一场融资论坛。那时候，新码头还没有动工。</p>',
    '<p>如今资金趋紧，码头该如何度过这个冬天？</p>',
    '<p><strong>海港资本合伙人林海、南岸银行副总裁王晓各自给出了看法。</strong></p>',
    '<p><strong>记者：</strong>现在融资趋冷，您怎么看？</p>',
    '<p><strong>林海：</strong>我们的步骤不会受影响。</p>',
    '<p><strong>王晓：</strong>我们会更谨慎。</p>',
    '<p><strong>记者：</strong>明年会好转吗？</p>',
    '<p><strong>林海：</strong>会的。</p>',
    '</body></html>',
  ].join('\n');
  const { record } = importTranscript(page);

  it('takes the page’s <title> for the title and the whole lead for narration', () => {
    assert.equal(record.conference.title, '港口融资进入冬天：码头如何过冬？');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', '林海'],
        ['answer', '王晓'],
        ['question', null],
        ['answer', '林海'],
      ],
    );
  });
});

describe('a clipped WeChat interview: an account card mid-article, credits and an end mark after it', () => {
  const text = [
    '# 港务局长谈新码头',
    '《港湾》：新码头何时启用？',
    '林海：明年春天。',
    '**港湾观察**',
    '港湾观察 harbour.example 每月发布港口榜单。',
    '14篇原创内容',
    '公众号',
    '《港湾》：费用呢？',
    '林海：在预算之内。',
    '· FIN ·',
    '\\*头图来源：海港图片社',
    '本文为港湾观察原创文章，转载请联系编辑',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('keeps the card, the end mark and the credits out of the turns', () => {
    assert.deepEqual(
      record.turns.map((t) => t.text.zh),
      ['新码头何时启用？', '明年春天。', '费用呢？', '在预算之内。'],
    );
  });
});

describe('an account’s promotions after a Chinese page’s rights line', () => {
  it('are taken out with it, however many lines they run', () => {
    const promo = Array.from({ length: 16 }, (_, k) => `**推荐阅读 ${k + 1}**`);
    const text = [
      '记者：码头何时启用？',
      '林海：明年春天。',
      '记者：费用呢？',
      '林海：在预算之内。',
      '本文为港湾观察原创文章，转载请联系编辑',
      '**港湾一问**',
      ...promo,
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)!.text.zh, '在预算之内。');
  });
});

describe('an account’s “more reading” list in bold after the last answer', () => {
  it('is taken out with the links under it', () => {
    const exchanges = Array.from({ length: 30 }, (_, k) => [
      `**记者：第${k + 1}个问题，码头何时启用？**`,
      `林海：第${k + 1}次回答，明年春天，先修东堤，再挖航道。`,
    ]).flat();
    const text = [
      ...exchanges,
      '记者：费用呢？',
      '林海：在预算之内。',
      '[![](http://example.org/banner.png)](http://example.org/promo)',
      '*** ** * ** ***',
      '**更多阅读**',
      '[港口扩建的十年](http://example.org/a)',
      '[航道为什么要挖深](http://example.org/b)',
      '[东堤的故事](http://example.org/c)',
      '![](http://example.org/card.png)',
      '**港湾观察**',
      '专注港口与航运的真问题。',
      '128篇原创内容',
      '转载原创文章请添加微信：harbourwatch',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)!.text.zh, '在预算之内。');
  });
});

describe('a profile’s fields over an interview', () => {
  it('are no speakers, in Chinese or English', () => {
    const text = [
      '年龄：28',
      '地区：海港市',
      'IRC 昵称：harbour10',
      'Age: 28',
      'IRC Nick: harbour10',
      '记者：你用Linux多久了？',
      '林海：十年。',
      '记者：第一个发行版呢？',
      '林海：红帽。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['林海'],
    );
  });
});

describe('a spokesperson the title names by office only, and the site a repost credits after the answer', () => {
  const text =
    '<html><head><title>港务局发言人就航道封闭答记者问</title></head><body><p>问：航道封闭会持续多久？</p><p>答：大约两周。</p><p>我们会每天通报进展。(港务局网站)</p><p>【编辑:周禾】</p></body></html>';
  const { record } = importTranscript(text);

  it('gives the answer to the office the title names, without the credit', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '港务局发言人'],
      ],
    );
    assert.equal(record.turns[1]!.text.zh, '大约两周。\n\n我们会每天通报进展。');
  });
});

describe('an editor’s subheadings between the turns of an interview', () => {
  it('takes a Chinese subheading whose bold was lost, and a bold one, out of the answer before it', () => {
    const text = [
      '记者：新码头什么时候完工？',
      '林海：明年春天。我们已经完成了三分之二。',
      '工期与造价 两年完工',
      '记者：造价是多少？',
      '林海：大约二十亿元。',
      '**渔民的去留**',
      '记者：渔港会搬走吗？',
      '林海：会搬到北湾，新码头更大。',
      '谢谢大家',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.text.zh),
      [
        '新码头什么时候完工？',
        '明年春天。我们已经完成了三分之二。',
        '造价是多少？',
        '大约二十亿元。',
        '渔港会搬走吗？',
        '会搬到北湾，新码头更大。\n\n谢谢大家',
      ],
    );
  });
});

describe('a key over the marks ("Q：港湾周刊" / "A：林海")', () => {
  const { record } = importTranscript(fixture('keyed-marks.md'));

  it('gives every question to the asker the key names and every answer to the one it names, the key itself no turn', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ...Array.from({ length: 3 }, () => [
          ['question', null, '港湾周刊'],
          ['answer', '林海', null],
        ]).flat(),
      ],
    );
    assert.equal(record.turns[2]!.text.zh, '老港区的码头已经不用了，城市需要更多的公共空间。');
  });

  it('leaves "Q: Hi" over "A: Hello" as a question and an answer', () => {
    const { record } = importTranscript('Q: Hi\n\nA: Hello\n\nQ: Will the ferry run?\n\nA: It will.\n');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.text.en]),
      [
        ['question', 'Hi'],
        ['answer', 'Hello'],
        ['question', 'Will the ferry run?'],
        ['answer', 'It will.'],
      ],
    );
  });
});

describe('a translated interview in reStructuredText: field lines, a line block, bold questions', () => {
  const { record } = importTranscript(fixture('rst-line-block-interview.txt'));

  it('reads the first question in the line block, no field as a speaker, and the one the heading names as the answerer', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ...Array.from({ length: 3 }, () => [
          ['question', null],
          ['answer', 'Ana Lima'],
        ]).flat(),
      ],
    );
    assert.equal(record.turns[1]!.text.zh, '新码头什么时候完工？');
  });
});

describe('a page’s byline of fields over a written 答记者问', () => {
  const text = [
    '<h1>海港局负责人就码头收费调整答记者问</h1>',
    '<p><span>作者： admin 时间：2031-04-12 来源：海港局</span><a href="list.asp">返回列表</a></p>',
    '<p>问：这次调整的主要考虑是什么？</p>',
    '<p>答：主要是为了让收费与服务挂钩。</p>',
    '<p>问：对小船东有何影响？</p>',
    '<p>答：小船东的费用基本不变。</p>',
  ].join('\n');
  const { record } = importTranscript(Buffer.from(text), { fileName: 'news.html' });

  it('reads the byline as the page’s fields (its day), not as the author speaking, and gives 答 to the one the title names', () => {
    assert.equal(record.conference.date, '2031-04-12');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '海港局负责人'],
        ['question', null],
        ['answer', '海港局负责人'],
      ],
    );
  });
});

describe('anonymous 問 headings whose reporters name themselves and their outlet', () => {
  const text = [
    '# 2031-05-02 海港局媒體交流',
    '### 林遠：',
    '大家好，今天開放提問。',
    '### 問：',
    '海港週刊記者陳小雯請問：新碼頭何時啟用？',
    '### 林遠：',
    '明年春天。',
    '### 問：',
    // (No colon: the reporter names themself inside the question.)
    '港灣日報記者王大同想請問局長，會加價嗎？',
    '### 林遠：',
    '不會。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('gives each self-named question its reporter and outlet', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', '林遠', null],
        ['question', '陳小雯', '海港週刊'],
        ['answer', '林遠', null],
        ['question', '王大同', '港灣日報'],
        ['answer', '林遠', null],
      ],
    );
  });
});

describe('an interview labelled by the paper, its reporter named in the lead, an editor’s note set in colour', () => {
  const text = [
    '## 港务局局长接受《海湾观察》专访',
    '2031年4月2日，港务局局长林海接受《海湾观察》（Bay Watch）周刊记者艾琳·卡特（Irene Carter）专访。以下是专访实录：',
    '**《海湾观察》**：局长，新码头什么时候开通？',
    '**林海**：明年春天，比原计划早两个月。',
    '<u>*<font color=blue>编者按：港务局此前曾说新码头要到明年夏天才能开通。</font>*</u>',
    '我们加了夜班。',
    '**《海湾观察》**：费用会增加吗？',
    '**林海**：不会，夜班的钱已在预算之内。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('gives the paper’s questions to the reporter the lead names, for that paper', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['艾琳·卡特', '海湾观察'],
        ['艾琳·卡特', '海湾观察'],
      ],
    );
  });

  it('keeps the editor’s note out of the answer', () => {
    const answer = record.turns.find((t) => t.kind === 'answer')!;
    assert.equal(answer.text.zh, '明年春天，比原计划早两个月。\n\n我们加了夜班。');
  });
});

describe('a paper’s interview whose reporter’s byline is glued to the last answer', () => {
  const text = [
    '专家谈港口新格局',
    '记者：港口新格局“新”在哪里？',
    '林海：新在开放，也新在协同。',
    '记者：下一步怎么做？',
    '林海：要破除妨碍要素流动的障碍，切实降低交易成本。（港城日报全媒记者 程安 李明）',
  ].join('\n\n');

  it('takes the byline off the last answer', () => {
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)!.text.zh, '要破除妨碍要素流动的障碍，切实降低交易成本。');
  });
});
