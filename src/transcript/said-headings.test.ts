// A call rewritten into Markdown by a summarising tool (said-headings.md, our own words): each speaker's
// words under a heading that says who spoke ("## On Page 3 of [Call](…), Ana Ruiz said"), the tool's topic
// subheads inside the words, a heading for a speaker going on over a page, the pages marked off with the
// page's dated head under the mark, and the source named in the top heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('speaker headings written by a summarising tool', () => {
  const { record } = importTranscript(fixture('said-headings.md'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('makes each heading the label of the words under it, one turn for a speaker going on over a page', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['moderation', 'Operator'],
        ['statement', 'Tomas Weller'],
        ['statement', 'Ana Ruiz'],
        ['moderation', 'Operator'],
        ['question', 'Jo Brandt'],
        ['answer', 'Ana Ruiz'],
        ['moderation', 'Operator'],
      ],
    );
    assert.match(spoken[1]!.text.en ?? '', /full speed all quarter\.[\s\S]*Ana will take you through the numbers\.$/);
    assert.equal(spoken[4]!.outlet?.name, 'Quayside Capital');
    assert.equal(spoken[6]!.text.en, "This concludes today's call.");
  });

  it('takes the title from the source link, the date from the page head, and keeps the tool’s marks out of speech', () => {
    assert.equal(record.conference.title, 'Harbour Mills Q3 2031 Call Transcript');
    assert.equal(record.conference.date, '2031-11-14');
    for (const turn of record.turns) assert.doesNotMatch(Object.values(turn.text).join('\n'), /Start-MD|End-MD|On Page|14-Nov-2031/);
    for (const turn of spoken) assert.doesNotMatch(Object.values(turn.text).join('\n'), /Analyst, Quayside/);
  });
});
