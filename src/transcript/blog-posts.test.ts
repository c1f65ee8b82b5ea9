// Transcripts reposted in a static site's posts: Markdown holding raw HTML (a <style> block, an
// embedded video, a Q&A pasted as <p><strong>Q: </strong>…</p>, labels in <b>…</b>, highlights in
// <span>), wire headlines quoting the principal over the transcript, the date only in the post's
// summary, bold capitals labels that lost their colon, numbered questions and their follow-ups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const textOf = (turn: { text: Record<string, string | undefined> }) => Object.values(turn.text).join(' ');

describe('a post that holds its transcript partly as raw HTML', () => {
  const { record } = importTranscript(fixture('post-with-html.md'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('reads the HTML blocks and the <b> labels as turns', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.label]),
      [
        ['statement', null],
        ['question', 'Q'],
        ['answer', 'Farrant'],
        ['question', 'Q'],
        ['answer', 'Farrant'],
        ['question', 'MARTA KLEIN'],
        ['answer', 'ODILE FARRANT'],
        ['question', 'MARTA KLEIN'],
      ],
    );
    assert.equal(textOf(spoken[3]!), 'What about the currency? It fell four per cent this month.');
    assert.match(textOf(spoken[6]!), /^Not this year\. The sales stay as planned\.\s+We will review them in the autumn\.$/);
  });

  it('keeps the style sheet, the video and the tags out of every turn', () => {
    const all = JSON.stringify(record.turns);
    for (const text of ['background-color', 'iframe', '<span', '<strong', '<b>', '<a id', 'font-weight']) assert.equal(all.includes(text), false, text);
  });

  it('reads wire headlines quoting the principal as narration, not as the principal speaking', () => {
    const narration = record.turns
      .filter((t) => t.kind === 'narration')
      .map(textOf)
      .join('\n');
    assert.match(narration, /Bank's Farrant: A Cut in Spring Is Possible/);
    assert.equal(
      record.people.some((p) => p.name.startsWith('Bank')),
      false,
    );
  });

  it('gives the unlabelled statement from the greeting on to the principal, the heading lines before it staying narration', () => {
    assert.equal(spoken[0]!.speaker?.name, 'Odile Farrant');
    assert.match(textOf(spoken[0]!), /^Good afternoon, the Deputy Governor and I welcome you/);
    assert.match(textOf(spoken[0]!), /We are now ready to take your questions\.$/);
    assert.equal(textOf(spoken[0]!).includes('Port Anselm'), false);
  });

  it('dates the record from the post’s summary when the text gives no other date', () => {
    assert.equal(record.conference.date, '2031-03-04');
  });
});

describe('bold capitals labels, numbered questions and self-introductions', () => {
  const { record } = importTranscript(fixture('bold-capitals-labels.md'));

  it('reads "**NAME**" and "**NAME.**" without a colon as labels', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Ruiz', null],
        ['question', 'Tomas Berg', 'Valley Ledger'],
        ['answer', 'Ruiz', null],
        ['question', 'Tomas Berg', 'Valley Ledger'],
        ['answer', 'Ruiz', null],
        ['question', 'Anna Sorel', 'Radio Meridian'],
        ['answer', 'Ruiz', null],
        ['question', 'Lena Okafor', 'Harbour Business'],
        ['answer', 'Ruiz', null],
        ['question', 'Ivan Petrov', 'Market Wire'],
        ['answer', 'Ruiz', null],
      ],
    );
  });

  it('reads "Q1 Follow-up" as the follow-up of the reporter who asked Q1', () => {
    assert.equal(record.turns[3]!.label, 'Q1 Follow-up');
    assert.equal(
      record.people.some((p) => p.name.includes('Follow')),
      false,
    );
  });

  it('dates the record from the front matter’s summary', () => {
    assert.equal(record.conference.date, '2030-10-09');
  });
});

describe('a blogger’s comment over a reposted interview', () => {
  it('stays narration once its embedded player is gone: it speaks of the interview, not as the principal', () => {
    const text = [
      '# Harbour talks: the interview',
      '',
      'This is a really great interview that covers the whole harbour dispute. She is tough on him. <iframe src="https://player.example/ep/1"></iframe>',
      '',
      '**Ana Lima:** Let us start with the strike. Why did talks fail?',
      '',
      '**Piet Haller:** Because the offer came too late, and everyone knew it.',
      '',
      '**Ana Lima:** Will you return to the table?',
      '',
      '**Piet Haller:** Tomorrow, at nine, if the union agrees.',
      '',
      '**Ana Lima:** And if it does not?',
      '',
      '**Piet Haller:** Then we will wait, and keep the ferries running.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.equal(record.turns[0]!.kind, 'narration');
    assert.equal(record.turns.filter((t) => t.kind === 'statement').length, 0);
    assert.equal(JSON.stringify(record.turns).includes('iframe'), false);
  });
});

describe('a page saved as text with its navigation', () => {
  const { record } = importTranscript(fixture('saved-page-navigation.txt'));

  it('leaves the navigation out and takes the title after "Transcript:", the date after "Published:"', () => {
    assert.equal(record.conference.title, 'Governor Ana Reyes briefs reporters on the drought');
    assert.equal(record.conference.date, '2031-06-04');
    assert.equal(JSON.stringify(record.turns).includes('Skip to main content'), false);
    assert.equal(record.turns[0]!.kind, 'statement');
  });

  it('keeps the share buttons, links and copyright after "###" out of the last answer', () => {
    assert.equal(record.turns.at(-1)!.text.en, 'Farms will get their allocation, reduced by ten per cent.');
  });
});

describe('a team’s media day: questions in bold, several players and the coach answering', () => {
  const { record } = importTranscript(fixture('media-day.html'));

  it('reads each bold question as a question and every labelled answer after it as an answer', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['question', null],
        ['answer', 'Sam Kell'],
        ['answer', 'Ivo Balla'],
        ['question', null],
        ['answer', 'Hans Berg'],
        ['question', null],
        ['answer', 'Hans Berg'],
        ['answer', 'Sam Kell'],
      ],
    );
  });

  it('takes the players’ positions for titles, not names', () => {
    assert.deepEqual(record.people.find((p) => p.name === 'Sam Kell')?.titles, ['Defender']);
  });
});

describe('an exchange quoted in a post', () => {
  const text = [
    '# Mayor Whitcombe Dodges Question, Calls Reporter Rude',
    '',
    'Here is the exchange, as the Ledger transcribed it:',
    '',
    '> Mr. Talbot: If the budget is balanced, as you said, why close the libraries?',
    '>',
    '>',
    '> Mayor Whitcombe: Because the branches cost more than they serve.',
    '> ',
    '> Mr. Talbot: Is that a final decision?',
    '>',
    '> Mayor Whitcombe: It is. Next question.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('reads a quotation’s empty ">" lines as the breaks between its turns', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.label, t.text.en]),
      [
        ['Mr. Talbot', 'If the budget is balanced, as you said, why close the libraries?'],
        ['Mayor Whitcombe', 'Because the branches cost more than they serve.'],
        ['Mr. Talbot', 'Is that a final decision?'],
        ['Mayor Whitcombe', 'It is. Next question.'],
      ],
    );
  });

  it('does not take a headline’s next word for a given name ("Whitcombe Dodges")', () => {
    assert.equal(
      record.people.some((p) => p.name.includes('Dodges')),
      false,
    );
  });
});
