// An interview page that sets its questions as headings over the answers ("#### **Q. …?**",
// "### Q: …?") or wholly in bold ("**Q. …?**"), the answers labelled by name: each heading is a
// question, not a section's title. Our own words (fixtures/question-headings.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('questions set as headings', () => {
  const { record } = importTranscript(readFileSync(new URL('./fixtures/question-headings.md', import.meta.url)), { fileName: 'question-headings.md' });

  it('reads each heading’s question as a question, the named answers after it as answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.kind === 'question' ? t.text.en : t.speaker?.name]),
      [
        ['question', 'How does it feel to win the Harbour Cup?'],
        ['answer', 'Ana Lima'],
        ['answer', 'Jo Reyes'],
        ['question', 'Will the team stay together next season?'],
        ['answer', 'Ana Lima'],
        ['answer', 'Jo Reyes'],
        ['question', 'Who was the player of the final?'],
        ['answer', 'Ana Lima'],
        ['question', 'What comes next for you both?'],
        ['answer', 'Jo Reyes'],
      ],
    );
    assert.equal(record.conference.title, 'Talking to the Harbour Cup Champions');
  });

  it('leaves one heading that opens with "Q." a heading', () => {
    const { record } = importTranscript(
      '# Q. and A. with the Harbour Board\n\nJane Doe: Why?\n\nMinister Quint: Because.\n\nJane Doe: When?\n\nMinister Quint: Soon.\n',
    );
    assert.equal(record.conference.title, 'Q. and A. with the Harbour Board');
  });
});
