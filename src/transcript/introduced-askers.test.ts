// A central bank's Q&A where some reporters are labelled and others only name themselves at the
// start of a paragraph printed on under the last answer; and a president who calls on a reporter
// by name and outlet before her labelled question. Our own words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

describe('reporters who name themselves at the start of an unlabelled paragraph', () => {
  const text = [
    'Mara Quill: Mara Quill, with the Harbour Gazette. Governor, will you cut in June?',
    'Ana Reyes: It is not a fait accompli. Each meeting is a new decision.',
    'Tomas Berg from the Northern Ledger. Governor, the report puts weight on money growth.',
    'I wondered why that was.',
    'Ana Reyes: Because money growth has turned. Thank you.',
    'Joel Hart: from Coastline Radio I have two questions. Who goes first, and when?',
    'Ana Reyes: We do not know yet.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes each a question of its own, with the outlet each gives', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Mara Quill', 'Harbour Gazette'],
        ['answer', 'Ana Reyes', null],
        ['question', 'Tomas Berg', 'Northern Ledger'],
        ['answer', 'Ana Reyes', null],
        ['question', 'Joel Hart', 'Coastline Radio'],
        ['answer', 'Ana Reyes', null],
      ],
    );
  });
});

describe('a president who calls on a reporter by name and outlet before her labelled question', () => {
  const text = [
    'THE PRESIDENT: Thank you all. I will take one question. Dana Holt, Harbour Gazette.',
    'Q: Thank you, Mr. President. Will the ferry run on Sunday?',
    'THE PRESIDENT: It will.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('keeps the call inside the president’s turn', () => {
    assert.deepEqual(
      record.turns.map((t) => t.label),
      ['THE PRESIDENT', 'Q', 'THE PRESIDENT'],
    );
    assert.match(record.turns[0]!.text.en ?? '', /Dana Holt, Harbour Gazette\.$/);
  });
});

describe('a reporter who names an outlet presser knows whose first word is an office’s', () => {
  const text = [
    'Joint press conference',
    'THE PRESIDENT: Thank you. Questions. Go ahead.',
    'Q Yes, sorry. Ines Marlow with Press Trust of India. Prime Minister, will the ferry deal be signed?',
    'THE PRESIDENT: It will, next week.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads "Press Trust of India" as the outlet, not an office', () => {
    assert.deepEqual([record.turns[1]!.speaker?.name, record.turns[1]!.outlet?.name], ['Ines Marlow', 'Press Trust of India']);
  });
});
