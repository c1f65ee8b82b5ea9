// Issue 10 item 1a in a central bank's text: questions in one to three unlabelled paragraphs between
// the officials' "Surname:" answers, the chair's and the host's words in square brackets, an unlabelled
// opening statement under a byline that names both officials (central-bank-unlabelled.txt, our own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('questions of several unlabelled paragraphs between a central bank’s labelled answers', () => {
  const { record } = importTranscript(fixture('central-bank-unlabelled.txt'));
  const turns = record.turns;
  const texts = (kind: string) => turns.filter((t) => t.kind === kind).map((t) => t.text.en ?? '');

  it('reads every question whole, from the paragraph that opens it to the answer’s label', () => {
    const questions = texts('question');
    assert.equal(questions.length, 6);
    assert.match(questions[0]!, /^Governor, two questions: .*\n\nThe second question is: /s);
    assert.match(questions[1]!, /^I have a question on the bond purchases;.*\n\nLet me divide .*\n\nThe second part is, /s);
    // A remark under the paragraph that asks is the same question.
    assert.match(questions[2]!, /^My first question is on .*\n\nIf I may come back to the purchases: .*maybe something more\.$/s);
    // Before the other official's label, a question worded as one.
    assert.match(questions[3]!, /^A quick question about the regional banks: /);
    assert.match(questions[4]!, /^You said that the currency is strong\..*\n\nMy second question is about the exit rules\./s);
    // "Then the second question is, …": a first was asked in the paragraph above, question mark or not.
    assert.match(questions[5]!, /^Since the last press conference, .*\n\nThen the second question is, /s);
  });

  it('keeps the answers’ own paragraphs, points counted off included, in the answers', () => {
    const answers = turns.filter((t) => t.kind === 'answer');
    assert.deepEqual(
      answers.map((t) => t.speaker?.name),
      ['Ilse Varga', 'Ilse Varga', 'Ilse Varga', 'Tomas van Aken', 'Ilse Varga', 'Ilse Varga', 'Ines Dahl'],
    );
    assert.match(answers[0]!.text.en ?? '', /\n\nOn the slowdown, the staff see/);
    assert.match(answers[2]!.text.en ?? '', /\n\nFour: the currency is supported .*will not change\.$/s);
    assert.equal(
      record.people.some((p) => p.name === 'Four'),
      false,
    );
  });

  it('names the deputy labelled by surname and particle as the byline does, a principal', () => {
    const deputy = record.people.find((p) => p.name === 'Tomas van Aken');
    assert.equal(deputy?.role, 'principal');
  });

  it('reads a bracketed "[Name: …]" as that person’s turn: the chair who gives the first question moderates', () => {
    const chair = turns.find((t) => t.speaker?.name === 'Mara Quist');
    assert.equal(chair?.kind, 'moderation');
    assert.doesNotMatch(chair?.text.en ?? '', /^\[|\]$/);
  });

  it('gives the unlabelled opening to the principal, the rule under it to nobody', () => {
    const statement = turns.find((t) => t.kind === 'statement');
    assert.equal(statement?.speaker?.name, 'Ilse Varga');
    assert.match(statement?.text.en ?? '', /^Ladies and gentlemen, .*following decisions:\n\nFirst, .*disposal for questions\.$/s);
    assert.ok(turns.some((t) => t.kind === 'narration' && t.text.en === '* * *'));
  });
});
