// Subtitles by permalink, beside the other exports: /c/:slug.vtt and .srt for a timed record (and a
// link to them on its page); for an untimed one a clear 409 and no link.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleRecord } from '../support/records.ts';
import { testServer } from '../support/server.ts';

const { url, store } = await testServer();
const untimed = sampleRecord();
const { slug: plain } = await store.conferences.saveRecord(untimed, { contentHash: 'untimed' }, new Date().toISOString());
const timedRecord = sampleRecord({ slug: 'timed-briefing', title: 'Timed Briefing' });
timedRecord.turns = timedRecord.turns.map((t) => ({ ...t, startsAt: t.seq * 30 }));
const { slug: timed } = await store.conferences.saveRecord(timedRecord, { contentHash: 'timed' }, new Date().toISOString());

test('a timed record: /c/:slug.vtt and .srt, linked from its page', async () => {
  const vtt = await fetch(`${url}/c/${timed}.vtt`);
  assert.equal(vtt.status, 200);
  assert.match(vtt.headers.get('content-type') ?? '', /^text\/vtt/);
  assert.match(await vtt.text(), /^WEBVTT\n[\s\S]*\n00:01:00\.000 --> [\d:.]+\n<v Lena Marsh>Good morning\./);
  const srt = await (await fetch(`${url}/c/${timed}.srt`)).text();
  assert.match(srt, /^1\n00:00:30,000 --> 00:01:00,000\nOn 2 May 2025/);
  const page = await (await fetch(`${url}/c/${timed}`)).text();
  assert.match(page, new RegExp(`href="/c/${timed}\\.vtt"`));
  assert.match(page, new RegExp(`href="/c/${timed}\\.srt"`));
});

test('an untimed record: 409 with the reason, and no subtitle link on its page', async () => {
  const res = await fetch(`${url}/c/${plain}.vtt`);
  assert.equal(res.status, 409);
  const body = await res.json();
  assert.equal(body.error.code, 'wrong_state');
  assert.match(body.error.message, /no turn has a time/);
  const page = await (await fetch(`${url}/c/${plain}`)).text();
  assert.ok(!page.includes(`/c/${plain}.vtt`));
  assert.match(page, new RegExp(`href="/c/${plain}\\.csv"`));
});
