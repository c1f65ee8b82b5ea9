// Pages as static sites store them: template tags around the markup, sharing buttons after the
// text, an interview named in its heading, a speech under a "Remarks by" heading with bold sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('an interview page named in its heading', () => {
  const { record } = importTranscript(fixture('interview-heading-page.html'));

  it('gives the answers to the one the heading names', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ...Array.from({ length: 3 }, () => [
          ['question', null],
          ['answer', 'Thandi Mokoena'],
        ]).flat(),
      ],
    );
    assert.equal(record.conference.title, 'Interview: Thandi Mokoena');
  });

  it('keeps the template tags and the sharing buttons out of the turns', () => {
    const text = record.turns.map((t) => t.text.en).join('\n');
    assert.ok(!text.includes('{%') && !text.includes('Share this page'), text);
    assert.equal(record.turns.at(-1)!.text.en, 'Learn the standing orders in your first month. Everything else follows.');
  });
});

describe('a speech under a "Remarks by" heading, its sections in bold', () => {
  const { record } = importTranscript(fixture('remarks-bold-headings.md'));

  it('is the named speaker’s statement, the bold section headings no questions', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [['statement', 'Ravi Menon']],
    );
    assert.match(record.turns[0]!.text.en!, /^1 Good afternoon\.[\s\S]*survey results when the channel reopens\.$/);
  });
});
