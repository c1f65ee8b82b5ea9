import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { bilingualRecord, sampleRecord } from '../../../test/support/records.ts';
import { EXPORT_FORMATS, exportProblem, exportRecord } from './index.ts';
import { QA_COLUMNS } from './csv.ts';

test('json export is the versioned record, turns in order', async () => {
  const record = sampleRecord();
  const json = JSON.parse(await exportRecord(record, 'json'));
  assert.equal(json.schema, 'presser.record/1');
  assert.equal(json.conference.title, record.conference.title);
  assert.equal(json.conference.date, '2025-05-02');
  assert.deepEqual(
    json.turns.map((t: { seq: number }) => t.seq),
    [1, 2, 3, 4, 5, 6],
  );
  assert.equal(json.turns[2].speaker, null);
  assert.equal(json.turns[2].outlet.name, 'Harbour Daily');
  assert.equal(json.turns[3].replyTo, 3);
  assert.equal(json.turns[5].text.en.split('\n\n').length, 3);
});

test('text export reflows each turn as "Label: text" with the label as printed', async () => {
  const txt = await exportRecord(sampleRecord(), 'txt');
  assert.match(txt, /^Minister of Harbours Meets the Press\n/);
  assert.match(txt, /\nHarbour Daily: When will the ferries return/);
  assert.match(txt, /\nLena Marsh: Yes, the same dues, for all\.\n\nNo carrier is favoured\./);
  assert.match(txt, /\nOn 2 May 2025 the Minister/);
});

test('markdown export carries the facts as front matter and labels in bold', async () => {
  const md = await exportRecord(sampleRecord(), 'md');
  const front = md.split('---\n')[1] ?? '';
  const facts = parseYaml(front);
  assert.equal(facts.title, 'Minister of Harbours Meets the Press');
  assert.equal(facts.date, '2025-05-02');
  assert.equal(facts.venue, 'Old Customs House');
  assert.match(md, /\*\*Harbour Daily:\*\* When will/);
});

test('csv export has one row per question with its answer, readable by a CSV parser', async () => {
  const rows: string[][] = parseCsv(await exportRecord(sampleRecord(), 'csv'));
  assert.deepEqual(rows[0]!.slice(0, QA_COLUMNS.length), [...QA_COLUMNS]);
  assert.equal(rows.length, 3);
  const second = rows[2]!;
  assert.equal(second[QA_COLUMNS.indexOf('questioner')], 'Ivo Brandt');
  assert.equal(second[QA_COLUMNS.indexOf('outlet')], 'North Wire');
  assert.equal(second[QA_COLUMNS.indexOf('origin')], 'foreign');
  assert.equal(second[QA_COLUMNS.indexOf('question')], 'Will foreign carriers pay the same dues, "as before"?');
  assert.match(second[QA_COLUMNS.indexOf('answer')]!, /^Yes, the same dues/);
  assert.equal(rows[1]![QA_COLUMNS.indexOf('questioner')], '');
});

test('html export is a whole page with an anchor per turn and paragraph, text escaped', async () => {
  const record = sampleRecord();
  record.turns[2]!.text.en = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))';
  const html = await exportRecord(record, 'html');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<article[^>]+id="t4"/);
  assert.match(html, /<p id="t6-p3">That is the law\.<\/p>/);
  assert.ok(!html.includes('<script>alert'), 'script tag must be escaped');
  assert.ok(!html.includes('<img src=x'), 'attribute injection must be escaped');
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('bilingual records keep both languages in every format', async () => {
  const record = bilingualRecord();
  const html = await exportRecord(record, 'html');
  assert.match(html, /<div class="lang" lang="zh"><p id="t6-zh-p1">是的，一视同仁。<\/p>/);
  assert.match(await exportRecord(record, 'md'), /\*\*Lena Marsh \[zh\]:\*\* 是的，一视同仁。/);
  assert.equal(JSON.parse(await exportRecord(record, 'json')).turns[1].text.zh, '早上好。新码头六月启用。\n\n运力将翻倍。');
});

test('every format renders; subtitles only from a timed record', async () => {
  const untimed = sampleRecord();
  const timed = { ...untimed, turns: untimed.turns.map((t) => ({ ...t, startsAt: t.seq * 20 })) };
  for (const format of EXPORT_FORMATS) {
    const record = exportProblem(untimed, format) === null ? untimed : timed;
    assert.equal(exportProblem(record, format), null, format);
    assert.ok((await exportRecord(record, format)).length > 100, format);
  }
  assert.match(exportProblem(untimed, 'vtt') ?? '', /no turn has a time/);
  assert.match(exportProblem(untimed, 'srt') ?? '', /no turn has a time/);
  assert.match(await exportRecord(timed, 'vtt'), /^WEBVTT\n[\s\S]*00:00:20\.000 --> /);
});
