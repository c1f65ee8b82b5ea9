// The exports keep what the record holds: every language in the text and the CSV, outlets in
// Markdown, subtitles only from real times (never stacked at 00:00) and Chinese cues without spaces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ConferenceRecord, Turn } from '../../domain/record.ts';
import { exportProblem, exportRecord } from './index.ts';
import { cueTexts, subtitleCues } from './research/subtitles.ts';

const principal = { name: 'Lena Marsh', titles: [], role: 'principal' as const };
const journalist = { name: 'Ola Berg', titles: [], role: 'journalist' as const };
const fjord = { name: 'Fjord Post', aliases: [], country: 'NO', origin: 'foreign' as const };

function record(turns: Partial<Turn>[]): ConferenceRecord {
  return {
    schema: 'presser.record/1',
    conference: {
      id: null,
      slug: 'harbour-briefing',
      title: 'Harbour Briefing',
      date: '2025-05-02',
      time: null,
      timeZone: null,
      venue: null,
      occasion: null,
      host: null,
      hostCountry: null,
      topic: null,
      languages: ['en', 'zh'],
      status: 'published',
    },
    people: [],
    outlets: [],
    turns: turns.map((t, i) => ({ seq: i + 1, kind: 'statement', speaker: null, outlet: null, replyTo: null, label: null, text: {}, ...t })),
  } as ConferenceRecord;
}

const interpreted = record([
  { kind: 'question', speaker: journalist, outlet: fjord, label: 'Q', text: { en: 'When do the ferries return?', zh: '渡轮何时恢复？' } },
  { kind: 'answer', speaker: principal, replyTo: 1, text: { en: 'In the spring.', zh: '春天。' } },
]);

test('the plain text carries every language of each turn', async () => {
  const text = await exportRecord(interpreted, 'txt');
  assert.match(text, /When do the ferries return\?/);
  assert.match(text, /\[zh\] 渡轮何时恢复？/);
  assert.match(text, /Lena Marsh: In the spring\.\n\n\[zh\] 春天。/);
});

test('the CSV has a column per language for questions and answers', async () => {
  const rows: string[][] = parseCsv(await exportRecord(interpreted, 'csv'));
  const header = rows[0]!;
  for (const column of ['question_en', 'question_zh', 'answer_en', 'answer_zh']) assert.ok(header.includes(column), column);
  const row = rows[1]!;
  assert.equal(row[header.indexOf('question_zh')], '渡轮何时恢复？');
  assert.equal(row[header.indexOf('answer_zh')], '春天。');
  assert.equal(row[header.indexOf('answer_en')], 'In the spring.');
});

test('Markdown keeps the outlet, also of a turn whose printed label leaves it out', async () => {
  const md = await exportRecord(interpreted, 'md');
  assert.match(md, /\*\*Q \(Fjord Post\):\*\* When do/);
  const unlabelled = await exportRecord(record([{ kind: 'question', speaker: journalist, outlet: fjord, text: { en: 'Why?' } }]), 'md');
  assert.match(unlabelled, /\*\*Ola Berg, Fjord Post:\*\* Why\?/);
});

test('subtitles come only from real times: turns all stamped 0 give none, and no cue is stacked on another', async () => {
  const stamped = record([
    { text: { en: 'One.' }, startsAt: 0 },
    { text: { en: 'Two.' }, startsAt: 0 },
    { text: { en: 'Three.' }, startsAt: 0 },
  ]);
  assert.notEqual(exportProblem(stamped, 'vtt'), null);
  assert.equal(subtitleCues(stamped).length, 0);

  const timed = record([
    { text: { en: 'Good morning.' }, startsAt: 0, endsAt: 4 },
    { text: { en: 'Untimed aside.' } },
    { text: { en: 'First question.' }, startsAt: 5, endsAt: 9 },
    { text: { en: 'Stamped twice.' }, startsAt: 12 },
    { text: { en: 'Stamped twice too.' }, startsAt: 12 },
  ]);
  const cues = subtitleCues(timed);
  assert.deepEqual(
    cues.map((c) => c.text),
    ['Good morning.', 'First question.'],
  );
  for (let i = 1; i < cues.length; i++) assert.ok(cues[i]!.start >= cues[i - 1]!.end, 'cues do not overlap');
  assert.match(await exportRecord(timed, 'srt'), /00:00:05,000 --> 00:00:09,000/);
});

test('Chinese cues are cut between characters and joined without spaces', async () => {
  const long = '我们将继续坚持对外开放的基本国策，推动建设开放型世界经济。同时，我们也欢迎各国企业来华投资兴业，共享发展机遇。这是我们一贯的立场，不会改变。';
  const cues = cueTexts(long);
  assert.ok(cues.length > 1);
  for (const cue of cues) {
    assert.ok(!/ /.test(cue), `no space in "${cue}"`);
    assert.ok(cue.length <= 40);
  }
  assert.equal(cues.join(''), long);
  const zh = record([{ text: { zh: long }, startsAt: 1, endsAt: 20 }]);
  assert.doesNotMatch(
    (await exportRecord({ ...zh, conference: { ...zh.conference, languages: ['zh'] } }, 'vtt')).split('\n\n').slice(2).join('\n'),
    /[\u4e00-\u9fff。，] [\u4e00-\u9fff]/,
  );
});
