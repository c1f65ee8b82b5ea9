// A briefing whose moderator gives the floor by name ("Nadia, go ahead.", "Nick Schifrin.") to
// reporters labelled only "QUESTION:": the reporter keeps the floor, follow-ups and all, until the
// moderator speaks again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const BRIEFING = [
  'Remarks to the press by the Harbour Secretary',
  'SECRETARY VALE: Good morning. The new ferry line opens in June.',
  'MS QUILL: Nadia, go ahead.',
  'QUESTION: Good morning, Mr. Secretary.',
  'SECRETARY VALE: Nadia, hi.',
  'QUESTION: Who will run the new line?',
  'SECRETARY VALE: The harbour board, under a five-year contract.',
  'QUESTION: Sorry, just to follow up: for how much?',
  'SECRETARY VALE: About forty million.',
  'MS QUILL: Tomas Berg.',
  'QUESTION: Will fares rise?',
  'SECRETARY VALE: Not this year.',
  'MS QUILL: Hudson.',
  'QUESTION: And the night crossings?',
  'SECRETARY VALE: They stay.',
  'MS QUILL: Okay.',
  'QUESTION: One more, sir?',
  'SECRETARY VALE: Thank you all.',
].join('\n\n');

describe('a briefing whose moderator gives the floor by name', () => {
  it('types the one who only gives the floor as the moderator', () => {
    const { record } = importTranscript(BRIEFING);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]).filter(([name]) => name === 'Ms Quill' || name === 'Vale'),
      [
        ['Vale', 'principal'],
        ['Ms Quill', 'moderator'],
      ],
    );
  });

  it('gives each question to the reporter named, until the moderator speaks again', () => {
    const { record } = importTranscript(BRIEFING);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection').map((t) => t.speaker?.name ?? null),
      ['Nadia', 'Nadia', 'Nadia', 'Tomas Berg', 'Hudson', null],
    );
  });

  it('reads the name in a bilingual hand-off, the translation printed under it', () => {
    const text = [
      '## 港務大臣記者會（中英對照）',
      'SECRETARY VALE: Good morning. The new ferry line opens in June.',
      '早上好。新渡輪航線將於六月開通。',
      'MS QUILL: Marina, go ahead.',
      '瑪麗娜，請提問。',
      'QUESTION: Who will run the new line?',
      '誰來營運新航線？',
      'SECRETARY VALE: The harbour board.',
      '港務局。',
      'QUESTION: For how long?',
      '營運多久？',
      'SECRETARY VALE: Five years.',
      '五年。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Marina', 'Marina'],
    );
  });
});

describe('a spokesperson who calls on reporters by name and keeps no moderator', () => {
  const { record } = importTranscript(fixture('noon-briefing-called-by-name.md'));

  it('gives every anonymous question to the last reporter called on, until the next is called', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Lena', 'Lena', 'Lena', 'Tomas', 'Tomas', 'Priya'],
    );
  });

  it('leaves the page’s topic tags and the press office’s note out of the last answer', () => {
    const last = record.turns.at(-1)!;
    assert.equal(last.text.en, 'Not yet. I will let you know. On that note, have a good weekend.');
  });
});

describe('a spokesperson’s briefing: a lead, an opening settled with "Alright", an asker the answer greets', () => {
  const text = [
    '# Daily Press Briefing by the Office of the Harbour Spokesperson',
    '- source: harbour\n- fetched: 2031-09-04',
    '## Full text',
    'Noon Briefings',
    '3 September 2031',
    '# Daily Press Briefing by the Office of the Harbour Spokesperson',
    'The following is a near-verbatim transcript of today’s briefing by Ines Calloway, Spokesperson for the Harbour Board.',
    'Briefing',
    'Alright, good afternoon. Two notes before your questions.',
    'Ferries',
    'The north ferry resumes tomorrow at six, with the full timetable by Friday.',
    'Question: Thank you. When will the pier reopen?',
    'Spokesperson: Nice to see you, Tomas. The pier reopens on Monday.',
    'Question: And the tolls?',
    'Spokesperson: Unchanged. Farnaz?',
    'Question: Who pays for the repairs?',
    'Spokesperson: The board does.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('gives the opening from the greeting on to the spokesperson, the lead staying narration', () => {
    assert.deepEqual(
      record.turns.slice(0, 2).map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['narration', null],
        ['statement', 'principal'],
      ],
    );
    assert.match(record.turns[1]!.text.en!, /^Alright, good afternoon\./);
  });

  it('names the spokesperson labelled by office from the lead: "briefing by Ines Calloway, Spokesperson for …"', () => {
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ines Calloway'],
    );
  });

  it('names the asker the answer greets (asking again until the floor is handed on), and the one a hand-off calls', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Tomas', 'Tomas', 'Farnaz'],
    );
  });
});

describe('a press secretary who announces the first seats in full and calls them by first name', () => {
  const { record } = importTranscript(fixture('briefing-announced-seats.txt'));

  it('names each asker in full, with the outlet announced, and reads a full name alone under an answer', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Hal Brandt', 'Dockside Daily'],
        ['Hal Brandt', 'Dockside Daily'],
        ['Lena Ortiz', 'Coastline Radio'],
        ['Ivo Stern', null],
      ],
    );
  });
});

describe('a spokesman who runs the floor with an outlet and a name, or is cut off as he hands it', () => {
  const text = [
    'Secretary Lorne at a Press Availability',
    'SECRETARY LORNE: Good afternoon. The harbour treaty was signed this morning, and I am glad to take a few questions.',
    'MR FROST: Ana, go ahead.',
    'QUESTION: Thank you. When does the treaty take effect?',
    'SECRETARY LORNE: In the spring, once both parliaments ratify it.',
    'MR FROST: Harbour Radio, Michelle.',
    'QUESTION: Will the fishing fleets be consulted?',
    'SECRETARY LORNE: They have been, all along.',
    'MR FROST: Quayside Wire —',
    'QUESTION: Mr. Secretary, one more on the fleets. Are the quotas changing?',
    'SECRETARY LORNE: Not this year.',
    'MR FROST: Thank you, everyone.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads him as the moderator, not a second principal', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === 'Mr Frost' || t.label === 'MR FROST').map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['moderation', 'moderator'],
        ['moderation', 'moderator'],
        ['moderation', 'moderator'],
        ['moderation', 'moderator'],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Lorne'],
    );
  });
});
