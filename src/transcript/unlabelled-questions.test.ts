// Issue 10 item 1a: questions printed without a label where only the answers carry one, in plain
// text (unlabelled-questions.txt, our own words) and set in bold in Markdown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('plain questions between an official’s labelled answers', () => {
  const { record } = importTranscript(fixture('unlabelled-questions.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration');

  it('makes each question that closes a turn, before the official’s label again, a question of its own', () => {
    assert.deepEqual(
      spoken.map((t) => [t.kind, t.speaker?.name ?? null, t.label]),
      [
        ['statement', 'Adaeze Corrin', 'Corrin'],
        ['question', null, null],
        ['answer', 'Adaeze Corrin', 'Corrin'],
        ['question', null, null],
        ['answer', 'Adaeze Corrin', 'Corrin'],
        ['question', null, null],
        ['answer', 'Adaeze Corrin', 'Corrin'],
      ],
    );
    assert.equal(spoken[1]!.text.en, 'Will the timetable change before the summer?');
  });

  it('keeps continuation paragraphs, and a question asked inside an answer, in the answer', () => {
    assert.match(spoken[0]!.text.en ?? '', /Who could blame them for asking when it ends\? It ends in May\.$/);
    assert.match(spoken[2]!.text.en ?? '', /That is the honest answer, and the councils know it\.$/);
    assert.match(spoken.at(-1)!.text.en ?? '', /Thank you\.$/);
  });
});

describe('bold questions between labelled answers in Markdown', () => {
  const text = [
    '---\ntitle: "In conversation with Ines Okafor"\n---',
    'After the lecture, Harbour Weekly spoke to Ines Okafor about her years at sea.',
    '__HW- What made you go to sea?__',
    '__Ines__: My father was a pilot. I wanted to see the other side of the harbour.',
    '**What changed in twenty years?**',
    '__Ines__: Everything but the tides.',
    '__HW- And the next twenty?__',
    '__Ines__: Fewer ships, bigger ones.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each bold paragraph as a question, the initials before it as the publication that asks', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['question', null, 'HW'],
        ['answer', 'Ines Okafor', null],
        ['question', null, null],
        ['answer', 'Ines Okafor', null],
        ['question', null, 'HW'],
        ['answer', 'Ines Okafor', null],
      ],
    );
    assert.equal(record.turns[1]!.text.en, 'What made you go to sea?');
  });
});

describe('a written interview: numbered bold questions, answers indented under them, a bio field on top', () => {
  const text = [
    '---\ntitle: "Interview with Ines Okafor, Harbour Team Member"\n---',
    'BIO: Ines Okafor is a harbour pilot and maintains the tide tables.',
    '- GitHub: [@iokafor](https://example.org/iokafor)',
    '1. __Tell us about yourself.__',
    '    My name is Ines, and I pilot ships into the north harbour.',
    '1. __How did you get involved?__',
    '    Through a friend who kept the tide tables.',
    '    She needed help with the spring tides.',
    '1. __What do you enjoy most?__',
    '    The first ship of the morning.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each numbered bold question and the indented answer under it, and no field as a speaker', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Ines Okafor'],
        ['question', null],
        ['answer', 'Ines Okafor'],
        ['question', null],
        ['answer', 'Ines Okafor'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'question')[0]!.text.en, 'Tell us about yourself.');
  });
});

describe('an interviewer labelled once, then set in bold; the guest labelled once, then plain', () => {
  const text = [
    '# Harbour Talk',
    '**Ana Reyes: I am here with Ines Okafor at the harbour office, and we are going to talk about ferries, fares and the new quay.**',
    '**Let us start with the ferries. You have had a hard winter.**',
    '**Ines Okafor:** We have.',
    '**What went wrong?**',
    'The old boats. Two of them were out of service for a month.',
    'We hired a third from the islands.',
    '**And the fares? You think that: they will rise?**',
    'No. Not this year.',
    '**Thank you.**',
    'Thank you.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads the bold paragraphs as the interviewer’s and the plain ones as the guest’s', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Ana Reyes'],
        ['answer', 'Ines Okafor'],
        ['question', 'Ana Reyes'],
        ['answer', 'Ines Okafor'],
        ['question', 'Ana Reyes'],
        ['answer', 'Ines Okafor'],
        ['interjection', 'Ana Reyes'],
        ['answer', 'Ines Okafor'],
      ],
    );
    assert.equal(record.turns[3]!.text.en, 'The old boats. Two of them were out of service for a month.\n\nWe hired a third from the islands.');
    assert.equal(record.turns[4]!.text.en, 'And the fares? You think that: they will rise?');
  });
});
