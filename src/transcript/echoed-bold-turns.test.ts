// A site's page whose turns open with the label and first paragraph in bold, that paragraph printed again
// after the bold, some turns run into one line (our own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { splitLines } from './lines.ts';
import { withEchoedBoldTurnsOnce } from './echoed-bold-turns.ts';

const PAGE = [
  '# Transcript of the Harbour Delegation Press Conference',
  '',
  '**Secretary Orvik: Good afternoon, and thank you for coming.**Good afternoon, and thank you for coming.',
  '',
  'We agreed today on the new berths.',
  '',
  '**Question: When will the berths open?**When will the berths open? **Secretary Orvik: In the spring.**In the spring. **Question: And the fares?**And the fares? **Secretary Orvik: Unchanged.**Unchanged.',
  '',
  '**Question: Will the ferries run at night?**Will the ferries run at night?',
  '',
  '**Secretary Orvik: Every night.**Every night.',
].join('\n');

describe('turns whose bold first paragraph is printed twice, some run into one line', () => {
  it('writes each turn once, a paragraph of its own', () => {
    const { record } = importTranscript(PAGE);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.text.en]),
      [
        ['statement', 'Good afternoon, and thank you for coming.\n\nWe agreed today on the new berths.'],
        ['question', 'When will the berths open?'],
        ['answer', 'In the spring.'],
        ['question', 'And the fares?'],
        ['answer', 'Unchanged.'],
        ['question', 'Will the ferries run at night?'],
        ['answer', 'Every night.'],
      ],
    );
  });

  it('leaves a page with one bold phrase repeated after it as printed', () => {
    const lines = splitLines('**Note: the berths open in spring.**the berths open in spring.\n\nQ: When?\n\nA: Spring.');
    assert.equal(withEchoedBoldTurnsOnce(lines), lines);
  });
});
