// Chinese interview pages as papers and public accounts print them (our own words): a key to the
// short labels over the first question ("記：港灣日報記者" / "艾：艾維"), questions and answers set as
// headings ("#### 問：…"), a headline naming its subject after a calling ("作家艾維：…"), a
// compiler's credit ("编译：运河书评"), and a video account's card flattened into an answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';
import { subjectOfChineseHeadline, withoutSiteName } from '../titles.ts';
import { withKeyedMarks } from '../keyed-marks.ts';
import { splitLines } from '../lines.ts';
import { foldedChinese } from './script.ts';

const KEYED = `# 艾維：船閘不會再等

**這一年，港口變了樣。我們和艾維談了一個下午。**

記：港灣日報記者
艾：艾維

**記：你做了二十年船閘管理員，為什麼現在退休？**

艾：身體要緊，也該讓年輕人上來了。

**記：有什麼遺憾嗎？**

艾：沒有修好北閘。

**記：以後還會回來看看嗎？**

艾：一定會。
`;

describe('a key to the short labels over the first question', () => {
  const { record } = importTranscript(KEYED);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('takes the key for nobody’s words, and each short label for the one it stands for', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, '港灣日報'],
        ['answer', '艾維', null],
        ['question', null, '港灣日報'],
        ['answer', '艾維', null],
        ['question', null, '港灣日報'],
        ['answer', '艾維', null],
      ],
    );
  });

  it('leaves a short label no key explains as printed', () => {
    const plain = importTranscript(KEYED.replace('記：港灣日報記者\n艾：艾維\n', ''));
    assert.deepEqual(
      plain.record.turns.filter((t) => t.kind === 'question').map((t) => t.label),
      ['記', '記', '記'],
    );
  });
});

const HEADED = `---
title: "作家艾維：水上的城"
date: "2031-03-04"
---

# 作家艾維：水上的城

著名的《港灣日報》 為此刊登了記者和艾維的問答，以下是全文。

問：你為什麼寫船閘？

答：因為我在那裡工作了二十年。

#### 問：書裡的老閘工是你自己嗎？

#### 答：有一點像，但不全是。

問：下一本寫什麼？

答：寫渡輪。
`;

describe('questions and answers set as headings, under a headline naming the one interviewed', () => {
  const { record } = importTranscript(HEADED);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('reads every 問 and 答, headings too, the answers the headline’s subject’s, the paper the asker’s', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '艾維'],
        ['question', null],
        ['answer', '艾維'],
        ['question', null],
        ['answer', '艾維'],
      ],
    );
    assert.ok(turns.filter((t) => t.kind === 'question').every((t) => t.outlet?.name === '港灣日報'));
  });

  it('reads a calling before the headline’s subject, and no calling alone', () => {
    assert.equal(subjectOfChineseHeadline('作家艾维：水上的城'), '艾维');
    assert.equal(subjectOfChineseHeadline('艾维：水上的城'), '艾维');
    assert.equal(subjectOfChineseHeadline('作家：水上的城'), '作家');
    assert.equal(subjectOfChineseHeadline('艾维 | “水上”的城与港口的兴衰'), '艾维');
  });

  it('keeps a talk’s title after the speaker’s name and a bar, and drops a site’s short name after one', () => {
    assert.equal(withoutSiteName('艾维 | “水上”的城与港口的兴衰'), '艾维 | “水上”的城与港口的兴衰');
    assert.equal(withoutSiteName('北闸工程发布会实录 | 运河新闻'), '北闸工程发布会实录');
    assert.equal(withoutSiteName('Harbour briefing | Speeches | RBA'), 'Harbour briefing');
  });
});

const REPOST = `运河书评：为什么要修北闸？
====

编译：运河书评

排版：小舟

本篇内容是港湾播客对北闸工程师艾维的访谈编译。

**主持人林岚：****北闸为什么要修？**

**艾维：**因为闸门已经用了六十年。

**主持人林岚：****修好要多久？**

**艾维：**两年。

运河书评

，赞 88

*欢迎关注**运河书评**视频号*

*每周一本关于水的书*

**主持人林岚：****修的时候船怎么走？**

**艾维：**走南闸。

**主持人林岚：****修好以后呢？**

**艾维：**船可以更大。
`;

describe('a public account’s repost with a compiler’s credit and a video card in the middle', () => {
  const { record } = importTranscript(REPOST);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('reads the credit as nobody’s label and keeps the card out of the answer before it', () => {
    assert.deepEqual(
      turns.map((t) => t.kind),
      ['question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.ok(!record.people.some((p) => p.name === '编译'));
    assert.equal(Object.values(turns[3]!.text).join(''), '两年。');
  });
});

describe('a key to the marks on one line, a generic reporter’s with a note in brackets', () => {
  const text = `# 港口局長會見記者

港口局長艾維今日在碼頭會見記者，以下是談話內容。

**記：現場採訪記者（片段所見：港灣電台、運河新聞）\u00a0 \u00a0 艾： 艾維**

記：今天談了甚麼？

艾：談了北閘的工期。

記：何時完工？

艾：明年春天。
`;
  const { record } = importTranscript(text);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('takes the key line out, writes out the answerer’s mark, and keeps a reporter of no medium anonymous', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name ?? null, t.label]),
      [
        ['question', null, '記者'],
        ['answer', '艾維', '艾維'],
        ['question', null, '記者'],
        ['answer', '艾維', '艾維'],
      ],
    );
    assert.ok(!record.turns.some((t) => Object.values(t.text).join('').includes('片段所見')));
  });
});

describe('a ministry’s press conference whose reporters are labelled by outlet, one anonymous', () => {
  const text = `# 港務部例行記者會

### 司儀：
現在開始記者會，請部長說明。

### 艾維：
今天宣布北閘開工。

### 新唐人：
請問工期多長？

### 艾維：
兩年。

### 匿名：
請問預算多少？

### 艾維：
八億。

### 中央社：
何時招標？

### 艾維：
下個月。
`;
  const { record } = importTranscript(text);

  it('reads a known broadcaster’s name as its outlet and "匿名" as a reporter unnamed', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        [null, '新唐人'],
        [null, null],
        [null, '中央社'],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['艾維'],
    );
  });
});

describe('a press tea whose host is labelled by name, and reporters who name their outlets as they ask', () => {
  const text = `# 2031-03-04 記者茶敘

### 林小蘭：
大家早，歡迎參加今天的茶敘，今天有港務部艾維部長和運河公司周明總經理。

### 林小蘭：
我們先請艾部長說明。

### 艾維：
今天宣布北閘開工，工期兩年，預算八億，由港務部和運河公司共同負責。

### 林小蘭：
謝謝部長，現在請運河公司周總經理講幾句話。

### 周明：
我們會全力配合，施工期間船隻改走南閘。

### 林小蘭：
謝謝。

### 林小蘭：
現在開放提問。

### 提問者：
各位好，我是港灣日報的記者，請問南閘容量夠嗎？

### 艾維：
夠，南閘去年已經擴建。

### 林小蘭：
下一個問題。

### 提問者：
中央社，請問周總經理，運費會漲嗎？

### 周明：
不會漲。

### 林小蘭：
謝謝周總經理，下一個問題。

### 提問者：
請問部長，北閘完工後誰來管理？

### 艾維：
由港務部管理。
`;
  const { record } = importTranscript(text);

  it('reads the host who hands the floor and thanks as the moderator, not a principal', () => {
    const roleOf = (name: string) => record.people.find((p) => p.name === name)?.role;
    assert.equal(roleOf('林小蘭'), 'moderator');
    assert.equal(roleOf('艾維'), 'principal');
    assert.equal(
      record.turns.filter((t) => t.speaker?.name === '林小蘭').every((t) => t.kind === 'moderation'),
      true,
    );
  });

  it('reads the outlet a reporter introduces, or names before asking', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['港灣日報', '中央社', null],
    );
  });
});

describe('a Chinese record of an on-stage talk: the foreign host’s Latin name as the label', () => {
  it('reads "**Jonathan Whitfield：**" over the words as a label, however long the name', () => {
    const text = `以下为谈话实录。

**Jonathan Whitfield：**

很高兴和你对话。你为什么加入这家港口公司？

**林海：**

因为我想做运营。

**Jonathan Whitfield：**

那时的愿景是什么？

**林海：**

让小公司也能出海。

**Jonathan Whitfield：**

今天呢？

**林海：**

还是一样。
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name]),
      [
        ['question', 'Jonathan Whitfield'],
        ['answer', '林海'],
        ['question', 'Jonathan Whitfield'],
        ['answer', '林海'],
        ['question', 'Jonathan Whitfield'],
        ['answer', '林海'],
      ],
    );
  });
});

describe('an office labelled alone, the title naming a place after it', () => {
  it('gives the label the holder the lead names, not the place the title puts after the office', () => {
    const text = `行政長官港灣會見傳媒談話全文

以下是行政長官林海今日（三月二日）在港灣街坊會禮堂聽取市民意見後會見傳媒的談話全文：

行政長官：我先講兩句。今日我們聽了很多意見。

記者：渡輪幾時恢復？

行政長官：下個月。
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.speaker?.name ?? null),
      ['林海', null, '林海'],
    );
  });
});

describe('an official the lead says gave the reporter an exclusive interview (专访)', () => {
  it('answers under "答", named by office', () => {
    const text = `让港口更快

新华社北京3月2日电  近日，港务局发出《通知》。港务局有关负责人就《通知》有关情况，接受了记者专访。

问：请介绍一下《通知》的背景。

答：港口货物多了，我们要更快。

问：下一步怎么做？

答：先修码头。
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name),
      ['港务局有关负责人', '港务局有关负责人'],
    );
  });
});

describe('an office whose holder the lead does not name, a word after it', () => {
  it('keeps the office as the name where the word after it is an adverb or a verb ("一向", "未有")', () => {
    const text = `行政長官答問會

行政長官一向重視議員的意見，今日出席答問會。

主席：請行政長官發言。

行政長官：多謝主席。

梁海議員：行政長官，渡輪幾時恢復？

行政長官：下個月。

主席：林山議員。

林山議員：票價呢？

行政長官：不變。
`;
    const { record } = importTranscript(text);
    const people = record.people.map((p) => [p.name, p.role]);
    assert.deepEqual(
      people.find(([, role]) => role === 'principal'),
      ['行政長官', 'principal'],
    );
    // The council's president gives the members the floor: the moderator, not a principal.
    assert.deepEqual(
      people.find(([name]) => name === '主席'),
      ['主席', 'moderator'],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name),
      ['梁海議員', '林山議員'],
    );
  });
});

describe('questions set as headings over plain answers, no labels', () => {
  it('reads each heading that asks as a question and the paragraphs under it as its answer', () => {
    const text = `---
title: 港口孩子的成长
---

### 为什么港口的孩子常常由祖父母带大？

因为父母都在船上工作，一年只回来几次。

### 这对孩子有什么影响？

他们更独立，但也更孤单。

### 学校能做些什么？

多陪伴，多倾听。
`;
    const { record } = importTranscript(text, { fileName: 'post.md' });
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
    assert.equal(record.turns[0]!.text.zh, '为什么港口的孩子常常由祖父母带大？');
  });
});

// A feature story, then the interview it leads to, with the key to the marks on one line ("問：記者；艾：艾維");
// the reporters' credit on a line of its own under the last answer.
const FEATURE_THEN_KEY = `# 船閘的冬天

港口今年冬天來得早。北閘停用以後，夜班船都改走南閘。

退休閘長艾維認為，北閘遲遲不修，是因為沒有人願意負責。

**就北閘的問題，記者進一步請教了艾維：**

**問：記者；艾：艾維**

**問：北閘為什麼一直沒有修？**

**艾：** 預算年年報上去，年年退回來。

**問：南閘還能撐多久？**

**艾：** 三年，最多五年。

**問：你會回去幫忙嗎？**

**艾：** 他們叫我，我就去。

（本報記者林海、白石、方舟、馬原、高山）
`;

describe('a feature story, then the interview with its key on one line', () => {
  const { record } = importTranscript(FEATURE_THEN_KEY);
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('reads the key for nobody’s words, each mark for the one it stands for', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]),
      [
        ['question', '記者', null],
        ['answer', '艾維', '艾維'],
        ['question', '記者', null],
        ['answer', '艾維', '艾維'],
        ['question', '記者', null],
        ['answer', '艾維', '艾維'],
      ],
    );
  });

  it('leaves the reporters’ credit under the last answer out of it', () => {
    assert.equal(Object.values(turns.at(-1)!.text)[0], '他們叫我，我就去。');
  });

  it('keeps a mark as printed where the story above the key opens a line with the name it stands for', () => {
    // (The importer reads Chinese folded to Simplified characters: zh/script.ts.)
    const lines = splitLines(foldedChinese(FEATURE_THEN_KEY.replace('退休閘長艾維認為', '**艾維：北閘不修不行**\n\n退休閘長艾維認為')));
    const rewritten = withKeyedMarks(lines).map((line) => line.text);
    assert.ok(rewritten.includes('**艾：** 三年，最多五年。'));
    assert.ok(rewritten.includes('**记者：南闸还能撑多久？**'));
    assert.ok(!rewritten.includes('**问：记者；艾：艾维**'));
  });
});

describe('a magazine’s story with the interview under it, keyed in brackets', () => {
  it('reads the key "（艾：艾维，林：林海）" under a long story, and each mark below it', () => {
    const story = Array.from({ length: 90 }, (_, i) => `港口第${i + 1}段的故事，讲的是船闸和渡轮。`).join('\n');
    const text = `# 港口的冬天\n\n${story}\n\n以下是记者林海与退休闸长艾维的对话。\n\n（艾：艾维，林：林海）\n\n林：北闸什么时候修？\n\n艾：明年。\n\n林：南闸呢？\n\n艾：后年。\n`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', '林海'],
        ['answer', '艾维'],
        ['question', '林海'],
        ['answer', '艾维'],
      ],
    );
  });

  it('reads a foreign host’s Latin name with an ASCII colon among Chinese labels, and a host asking three guests in turn', () => {
    const text = [
      '# 港口圆桌',
      '',
      '### Jo Reyes:',
      '今天请来三位嘉宾。艾维，北闸什么时候修好？',
      '',
      '### 艾维：',
      '明年春天。',
      '',
      '### Jo Reyes:',
      '林海，南闸呢？',
      '',
      '### 林海：',
      '后年。',
      '',
      '### Jo Reyes:',
      '方舟，渡轮会涨价吗？',
      '',
      '### 方舟：',
      '不会。',
      '',
      '### Jo Reyes:',
      '艾维，夜班船会加开吗？',
      '',
      '### 艾维：',
      '会。',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Jo Reyes'],
        ['answer', '艾维'],
        ['question', 'Jo Reyes'],
        ['answer', '林海'],
        ['question', 'Jo Reyes'],
        ['answer', '方舟'],
        ['question', 'Jo Reyes'],
        ['answer', '艾维'],
      ],
    );
  });
});
