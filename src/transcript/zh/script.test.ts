// Chinese read alike in either script: the folded copy the importer reads, and the document's own
// characters given back to what it prints. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from '../fixtures/read.ts';
import { importTranscript } from '../import.ts';
import { foldedToSimplified, ScriptRestorer } from './script.ts';

const TRADITIONAL = [
  '港務局局長會見傳媒答問全文',
  '',
  '記者：新碼頭何時啟用？',
  '',
  '港務局局長：明年一季度。我們會盡快公布細節。',
  '',
  '記者：頭髮般細的裂縫會否影響工程？',
  '',
  '港務局局長：不會。我們發現後已經修補。',
].join('\n');

const shape = (text: string) =>
  importTranscript(Buffer.from(text)).record.turns.map((t) => [t.kind, foldedToSimplified(t.label ?? ''), t.outlet?.name ?? null]);

describe('Chinese in either script', () => {
  it('folds Traditional characters one for one, and leaves other text as it is', () => {
    const folded = foldedToSimplified(TRADITIONAL);
    assert.equal(folded.length, TRADITIONAL.length);
    assert.ok(folded.startsWith('港务局局长会见传媒答问全文'));
    const english = 'Harbour Board: no Chinese here.';
    assert.equal(foldedToSimplified(english), english);
  });

  it('gives back the document’s own characters, by the words around one folded from two', () => {
    const folded = foldedToSimplified(TRADITIONAL);
    const restorer = new ScriptRestorer(TRADITIONAL, folded);
    // "发" stands for "髮" in "头发" and for "發" in "发现": each is found by its neighbours.
    assert.equal(restorer.restore('头发般细的裂缝'), '頭髮般細的裂縫');
    assert.equal(restorer.restore('我们发现后已经修补。'), '我們發現後已經修補。');
    assert.equal(restorer.restore('Harbour'), 'Harbour');
  });

  it('reads a Traditional transcript as its Simplified copy, and prints it in its own characters', () => {
    assert.deepEqual(shape(TRADITIONAL), shape(foldedToSimplified(TRADITIONAL)));
    const { record } = importTranscript(Buffer.from(TRADITIONAL));
    assert.equal(record.conference.title, '港務局局長會見傳媒答問全文');
    assert.equal(record.turns[1]!.label, '港務局局長');
    assert.equal(record.turns.at(-1)!.text.zh, '不會。我們發現後已經修補。');
    assert.equal(record.turns[2]!.text.zh, '頭髮般細的裂縫會否影響工程？');
  });

  it('reads a Traditional page by the rules written in Simplified characters', () => {
    // The closing credits' pattern is written "校对"; the page prints "校對".
    const { record } = importTranscript(Buffer.from(`${TRADITIONAL}\n\n校對：小林\n`));
    assert.equal(record.turns.at(-1)!.text.zh, '不會。我們發現後已經修補。');
  });

  it('reads Chinese typed with ASCII colons ("问: …") as it reads the full-width colon, news items run together too', () => {
    const read = (text: string) => importTranscript(Buffer.from(text)).record.turns.map((t) => [t.kind, t.label]);
    for (const name of ['zh-run-together-host.txt', 'zh-run-together-told.txt', 'zh-run-together-unlabelled-answers.txt', 'zh-inline-release.txt']) {
      const text = fixture(name).toString('utf8');
      assert.deepEqual(read(text.replaceAll('：', ': ')), read(text), name);
    }
  });

  it('reads Chinese typed with ASCII punctuation ("记者: 想问, 何时?") as it reads the full-width marks', () => {
    const read = (text: string) => importTranscript(Buffer.from(text)).record.turns.map((t) => [t.kind, t.label]);
    const ascii: Record<string, string> = { '，': ', ', '。': '. ', '？': '? ', '！': '! ', '：': ': ', '；': '; ' };
    for (const name of ['zh-run-together-host.txt', 'zh-run-together-told.txt', 'zh-inline-release.txt', 'chinese.txt']) {
      const text = fixture(name).toString('utf8');
      assert.deepEqual(read(text.replace(/[，。？！：；]/g, (c) => ascii[c]!)), read(text), name);
    }
  });

  it('prints the marks as the document typed them, ASCII where it typed ASCII', () => {
    const text = [
      '港口答问',
      '',
      '记者：港口何时开放，费用多少？',
      '',
      '发言人：我们会尽快公布,请大家关注。',
      '',
      '记者：还有别的安排吗?',
      '',
      '发言人：没有了，谢谢。',
    ].join('\n');
    const { record } = importTranscript(Buffer.from(text));
    assert.deepEqual(
      record.turns.map((t) => t.text.zh),
      ['港口何时开放，费用多少？', '我们会尽快公布,请大家关注。', '还有别的安排吗?', '没有了，谢谢。'],
    );
  });
  it('reads a transliterated name joined by "・" or "‧" as one joined by "·", and prints the document’s own dot', () => {
    const dialogue = (dot: string) =>
      [
        '# 港務訪談',
        `### 安娜${dot}科瓦奇：`,
        '新碼頭明年會啟用嗎？',
        '### 林海：',
        '會的，明年一季度。',
        `### 安娜${dot}科瓦奇：`,
        '工程會延誤嗎？',
        '### 林海：',
        '不會。我們已經修補了裂縫。',
      ].join('\n\n');
    for (const dot of ['・', '‧']) {
      const { record } = importTranscript(Buffer.from(dialogue(dot)));
      assert.deepEqual(
        record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
        [
          ['question', `安娜${dot}科瓦奇`],
          ['answer', '林海'],
          ['question', `安娜${dot}科瓦奇`],
          ['answer', '林海'],
        ],
      );
    }
  });
});
