// A magazine's interview page with front matter (our own words): titled "Interview with …", written up by one
// author, the questions in bold (one with a space left before its closing mark), the answers plain.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const PAGE = [
  '---',
  'title: "Interview with Ada Quill"',
  "authors: ['Ben Harrow']",
  'section: "features"',
  '---',
  '*Ada Quill has run the harbour ferry for ten years.*',
  '',
  '**When did you first sail the ferry?**',
  '',
  'At nineteen, on a summer job. I thought it would last a season, and it has lasted a life. The first winter was the hardest: ice on the ramp, and the engine would not start before nine. But the regulars kept coming, and so did I.',
  '',
  '**What changed since then? **',
  '',
  'The boats are quieter, and the passengers are in more of a hurry.',
  '',
  '**Will you ever retire?**',
  '',
  'Not while the tide still turns.',
].join('\n');

describe('an interview page titled by the one interviewed and written up by one author', () => {
  const { record } = importTranscript(Buffer.from(PAGE));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('gives every bold question to the author and every answer to the one the title names', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Ben Harrow'],
        ['answer', 'Ada Quill'],
        ['question', 'Ben Harrow'],
        ['answer', 'Ada Quill'],
        ['question', 'Ben Harrow'],
        ['answer', 'Ada Quill'],
      ],
    );
    assert.equal(spoken[2]!.text.en, 'What changed since then?');
  });
});

describe('a profile page’s interview: the member’s name as the title, the party and a link under it, bold questions', () => {
  const html = [
    '<div class="article-title">Ms Thandi Quill</div>',
    '<div class="interview-party">HPP</div>',
    '<div class="link"><a href="https://example.org/quill">Profile on the Members’ Register</a></div>',
    '<p class="q"><strong>What did your party achieve this term?</strong></p>',
    '<p>We won more speaking time for small parties, after years of asking.</p>',
    '<p class="q"><strong>What was hardest?</strong></p>',
    '<p>Getting motions onto the order paper.</p>',
    '<p class="q"><strong>Will you stand again?</strong></p>',
    '<p>Yes, if the party wants me.</p>',
  ].join('\n');
  const { record } = importTranscript(Buffer.from(html));

  it('titles the record by the name alone and gives the answers to that member', () => {
    assert.equal(record.conference.title, 'Ms Thandi Quill');
    const answers = record.turns.filter((t) => t.kind === 'answer');
    assert.equal(answers.length, 3);
    for (const answer of answers) assert.equal(answer.speaker?.name, 'Thandi Quill');
  });
});
