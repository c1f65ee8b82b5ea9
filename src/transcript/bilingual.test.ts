// Bilingual transcripts (issue 10, shape f), in fixtures of our own: a label over the original and
// its translation is one turn in two languages; one person under two spellings of their label is
// one person, named in full where the document prints the name. Also the Chinese foreign
// ministry's English "Q:" / "A:" pages, the spokesperson named only in the title.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { pairLanguages } from './bilingual.ts';

/** [kind, label, speaker, languages of the text] per turn. */
function shape(record: ConferenceRecord) {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, Object.keys(t.text).sort().join('+')]);
}

describe('a press conference where each answer is followed by its translation', () => {
  const { record } = importTranscript(fixture('bilingual-interview.txt'));

  it('reads the same speaker twice in a row, once per language, as one turn in two languages', () => {
    assert.deepEqual(shape(record), [
      ['narration', null, null, 'en'],
      ['statement', 'CoachReyes', 'Ana Reyes', 'en+zh'],
      ['question', 'Q', null, 'en+zh'],
      ['answer', 'Reyes', 'Ana Reyes', 'en+zh'],
      ['question', 'Q', null, 'en'],
      ['answer', 'Wilk', 'Tomasz Wilk', 'en+zh'],
      ['question', 'Q', null, 'en'],
      ['answer', 'Reyes', 'Ana Reyes', 'en'],
    ]);
    assert.deepEqual(record.conference.languages, ['en', 'zh']);
  });

  it('separates both languages printed in one paragraph, each kept whole', () => {
    assert.deepEqual(record.turns[3]!.text, {
      en: 'The wind made the long ball difficult. We changed to short passes after twenty minutes.',
      zh: '风很大，长传很难控制。二十分钟后我们改打短传。',
    });
  });

  it('takes "CoachReyes" and "Reyes" for one person', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Ana Reyes', 'principal'],
        ['Tomasz Wilk', 'principal'],
      ],
    );
  });
});

describe('a briefing where the original and its translation alternate by paragraph', () => {
  const { record } = importTranscript(fixture('bilingual-briefing.txt'));

  it('keeps each language’s paragraphs in order, and the later English-only part in English only', () => {
    assert.deepEqual(shape(record), [
      ['statement', 'MS. LANGE', 'Petra Lange', 'en+zh'],
      ['question', 'Q', null, 'en+zh'],
      ['answer', 'MS. LANGE', 'Petra Lange', 'en+zh'],
      ['question', 'Q', null, 'en'],
      ['answer', 'MS. LANGE', 'Petra Lange', 'en'],
    ]);
    assert.equal(record.turns[0]!.text.zh, '各位好，欢迎来到东湾贸易办公室。今天我想介绍新的出口数据。\n\n今年前五个月，出口增长了百分之八。');
    assert.match(record.turns[0]!.text.en!, /^Good afternoon[\s\S]*\n\nIn the first five months/);
  });
});

describe('a briefing whose labels are translated too ("Q:" then "问：")', () => {
  const { record } = importTranscript(fixture('bilingual-qa.txt'));

  it('reads the label in the other language as the same speaker’s, and keeps it out of the text', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.text]),
      [
        ['question', 'Q', { en: 'When will the new export figures be published?', zh: '新的出口数据何时公布？' }],
        ['answer', 'A', { en: 'At the end of the month.', zh: '月底公布。' }],
        ['question', 'Q', { zh: '下个月的展会有多少企业参加？' }],
        ['answer', 'A', { zh: '大约两百家。' }],
      ],
    );
  });
});

describe('pairing languages', () => {
  const turn = (label: string, ...paragraphs: string[]) => ({ label, paragraphs, startsAt: null });

  it('leaves a transcript in one language as it is, quotes of the other script included', () => {
    const turns = [turn('记者', '你如何评价WTO的这一决定？'), turn('发言人', '我们注意到了。'), turn('发言人', 'We have noted it, as I said.')];
    // Two turns of one label in two languages pair; a lone English abbreviation inside Chinese does not.
    assert.equal(pairLanguages(turns.slice(0, 2), 'zh')[0]!.byLanguage, undefined);
    assert.equal(pairLanguages(turns, 'zh').length, 2);
  });

  it('does not join two turns of different speakers', () => {
    const paired = pairLanguages([turn('Reyes', 'We played well tonight, I think.'), turn('Wilk', '我们今晚踢得很好。')], 'en');
    assert.equal(paired.length, 2);
  });
});

describe('the foreign ministry’s English page with "Q:" and "A:"', () => {
  const { record } = importTranscript(fixture('spokesperson-en-qa.txt'));

  it('gives "A" the spokesperson named in the title, and the opening announcement to them', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', null, 'Lin Xiaolan', null],
        ['question', 'Q', null, null],
        ['answer', 'A', 'Lin Xiaolan', null],
        ['question', 'Follow-up', null, null],
        ['answer', 'A', 'Lin Xiaolan', null],
        ['question', 'Harbour Daily', null, 'Harbour Daily'],
        ['answer', 'A', 'Lin Xiaolan', null],
      ],
    );
  });
});

describe('a label and its translation over the two languages ("CGTN：" then "记者：")', () => {
  const text = [
    'Interview with Governor Ada Quill',
    'Delta TV：How will the bank respond to inflation this year?',
    '记者：今年央行将如何应对通胀？',
    'Ada Quill：We will keep prices stable and watch the data closely.',
    '林安：我们将保持物价稳定，并密切关注数据。',
    'Delta TV：And the exchange rate, will it stay flexible?',
    '记者：汇率会保持弹性吗？',
    'Ada Quill：Yes, it will stay flexible and market based.',
    '林安：是的，汇率将保持弹性，以市场为基础。',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('is one turn in two languages, the first label naming it', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, Object.keys(t.text).sort().join('+')]),
      [
        ['question', 'Delta TV', 'en+zh'],
        ['answer', 'Ada Quill', 'en+zh'],
        ['question', 'Delta TV', 'en+zh'],
        ['answer', 'Ada Quill', 'en+zh'],
      ],
    );
  });
});
