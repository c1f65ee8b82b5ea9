// Labels a document declares or tags (our own words): a data set's role tags before the labels, a first
// label that declares the short one used after it, a transcript folded into "<details>" blocks between an
// editor's section summaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('a data set’s role tags before the labels ("[Analyst] Joe Moore, Morgan Stanley:")', () => {
  it('reads the labels under the tags, and keeps the tags out of the words', () => {
    const text = `Operator: Your first question comes from Ada Quill with Harbour Securities. Your line is open.
[Analyst] Ada Quill, Harbour Securities: Thanks. How fast will the new plant ramp?
[CEO] Tobias Renner: Faster than the last one. We learned a lot there.
Operator: Your next question comes from Ben Ito with Quay Capital. Your line is open.
[Analyst] Ben Ito, Quay Capital: And the margins?
[CFO] Mara Lind: They hold, and they should rise in the second half.
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['question', 'Ada Quill', 'Harbour Securities'],
        ['answer', 'Tobias Renner', null],
        ['moderation', 'Operator', null],
        ['question', 'Ben Ito', 'Quay Capital'],
        ['answer', 'Mara Lind', null],
      ],
    );
    assert.ok(!JSON.stringify(record.turns).includes('[CEO]'));
    // A web page's no-break space after each colon reads the same.
    const spaced = importTranscript(text.replaceAll(': ', ':\u00a0')).record;
    assert.deepEqual(
      spaced.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
    );
  });
});

describe('a first label that declares the short one used after it', () => {
  const text = `---
title: Transcript of Press Conference on the Harbour Extradition Request
date: 2031-03-10
---
<p><strong>Minister for Home Affairs and Law Alis Vanter (Minister): </strong>We want to talk about an extradition request we received in December.</p>
<p><strong>The Harbour Times (HT): </strong>How long has he been here?</p>
<p><strong>Minister: </strong>I do not know how long he has been here.</p>
<p><strong>HT: </strong>Why was he let in?</p>
<p><strong>Minister: </strong>He had no record here.</p>
<p><strong>Deputy Attorney-General Lena Marsh: </strong>The Courts will hear the application next month.</p>
`;
  const { record } = importTranscript(text, { fileName: 'post.md' });

  it('gives the short label the speaker the long one names, office and all', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name ?? null]),
      [
        ['statement', 'Alis Vanter'],
        ['question', 'The Harbour Times'],
        ['answer', 'Alis Vanter'],
        ['question', 'The Harbour Times'],
        ['answer', 'Alis Vanter'],
        ['answer', 'Lena Marsh'],
      ],
    );
  });
});

describe('a transcript folded into "<details>" blocks between an editor’s headings and summaries', () => {
  it('reads the folds, the summaries between them left out', () => {
    const text = `---
title: Harbour Talk, the March Preview
---
*Editor's note: the summaries are ours; the transcript of each part is folded under it.*

#### The ferries
Ada and Ben talk about the ferries and why they are late this winter, and about the parts that are slow to come from abroad.

<details>
  <summary>Transcript</summary>
  <br>
  <strong>Ada Quill:</strong> Welcome to Harbour Talk. Ben, why are the ferries late? <br><br>
  <strong>Ben Ito:</strong> The engines are old, and the parts are slow to come.

  <strong>Ada Quill:</strong> And the new ones?
</details>

#### The fares
Ben explains why the fares will stay where they are, and when the new ferries arrive at the quay.

<details>
  <summary>Transcript</summary>
  <br>
  <strong>Ben Ito:</strong> They arrive in May. The fares stay as they are.
</details>
`;
    const { record } = importTranscript(text, { fileName: 'post.md' });
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name ?? null, t.kind]),
      [
        ['Ada Quill', 'question'],
        ['Ben Ito', 'answer'],
        ['Ada Quill', 'question'],
        ['Ben Ito', 'answer'],
      ],
    );
    assert.ok(!JSON.stringify(record.turns).includes('explains why'));
  });
});
