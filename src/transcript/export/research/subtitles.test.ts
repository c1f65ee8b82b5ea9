import assert from 'node:assert/strict';
import { test } from 'node:test';
import { a, archive, harbourDaily, makeRecord, q } from '../../../../test/support/research-records.ts';
import { cueTexts, hasTimes, subtitleCues, timestamp, toSrt, toWebVtt } from './subtitles.ts';

const long =
  'The quay opens in June. It will carry twice the freight, and the ferries will return to the east pier once the dredging is done. No carrier is favoured.';

function timed() {
  return makeRecord('t', '2024-05-02', [
    { kind: 'narration', text: 'Before the start.' },
    q(harbourDaily, 'When do <the> ferries & boats return?', { at: [65.25, 70] }),
    a(long, { at: [71, null] }),
    q(harbourDaily, 'And after that?', { at: [3700, null] }),
  ]);
}

test('timestamps: HH:MM:SS.mmm for WebVTT, a comma for SRT', () => {
  assert.equal(timestamp(0, '.'), '00:00:00.000');
  assert.equal(timestamp(3725.5, '.'), '01:02:05.500');
  assert.equal(timestamp(59.9996, ','), '00:01:00,000');
});

test("cues: readable pieces, the turn's time shared among them; untimed turns left out", () => {
  assert.ok(cueTexts(long).every((p) => p.length <= 84));
  assert.equal(cueTexts(long).join(' '), long);
  assert.ok(cueTexts('第一句很长。'.repeat(12)).every((p) => p.length <= 40));
  const cues = subtitleCues(timed());
  assert.equal(cues[0]!.start, 65.25);
  assert.equal(cues[0]!.end, 70);
  const answer = cues.filter((c) => c.speaker === 'Lena Marsh');
  assert.ok(answer.length >= 2);
  assert.equal(answer[0]!.start, 71);
  assert.equal(answer[answer.length - 1]!.end, 3700, 'an open end runs to the next timed turn');
  assert.ok(cues.every((c, i) => c.end > c.start && (i === 0 || c.start >= cues[i - 1]!.end - 1e-9)));
  assert.equal(cues[cues.length - 1]!.end, 3702, 'the last open turn gets a minimum duration');
  assert.equal(hasTimes(archive()[0]!), false);
});

test('WebVTT: header, numbered cues with voice spans, text escaped', () => {
  const vtt = toWebVtt(timed());
  assert.match(
    vtt,
    /^WEBVTT\n\nNOTE\nBriefing t, 2024-05-02\n\n1\n00:01:05\.250 --> 00:01:10\.000\n<v Harbour Daily>When do &lt;the&gt; ferries &amp; boats return\?\n/,
  );
  const timings = vtt.split('\n').filter((l) => l.includes('-->'));
  assert.ok(
    timings.every((l) => /^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$/.test(l)),
    'every timing line is well formed',
  );
  assert.match(vtt, /<v Lena Marsh>The quay opens/);
});

test('SRT: numbered cues with comma times, the speaker named once per turn; nothing for an untimed record', () => {
  const srt = toSrt(timed());
  const blocks = srt.trimEnd().split('\n\n');
  assert.ok(blocks.every((b, i) => new RegExp(`^${i + 1}\\n\\d{2}:\\d{2}:\\d{2},\\d{3} --> \\d{2}:\\d{2}:\\d{2},\\d{3}\\n.+`).test(b)));
  assert.match(blocks[0]!, /\nHarbour Daily: When do <the> ferries & boats return\?$/);
  assert.equal(blocks.filter((b) => b.includes('Lena Marsh: ')).length, 1);
  assert.equal(toSrt(archive()[0]!), '');
});
