// Smaller shapes met in the held-out real transcripts (bench/corpus, docs/importer-accuracy.md),
// each in text of our own: a title block whose next line is the programme, a credit line in
// emphasis after the last answer, an operator's "First question, Name, the Outlet."
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('held-out shapes', () => {
  it('does not run the name in a title block into the programme on the next line', () => {
    const text = [
      '        TRANSCRIPT OF INTERVIEW WITH MINISTER O. BRANDT\n                       CNBC HARBOUR HOUR\n                            8 APRIL 2031',
      'CNBC:       Joining us is the minister. Minister, thank you for being with us.',
      'Minister:   Thank you.',
      'CNBC:       Will the port reopen this week?',
      'Minister:   On Friday, once the channel is checked.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['O Brandt'],
    );
  });

  it('leaves a credit line in emphasis out of the last answer', () => {
    const text =
      'Coach availability\n\n**Q: How did the line hold?**\n\nOB: Well, it held. We will look at the film.\n\n**Q: And the kicker?**\n\nOB: He is fine.\n\n_Text is taken from an interview with OB_\n';
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)!.text['en'], 'He is fine.');
  });

  it("gives the next question the reporter and outlet an operator names as 'First question, Name, the Outlet.'", () => {
    const text = [
      'Q & A',
      '**Operator**:\n\nFor questions, star 1. First question, Ines Marlow, the Quayside Gazette.\nLine open.',
      '**Reporter**:\n\nGood morning, Prime Minister. Will the ferries sail?',
      '**Prime Minister Lima**:\n\nThey will, on the morning tide.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['question', 'Ines Marlow', 'Quayside Gazette'],
        ['answer', 'Lima', null],
      ],
    );
  });
});

describe('a Chinese clause before a full-width colon inside an answer', () => {
  it('is speech, not a label, when it says someone may ask', () => {
    const text = [
      '林部长   谢谢。港口的情况我简单说一下。',
      '海港日报    请问渡轮何时恢复？',
      '林部长   明天恢复。\n        邻近港口可能会反问：\n        为什么不是今天？因为航道还要检查。',
      '海港日报    谢谢。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['林部长'],
    );
    assert.equal(record.turns.length, 4);
  });
});

describe('a full name found after a first-name label', () => {
  it('stops before a word of the language that follows the name ("Dana Okafor Postgame Interview")', () => {
    const text =
      'Notes from [Dana Okafor Postgame Interview | Game 4](https://video.example/okafor)\n\nQ: Dana, what went wrong?\n\nDana: They made their shots.\n\nQ: And the second half?\n\nDana: Better.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Dana Okafor'],
    );
  });
});
