// Chinese interviews saved by a reading app (Omnivore, Cubox): the reader's highlight marks woven into
// the labels ("==林海：…==", "**==林海：==**"), a section copying the highlights after the page, a public
// account's furniture set like labels ("转自：", "导语：", "添加微信号：", "版权声明：…"), someone's note
// ("南川注："), the interviewer named only in the lead, and a key naming the asker with an outlet and a
// post ("Q：港湾电台 主持人 Ana Lima"). Our own words (fixtures/clipped-interview-highlights.md and
// fixtures/keyed-outlet-host.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTranscript } from '../import.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('a clipped interview with the reader’s highlights', () => {
  const { record } = importTranscript(fixture('clipped-interview-highlights.md'), { fileName: 'clipped-interview-highlights.md' });
  const turns = record.turns.filter((t) => t.kind !== 'narration');

  it('reads the labels the highlight marks wrap, and gives every question to the interviewer the lead names', () => {
    assert.deepEqual(
      turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Mara Quint'],
        ['answer', '林海'],
        ['question', 'Mara Quint'],
        ['answer', '林海'],
        ['question', 'Mara Quint'],
        ['answer', '林海'],
        ['question', 'Mara Quint'],
        ['answer', '林海'],
      ],
    );
    assert.equal(turns[3]!.text.zh, '会的，而且班次会增加。');
  });

  it('keeps the account’s furniture, the sign-up lines and the section of highlights out of every turn', () => {
    const spoken = record.turns
      .filter((t) => t.kind !== 'narration')
      .map((t) => t.text.zh)
      .join('\n');
    for (const furniture of ['转自', '导语', '添加微信号', '版权声明', 'Highlights', '⤴️', '==']) assert.ok(!spoken.includes(furniture), furniture);
    assert.ok(!record.people.some((p) => ['转自', '导语', '南川注', '添加微信号'].includes(p.name)));
  });

  it('keeps a note under an answer in that answer, no speaker of its own', () => {
    assert.match(turns[1]!.text.zh!, /南川注：此处的步道指滨水步道。$/);
  });

  it('leaves "a == b" spaced as an operator in the words', () => {
    const { record } = importTranscript('Q: Is the check written as a == b?\n\nA: Yes, a == b.\n');
    assert.equal(record.turns[1]!.text.en, 'Yes, a == b.');
  });
});

describe('a key naming the asker with an outlet and a post', () => {
  const { record } = importTranscript(fixture('keyed-outlet-host.md'), { fileName: 'keyed-outlet-host.md' });

  it('gives every question to the host and their outlet, every answer to the one the key names, the bold no part of the words', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Ana Lima', '港湾电台'],
        ['answer', 'Tomas Berg', null],
        ['question', 'Ana Lima', '港湾电台'],
        ['answer', 'Tomas Berg', null],
        ['question', 'Ana Lima', '港湾电台'],
        ['answer', 'Tomas Berg', null],
      ],
    );
    assert.equal(record.turns.find((t) => t.kind === 'answer')!.text.zh, '我七岁那年，和父亲一起。');
  });
});

describe('an interview page closed by the editor’s note and the account’s introduction of itself', () => {
  it('keeps both out of the last answer', () => {
    const text = [
      '对话林远：港口的下一个十年',
      '',
      '**港湾周刊：老码头会变成什么样？**',
      '',
      '**林远：**会变成图书馆和市场。',
      '',
      '**港湾周刊：您平时有什么爱好？**',
      '',
      '**林远：**我喜欢划船。',
      '',
      '*请注意，此次访谈内容已经过精心编辑，并得到了林远的认可。欢迎读者留言互动。*',
      '',
      '港湾周刊是由一群关心城市的记者组成的团队，旨在记录港口城市的变化。',
      '',
      '我们践行“与城市同行”的理念，用长远的眼光记录每一个街区。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text), { fileName: 'interview.md' });
    assert.equal(record.turns.at(-1)!.text.zh, '我喜欢划船。');
  });
});

describe('a key typed with ASCII colons over Chinese words', () => {
  it('names every mark, a Latin name with the full-width colon a Chinese label is read by', () => {
    const text = [
      '# 「渡轮之父」专访',
      '',
      'Tomas Berg 在港湾电台的演播室里接受了专访。',
      '',
      '**划重点: **港口的灯还亮着。',
      '',
      '**Q: 港湾电台 主持人 Ana Lima**',
      '**A: Tomas Berg**',
      '',
      '**Q:** 您第一次登上渡轮是什么时候?',
      '',
      '**A:**我七岁那年, 和父亲一起。',
      '',
      '**Q:** 那时候的码头是什么样子?',
      '',
      '**A:**很拥挤, 也很热闹。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text), { fileName: 'interview.md' });
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question' || t.kind === 'answer').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Ana Lima'],
        ['answer', 'Tomas Berg'],
        ['question', 'Ana Lima'],
        ['answer', 'Tomas Berg'],
      ],
    );
    // "划重点：" (the key points) is the account's furniture, no speaker.
    assert.ok(!record.people.some((p) => p.name === '划重点'));
  });
});
