// A prime minister's radio interview as an archive's XML record (the shape of Australia's PM
// Transcripts), in words of our own: the release date day first in figures, the page's HTML in the
// record with each label alone in bold over the words ("HOST: " with a space inside the bold); and an
// interview whose "Journalist" label lost its colon in places.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const record = (releaseDate: string) => `<?xml version="1.0" encoding="UTF-8" ?>
<transcripts>
  <transcript>
    <transcript-id>90001</transcript-id>
    <title>Radio interview with Jo and Sam – Harbour FM</title>
    <prime-minister>Lima, Ana</prime-minister>
    <release-date>${releaseDate}</release-date>
    <release-type>Transcript</release-type>
    <content><![CDATA[<p><strong>HOST: </strong></p>
<p>The Prime Minister is on the line. Good morning, Ana Lima!</p>
<p><strong>PRIME MINISTER:</strong></p>
<p>Good morning, lovely to be with you both.</p>
<p><strong>HOST: </strong></p>
<p>Will the ferry fares come down before summer?</p>
<p><strong>PRIME MINISTER:</strong></p>
<p>They will. We have capped them from the first of December, and the cap holds for two years.</p>
<p><strong>HOST:</strong></p>
<p>And the new wharf at the point, when does work start?</p>
<p><strong>PRIME MINISTER:</strong></p>
<p>In March, once the tender closes. It will take about eighteen months.</p>
<p><strong>HOST: </strong></p>
<p>Last one: are you coming to the regatta?</p>
<p><strong>PRIME MINISTER:</strong></p>
<p>I would not miss it.</p>]]></content>
  </transcript>
</transcripts>`;

describe('a radio interview kept as an archive’s XML record', () => {
  const { record: read } = importTranscript(record('20/11/2031'));

  it('reads "HOST:" alone on its line, recurring, as the host who asks', () => {
    assert.deepEqual(
      read.turns.map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['question', 'journalist'],
        ['answer', 'principal'],
        ['question', 'journalist'],
        ['answer', 'principal'],
        ['question', 'journalist'],
        ['answer', 'principal'],
        ['question', 'journalist'],
        ['answer', 'principal'],
      ],
    );
    assert.equal(read.turns[1]!.speaker?.name, 'Ana Lima');
  });

  it('reads a release date printed day first in figures where the order shows', () => {
    assert.equal(read.conference.date, '2031-11-20');
    assert.equal(importTranscript(record('11/20/2031')).record.conference.date, '2031-11-20');
  });

  it('leaves a date in figures that could be read either way unread', () => {
    assert.equal(importTranscript(record('05/11/2031')).record.conference.date, null);
  });
});

describe('an interview whose label lost its colon twice', () => {
  const text = [
    'Doorstop, Port Anselm',
    'Journalist: Will the ferry fares come down?',
    'PM: They will, from December.',
    'Journalist \u00a0Prime Minister, what about the wharf?',
    'PM: Work starts in March.',
    'Journalist What is the cost of the wharf?',
    'PM: About forty million dollars.',
    'Journalist: And the regatta?',
    'PM: I will be there. Journalist Jo Brandt asked me that last year too.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the label where its colon’s place is blank or a question opens after it', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['question', 'Journalist'],
        ['answer', 'PM'],
        ['question', 'Journalist'],
        ['answer', 'PM'],
        ['question', 'Journalist'],
        ['answer', 'PM'],
        ['question', 'Journalist'],
        ['answer', 'PM'],
      ],
    );
    assert.equal(record.turns[2]!.text.en, 'Prime Minister, what about the wharf?');
  });
});
