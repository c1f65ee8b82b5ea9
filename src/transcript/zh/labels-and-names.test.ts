// Chinese labels and names: an interview's record as books print it ("林问：", "许答：", later bare
// "问：" and "答："), dates in Chinese numerals, notes after the text, officials a lead or title names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';
import { holderOfOffice } from './preamble.ts';
import { foldedToSimplified } from './script.ts';
import { chineseLabels } from '../labels/chinese.ts';

describe('surname labels with 问 and 答, a date in Chinese numerals, notes after the text', () => {
  const { record } = importTranscript(fixture('zh-surname-labels-notes.md'));

  it('names the interviewer in full from the title and gives them the later bare questions; the surname answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', '林海'],
        ['answer', '许'],
        ['question', '林海'],
        ['answer', '许'],
        ['question', '林海'],
        ['answer', '许'],
      ],
    );
  });

  it('reads the date printed in Chinese numerals', () => {
    assert.equal(record.conference.date, '2031-04-12');
  });

  it('keeps the notes section out of the last answer', () => {
    const last = record.turns.at(-1)!;
    assert.equal(Object.values(last.text)[0], '有，夜班船全年开行。');
  });
});

describe('a release whose lead names the answering official by office, after naming a leader', () => {
  it('gives the bare "答：" turns to the official who took the reporter’s questions, not to the leader', () => {
    const text = [
      '港口条例答记者问',
      '近日，市长王明签署命令，发布新修订的《港口条例》。对此，市港务局有关负责人接受采访，就条例的修订回答了记者提问。',
      '问：为什么要修订条例？',
      '答：原条例已实施十年，需要适应新的航运形势。',
      '问：新条例何时施行？',
      '答：自下月一日起施行。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name ?? null),
      ['市港务局有关负责人', '市港务局有关负责人'],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['市港务局有关负责人'],
    );
  });
});

describe('a paper’s interview whose lead names the officials the reporter interviewed', () => {
  it('gives the bare "答：" turns to "the officials responsible" the lead names, and leaves the edition line out', () => {
    const text = [
      '# 渡轮票价将由市场形成',
      '本报记者 林海',
      '港务局、交通局近日联合印发通知，深化渡轮票价改革。就此，记者采访了港务局、交通局有关负责同志。',
      '记者：为什么要改革票价？',
      '答：固定票价不能反映供求，需要由市场形成。',
      '记者：改革何时施行？',
      '答：自下月一日起施行。',
      '《 港城日报 》( 2031年03月02日 04 版)',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name ?? null),
      ['港务局、交通局有关负责同志', '港务局、交通局有关负责同志'],
    );
    // The paper's edition line under the article is no one's words.
    assert.equal(Object.values(record.turns.at(-1)!.text)[0], '自下月一日起施行。');
  });
});

describe('an interview whose title names the answering officials and the outlet, reposted by a finance site', () => {
  it('gives the answers to the officials, the questions to the outlet, and leaves the repost’s source and disclaimer out', () => {
    const text = [
      '# 港务部门有关同志就渡轮票价问题接受港城日报客户端记者采访',
      '今年3月，有市民反映渡轮票价上涨过快。日前，港务部门有关同志回应了有关问题。',
      '**问：票价为什么上涨？**',
      '**答：**燃油成本上升了两成，票价只调整了一成。',
      '**问：老人和学生还有优惠吗？**',
      '**答：**有，仍然半价。',
      '文章来源：[港城日报](https://example.org/a)',
      '风险提示及免责条款',
      '市场有风险，投资需谨慎。本文不构成个人投资建议。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, '港城日报客户端'],
        ['answer', '港务部门有关同志', null],
        ['question', null, '港城日报客户端'],
        ['answer', '港务部门有关同志', null],
      ],
    );
    assert.equal(Object.values(record.turns.at(-1)!.text)[0], '有，仍然半价。');
  });
});

describe('numbered askers with their outlets: a Latin outlet and name, an outlet in book-title marks', () => {
  it('names each reporter and their outlet', () => {
    const { record } = importTranscript(fixture('zh-numbered-askers-outlets.md'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['赵东辉', '新华社'],
        ['Arjun Kharpal', 'CNBC'],
        ['刘瑞强', '山西日报'],
        ['陈思', '南华早报'],
        ['David Kirton', '路透社'],
      ],
    );
  });
});

describe('the holder of an office a label names, found in the text', () => {
  it('is a name after the office, never a modal or a verb of speaking after it', () => {
    // (Read as the importer reads Chinese: folded to Simplified characters, zh/script.ts.)
    const zh = foldedToSimplified;
    assert.equal(holderOfOffice(zh('行政長官'), zh('行政長官梁振英今日出席答問會。')), zh('梁振英'));
    assert.equal(holderOfOffice(zh('主席'), zh('李議員：主席可否說明一下規程？')), null);
    assert.equal(holderOfOffice(zh('行政長官'), zh('請行政長官發言，然後議員提問。行政長官一人發言。')), null);
  });
});

describe('a transcriber’s note in a label’s brackets, and outlets in book-title marks after their country', () => {
  const text = [
    '港口局长林遠见记者',
    '記者：新码头何时启用？',
    '林遠：明年春天。',
    '記者：工程有没有延误？',
    '林遠（停頓）：有一些，但不影响启用。',
    '主持人（笑）：最后一个问题。',
    '西班牙《海岸报》：费用是多少？',
    '林遠：大约二十亿元。',
    '阿根廷《南方》杂志：会加价吗？',
    '林遠：不会。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads "林遠（停頓）" as 林遠 and "主持人（笑）" as the host, and each country’s paper as the outlet that asks', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', null, null],
        ['answer', '林遠', null],
        ['question', null, null],
        ['answer', '林遠', null],
        ['moderation', '主持人', null],
        ['question', null, '海岸报'],
        ['answer', '林遠', null],
        ['question', null, '《南方》杂志'],
        ['answer', '林遠', null],
      ],
    );
  });
});

describe('a paper, its website and its app asking as one', () => {
  it('reads "海港日报、海港网和海港日报客户端记者" as the paper’s reporter, the first outlet named', () => {
    const text = [
      '港务局新闻发布会',
      '',
      '林远：欢迎各位。',
      '',
      '　　海港日报、海港网和海港日报客户端记者：',
      '',
      '　　渡轮明年会加班次吗？',
      '',
      '　　林远：',
      '',
      '　　会的。',
      '',
      '　　滨江电视台、滨江网、滨江新闻客户端记者：',
      '',
      '　　步道什么时候完工？',
      '',
      '　　林远：',
      '',
      '　　后年。',
      '',
      '　　港湾卫视和港湾网记者：',
      '',
      '　　码头会自动化吗？',
      '',
      '　　林远：',
      '',
      '　　一半岸桥三年内自动化。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text), { fileName: 'briefing.txt' });
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['海港日报', '滨江电视台', '港湾卫视'],
    );
  });
});

describe('a reporter’s outlet in brackets after the name or the word for reporter', () => {
  it('reads a Latin outlet, one in book-title marks and a paper’s word, after a name written out with "·" too; never a transcriber’s note', () => {
    const text = [
      '港务局记者会',
      '',
      '林远：欢迎各位。',
      '',
      '安娜·科瓦奇（HRT）：渡轮会加班次吗？',
      '',
      '林远：会的。',
      '',
      '记者（《海港晨报》）：步道什么时候完工？',
      '',
      '林远：后年。',
      '',
      '马可（日报）：码头会自动化吗？',
      '',
      '林远：三年内一半。',
      '',
      '记者（VG）：票价会变吗？',
      '',
      '林远：不会。',
      '',
      '周明（Laughter）：那就好。',
      '',
      '林远：谢谢大家。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text), { fileName: 'briefing.txt' });
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name !== '林远').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['安娜·科瓦奇', 'HRT'],
        [null, '海港晨报'],
        ['马可', '日报'],
        [null, 'VG'],
        ['周明', null],
      ],
    );
  });
});

describe('a spokesperson’s answer printed under no label, run on after the reporter’s question', () => {
  it('is an answer of its own, the spokesperson’s, where every other answer is labelled; a note that none came stays the question’s', () => {
    const text = [
      '港务局发布会十问十答',
      '',
      '海港日报记者：',
      '',
      '渡轮明年会加班次吗？',
      '',
      '关于你关心的渡轮班次，明年起每十五分钟一班，夜班船在夏天开通，票价保持不变。',
      '',
      '滨江电视台记者：',
      '',
      '步道什么时候完工？',
      '',
      '林远：',
      '',
      '滨水步道将在后年全线贯通，第一段明年春天开放，沿线会有新的公园。',
      '',
      '港湾卫视记者：',
      '',
      '码头会自动化吗？',
      '',
      '林远：',
      '',
      '三年内一半岸桥会自动运行，我们会同时培训码头工人。',
      '',
      '晨报记者：',
      '',
      '老码头的居民怎么安置？',
      '',
      '冇答',
      '',
      '海港日报记者：',
      '',
      '明年的预算呢？',
      '',
      '林远：',
      '',
      '预算会在三月公布，重点仍是渡轮和步道两个项目。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text), { fileName: 'release.md' });
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null]),
      [
        ['question', '海港日报'],
        ['answer', '林远'],
        ['question', '滨江电视台'],
        ['answer', '林远'],
        ['question', '港湾卫视'],
        ['answer', '林远'],
        ['question', '晨报'],
        ['question', '海港日报'],
        ['answer', '林远'],
      ],
    );
  });
});

describe('foreign reporters’ labels in a Chinese record', () => {
  it('reads a Latin name with capitals inside its words, and a reporter who names self, then outlet and post', () => {
    const parse = (line: string) => chineseLabels.parse(line)?.label ?? null;
    assert.equal(parse('Tomas VanHollen：北闸什么时候修好？'), 'Tomas VanHollen');
    assert.equal(parse('Ann O’Malley：南闸呢？'), 'Ann O’Malley');
    assert.equal(parse('Ian  McAllister：还有吗？'), 'Ian McAllister');
    assert.equal(parse('1、Tomas VanHollen，《北岸周报》驻亚洲记者：谢谢。'), 'Tomas VanHollen (北岸周报)');
    assert.equal(parse('林海，港湾日报记者：请问？'), '林海 (港湾日报)');
    // A Latin outlet, then where they are posted and a second post: "…，HBN驻香港主播、记者".
    assert.equal(parse('**1、Tomas VanHollen，HBN驻香港主播、记者：林先生，谢谢您。**'), 'Tomas VanHollen (HBN)');
    // A clause with a comma before the colon is no label.
    assert.equal(parse('我认为，《港湾日报》说：好。'), null);
    assert.equal(parse('TOMAS VANHOLLEN MCALLISTER：好。'), null);
  });
});

describe('a talk as a collected works prints it: "史密斯问：" and "林答：", then bare marks, an editor’s note on top', () => {
  const text = [
    '# 和外国记者史密斯的谈话',
    '',
    '（二〇三一年四月十二日）',
    '',
    '> * 这是林海在港口开放前夕的一篇谈话。林海在这里说明了港口的前途。',
    '',
    '　　史密斯问：港口什么时候开放？',
    '',
    '　　林答：明年春天。',
    '',
    '　　问：船会多吗？',
    '',
    '　　答：会越来越多。',
    '',
    '　　问：外国船也能来吗？',
    '',
    '　　答：都能来。',
  ].join('\n');
  const { record } = importTranscript(text);

  it('names the asker from "史密斯问" (a name, by the dictionary), gives him the bare questions, and takes the note for the editor’s', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', '史密斯'],
        ['answer', '林'],
        ['question', '史密斯'],
        ['answer', '林'],
        ['question', '史密斯'],
        ['answer', '林'],
      ],
    );
  });

  it('reads "网友问" as no one’s name', () => {
    assert.equal(importTranscript(text.replaceAll('史密斯问', '网友问')).record.turns[1]!.speaker?.name ?? null, null);
  });
});

describe('a paper’s byline run into the last answer', () => {
  it('leaves "○新报记者 林海 文" out of the answer', () => {
    const { record } = importTranscript(
      '港口专访\n\n记者：港口什么时候开放？\n\n艾维：明年春天。\n\n记者：船会多吗？\n\n艾维：会越来越多。○新报记者 林海 文\n',
    );
    assert.equal(Object.values(record.turns.at(-1)!.text)[0], '会越来越多。');
  });
});

describe('one person labelled with a courtesy title by full name, given name and surname', () => {
  const text = [
    '周海涛先生谈港口扩建',
    '主持人：周先生，欢迎您。港口明年会扩建吗？',
    '周海涛先生：谢谢。会的，明年春天开工，第一期三年完成。',
    '主持人：工人从哪里来？',
    '海涛先生：大部分是本地人，我们和职业学校一起培训。',
    '主持人：资金够吗？',
    '周先生：够了，市里和两家银行都已经签了协议。',
    '主持人：谢谢周先生。',
  ].join('\n\n');

  it('is one speaker, named by the full name without the title', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['周海涛'],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.label !== '主持人').map((t) => t.speaker?.name),
      ['周海涛', '周海涛', '周海涛'],
    );
  });
});

describe('minutes and talk shows: a short form declared in the label, numbered questions, credits and a guide', () => {
  it('gives "海哥：" to the "林海（简称海哥）" who declared it, one speaker', () => {
    const text =
      '港务访谈\n\n**林海（简称海哥）**：新码头明年会启用吗？\n\n**安娜**：会的，明年一季度。\n\n**海哥：**工程会延误吗？\n\n**安娜**：不会。我们已经修补了裂缝。\n';
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', '林海'],
        ['answer', '安娜'],
        ['question', '林海'],
        ['answer', '安娜'],
      ],
    );
  });

  it('reads "Q7、" as "Q1：" where the minutes number some questions with a list’s mark', () => {
    const text = [
      '港务座谈纪要',
      'Q1：新码头明年会启用吗？',
      '林总：会的，明年一季度。',
      'Q2、工程会延误吗？',
      '林总：不会。我们已经修补了裂缝。',
      'Q3、渡轮票价会涨吗？',
      '林总：今年不涨。',
    ].join('\n\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.text.zh]),
      [
        ['question', '新码头明年会启用吗？'],
        ['answer', '会的，明年一季度。'],
        ['question', '工程会延误吗？'],
        ['answer', '不会。我们已经修补了裂缝。'],
        ['question', '渡轮票价会涨吗？'],
        ['answer', '今年不涨。'],
      ],
    );
  });

  it('takes neither the transcribers’ credit nor a spaced-out "【导  读】" for a speaker', () => {
    const text = [
      '港务座谈纪要',
      '【导  读】本文是港务局长与员工座谈的记录。',
      '**港务义工听写组：小林，阿海，Willy**',
      '问：新码头明年会启用吗？',
      '林总：会的，明年一季度。',
      '问：工程会延误吗？',
      '林总：不会。',
    ].join('\n\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['林总'],
    );
  });
});
