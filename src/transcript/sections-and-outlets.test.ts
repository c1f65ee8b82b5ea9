// A minister's Q&A session printed as "Q:"/"A:" under numbered section headings, the minister named
// only in the title (qa-session-sections.txt); and a media interview whose reporters label themselves
// with their outlet in brackets, the first on the line under the Governor's words, then by honorific
// and surname, the page closed by an end mark (media-interview-outlets.md). Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a Q&A session under numbered section headings', () => {
  const { record } = importTranscript(fixture('qa-session-sections.txt'));

  it('names the answerer the title’s "Session with Mr Tomas Berg"', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Tomas Berg'],
      ],
    );
  });

  it('keeps the section headings out of the answers before them', () => {
    for (const turn of record.turns) assert.ok(!/The Ferry|Other Questions/.test(Object.values(turn.text).join(' ')), Object.values(turn.text).join(' '));
  });
});

describe('reporters labelled with their outlet in brackets', () => {
  const { record } = importTranscript(fixture('media-interview-outlets.md'));

  it('starts a turn at "Ines Marlow (Harbour TV 7):" under the Governor’s line, and "Ms. Marlow" is her', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Lima', null],
        ['Ines Marlow', 'Harbour TV 7'],
        ['Lima', null],
        ['Ines Marlow', 'Harbour TV 7'],
        ['Lima', null],
        ['Pavel Ostrowski', 'Quayside Radio'],
        ['Lima', null],
        ['Pavel Ostrowski', 'Quayside Radio'],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Lima'],
    );
  });

  it('leaves the end mark out of the last turn', () => {
    assert.ok(!Object.values(record.turns.at(-1)!.text).join('').includes('●'));
  });
});

describe('a head of state’s interview page with the reporter’s outlet and post in her first label', () => {
  const { record } = importTranscript(fixture('head-of-state-interview.html'));

  it('reads "Harbour Television Network (HTN) news presenter Ines Marlow" as the reporter, her outlet and post', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
      [
        ['question', 'Ines Marlow', 'Harbour Television Network (HTN)'],
        ['answer', 'Tomas Berg', null],
        ['question', 'Ines Marlow', 'Harbour Television Network (HTN)'],
        ['answer', 'Tomas Berg', null],
        ['question', 'Ines Marlow', 'Harbour Television Network (HTN)'],
      ],
    );
  });

  it('prints neither the name’s hidden tooltip nor the page’s publication status', () => {
    const text = record.turns.map((t) => Object.values(t.text).join(' ')).join(' ');
    assert.ok(!text.includes('Berg Tomas') && !text.includes('Direct link'), text);
  });
});

describe('a central bank’s press conference with one label typed with a colon', () => {
  const text = [
    'Transcript of Chair Lima’s Press Conference, May 4, 2031',
    'CHAIR LIMA. Good afternoon. The committee raised the rate by half a point today.',
    'DANA OKAFOR. Thank you. Our first question goes to Ines Marlow.',
    'INES MARLOW. Hi, Chair Lima. Ines Marlow here from The Harbour Post. How far will rates go?',
    'CHAIR LIMA. As far as they need to.',
    'DANA OKAFOR. Pavel Ostrowski.',
    'PAVEL OSTROWSKI: Thank you, Pavel Ostrowski, and Quayside Wire. Is a recession likely?',
    'CHAIR LIMA. No, we do not expect one.',
    'DANA OKAFOR. Thank you.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the colon slip as the document’s label, and each self-introduction’s outlet', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Ines Marlow', 'Harbour Post'],
        ['Pavel Ostrowski', 'Quayside Wire'],
      ],
    );
  });
});

describe('an OCR’d typescript whose labels stand alone on their lines inside long paragraphs', () => {
  const { record } = importTranscript(fixture('typescript-ocr.txt'));

  it('starts a turn at every label: alone on its line, run on after a question, or after a sentence mid-line', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => (t.kind === 'interjection' ? 'question' : t.kind)),
      ['statement', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('an office typed in sentence case', () => {
  it('reads "Prime minister:" as the same label as "Prime Minister:"', () => {
    const text = 'Prime Minister: Good morning.\n\nQuestion: Will the ferry run?\n\nPrime minister: It will.\n\nQuestion: When?\n\nPrime Minister: In June.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['statement', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('a central bank’s transcript whose labels in capitals sometimes run on inside a paragraph', () => {
  const text = [
    'CHAIR LIMA. Good afternoon. The committee held the rate today.',
    'DANA OKAFOR. Ines.',
    'INES MARLOW. Thank you. Will you cut in the autumn?',
    'CHAIR LIMA. We will see the data first. INES MARLOW. And the ferries? CHAIR LIMA. They are not ours to run.',
    'DANA OKAFOR. Peter. PETER OSTROWSKI- BERG. Hi, Chair Lima. Is a recession likely?',
    'CHAIR LIMA. No. FROM THE HARBOUR DESK. That heading is not a speaker.',
  ].join('\n\n');

  it('opens a turn at a recurring label or a name in capitals after a finished sentence, not at other capitals', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.speaker?.name ?? null),
      ['Lima', 'Dana Okafor', 'Ines Marlow', 'Lima', 'Ines Marlow', 'Lima', 'Dana Okafor', 'Peter Ostrowski-Berg', 'Lima'],
    );
  });
});

describe('a central bank’s Q&A where reporters name themselves and a known outlet, some unlabelled under an answer', () => {
  const text = [
    'Monetary Policy Report Press Conference: Questions and Answers',
    'Ruth Ashby: Ruth Ashby from the Harbour Post. Governor, will rates fall in June?',
    'Andrew Lorne: We have not decided. The data will tell us.',
    'Ed Marsh from Sky news. Governor, do you feel pressure from Westminster to cut?',
    'Andrew Lorne: No. We set rates for the whole country.',
    'Kit Dorran: Kit Dorran CNBC. A couple of quick questions. Are the agents more gloomy than last quarter?',
    'Andrew Lorne: A little, on hiring.',
    'Dora Pell: Dora Pell from The Sun. Will mortgages get cheaper this summer?',
    'Andrew Lorne: Some have already.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each introduction’s outlet as presser knows it, and a name with the outlet beside it', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        ['Ruth Ashby', 'journalist', 'Harbour Post'],
        ['Ed Marsh', 'journalist', 'Sky News'],
        ['Kit Dorran', 'journalist', 'CNBC'],
        ['Dora Pell', 'journalist', 'The Sun'],
      ],
    );
  });
});

describe('a caption transcript where the moderator’s word runs into the reporter’s introduction', () => {
  it('reads "I’m Step Vale from Harbour Television News" after the outlet the moderator called', () => {
    const text = [
      'Secretary General: Good afternoon. I am ready to take your questions.',
      'Q: Harbour Television I’m Step Vale from Harbour Television News. Will the talks resume?',
      'Secretary General: They will, next month.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    const question = record.turns.find((t) => t.kind === 'question')!;
    assert.deepEqual([question.speaker?.name, question.outlet?.name], ['Step Vale', 'Harbour Television News']);
  });
});
