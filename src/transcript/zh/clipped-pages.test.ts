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
