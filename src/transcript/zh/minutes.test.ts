// A company's minutes of a meeting with its staff, as a knowledge base keeps them (our own words): an
// editor's lead in black brackets, the chief's unlabelled opening, parts under numbered headings (some
// with the numeral in brackets), numbered questions "1、与会人：", the minutes' date run into the last
// answer, and the editor's bracketed footnote after it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';

const MINUTES = [
  '## 林港长与码头骨干座谈会上的讲话',
  '2031年4月2日',
  '【导  读】港务局有两条路：一条以技术为先，一条以客户为先。',
  '今天请大家来，是想听听你们对新码头的看法。大家畅所欲言。',
  '（一）关于吊车',
  '1、与会人：新吊车什么时候到？',
  '林总：明年春天到，先到两台。',
  '2、与会人：老吊车怎么处理？',
  '林总：留一台备用，其余的卖掉。',
  '（二）关于航道[1]',
  '3、与会人：航道要不要再挖深？',
  '林总：要挖，但要等环评。',
  '4、与会人：您对年轻人有什么期望？',
  '林总：多出海，多看看。（2031年5月9日）',
  '[1]截止到2031年6月1日，航道已挖深两米。',
].join('\n\n');

describe('minutes of a meeting with staff, with numbered parts and an editor’s notes', () => {
  const { record } = importTranscript(Buffer.from(MINUTES));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('gives the chief the opening after the editor’s lead, and reads the numbered questions under the headings', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', '林总'],
        ['question', '与会人'],
        ['answer', '林总'],
        ['question', '与会人'],
        ['answer', '林总'],
        ['question', '与会人'],
        ['answer', '林总'],
        ['question', '与会人'],
        ['answer', '林总'],
      ],
    );
    assert.equal(spoken[0]!.text.zh, '今天请大家来，是想听听你们对新码头的看法。大家畅所欲言。');
  });

  it('keeps the lead, the headings, the minutes’ date and the footnote out of speech', () => {
    const said = spoken.map((t) => Object.values(t.text).join('\n')).join('\n');
    for (const furniture of ['导', '（二）关于航道', '2031年5月9日', '截止到']) assert.ok(!said.includes(furniture), furniture);
    assert.equal(spoken.at(-1)!.text.zh, '多出海，多看看。');
  });
});

describe('an interview reposted as long lines, the interviewee labelled by surname alone', () => {
  const text = [
    '<strong>林海生：让每艘船都准时进港！</strong>',
    '——“如果给你一个改变港口的机会，你做什么？” 这个回答让评委十分满意。林海生，这个17岁的少年，入选了港务少年计划。',
    '<strong> 小学开始玩帆船</strong>',
    '<strong> </strong>记者：你平时都爱好什么？ 林：原来是帆船，现在更多的是电脑。帆船方面时间有限，我常常在电脑上玩模拟航海，里面有很多车迷制作的船只和航线，我每天都玩一会儿。 记者：家里支持你吗？ 林：支持。爸爸是医生，妈妈是老师，工作都很忙，但是他们从来不反对我做这些事情，有时还会帮我买模型。',
    '<strong> </strong>记者：你什么时候开始玩电脑的？ 林：小学三年级。 记者：平时都玩什么？ 林：模拟航海，还有足球游戏，网络游戏我很少玩，因为太花时间了，学习也越来越忙了。周末有时候和同学一起去码头看船，看它们怎么靠岸，怎么装货卸货，怎么离港。',
  ].join('\n');
  const spoken = importTranscript(Buffer.from(text)).record.turns.filter((t) => t.kind === 'question' || t.kind === 'answer');

  it('cuts at the surname label as at the reporter’s', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', '林海生'],
        ['question', null],
        ['answer', '林海生'],
        ['question', null],
        ['answer', '林海生'],
        ['question', null],
        ['answer', '林海生'],
      ],
    );
  });
});

describe('minutes that number the staff’s questions, some asked as statements', () => {
  const text = [
    '## 林港长与码头员工座谈纪要',
    '2031年4月2日',
    '1、王川：我是吊车班的王川。我们班今年换了三台吊车，大家都很高兴，但是培训跟不上。',
    '林总：培训的事情我来安排，下个月开始，每个班都要轮一遍。',
    '2、王川：还有一个请求，能不能给夜班多配一个人。',
    '林总：可以，这个不难，人事部门马上去办。',
    '3、赵敏：我是调度室的赵敏。船期越来越密，调度很吃力。',
    '林总：调度要上新系统，今年年底上线。',
    '陈海：我补充一下，新系统我们已经在试了。',
    '4、孙力：码头什么时候扩建？',
    '林总：明年春天。',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('makes every numbered speaker an asker and the others answer', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]).sort(),
      [
        ['孙力', 'journalist'],
        ['林总', 'principal'],
        ['王川', 'journalist'],
        ['赵敏', 'journalist'],
        ['陈海', 'principal'],
      ].sort(),
    );
  });
});

describe('an office’s e-mailed minutes: a spaced-out letterhead, the issue’s number, a bold title with a comma, numbered bold askers', () => {
  // Our own words in the shape of a company president's office's e-mailed minutes.
  const text = [
    '**总 裁 办 电 子 邮 件**',
    ' ',
    '电邮讲话【2031】063号           签发人：林海',
    '**港口扩建，十年振兴**',
    '**——林总在港务座谈会上的讲话**',
    '2031年5月15日',
    '1、**与会人：**码头什么时候开工？',
    '**林总：**明年春天。',
    '**与会人：**航道要挖多深？',
    '**林总：**十五米。',
    '2、**与会人：**东堤呢？',
    '**林总：**后年。',
  ].join('\n\n');
  const { record } = importTranscript(text, { fileName: 'minutes.md' });

  it('takes the bold heading under the letterhead and the issue’s number as the title', () => {
    assert.equal(record.conference.title, '港口扩建，十年振兴');
    assert.equal(record.conference.date, '2031-05-15');
  });

  it('reads each numbered bold asker’s label, its number and bold no part of the words', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.text.zh]),
      [
        ['question', '与会人', '码头什么时候开工？'],
        ['answer', '林总', '明年春天。'],
        ['question', '与会人', '航道要挖多深？'],
        ['answer', '林总', '十五米。'],
        ['question', '与会人', '东堤呢？'],
        ['answer', '林总', '后年。'],
      ],
    );
  });
});

describe('minutes whose points are numbered sentences over the questions they gather', () => {
  const text = [
    '# 林港长与码头骨干座谈纪要',
    '主持人：大家有什么问题，请提出来。',
    '一、码头建设要先修东堤，再挖航道，不是为了快而快。',
    '提问：林港长，东堤什么时候开工？',
    '林港长：明年春天。',
    '二、航道的深度决定港口的未来。',
    '提问：航道要挖多深？',
    '林港长：十五米，可以停靠大船。',
    '一、先修东堤。',
    '二、再挖航道。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('sets the points apart as headings, no one’s words, and leaves a list inside an answer alone', () => {
    const spoken = record.turns.filter((t) => t.kind !== 'narration');
    assert.ok(!spoken.some((t) => /不是为了快而快|决定港口的未来/.test(t.text.zh ?? '')));
    assert.deepEqual(
      spoken.map((t) => t.kind),
      ['moderation', 'question', 'answer', 'question', 'answer'],
    );
    assert.match(spoken.at(-1)!.text.zh ?? '', /一、先修东堤。/);
  });
});

describe('minutes whose bold title stands over a bold date', () => {
  it('takes the title alone and the date under it', () => {
    const text = [
      '**林港长接受《海港周刊》采访纪要**',
      '**2031年9月19日**',
      '',
      '海港周刊：码头什么时候启用？',
      '林港长：明年春天。',
      '海港周刊：航道呢？',
      '林港长：后年。',
    ].join('\n');
    const { record } = importTranscript(text, { fileName: 'minutes.md' });
    assert.equal(record.conference.title, '林港长接受《海港周刊》采访纪要');
    assert.equal(record.conference.date, '2031-09-19');
  });
});

describe('a title over its subtitle set off by a dash, the day at the subtitle’s end', () => {
  it('takes the first line alone as the title and the day from the subtitle', () => {
    const text = [
      '码头是干出来的',
      '——林港长在2031年港务论坛上的讲话 2031年10月23日',
      '',
      '提问：林港长，码头什么时候启用？',
      '林港长：明年春天。',
      '提问：航道呢？',
      '林港长：后年。',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.equal(record.conference.title, '码头是干出来的');
    assert.equal(record.conference.date, '2031-10-23');
  });
});
