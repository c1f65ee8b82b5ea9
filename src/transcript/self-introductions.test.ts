// Reporters who name themselves and their outlet (our own words): one who never ends a turn on a question
// mark is still the press; a place named in a list ("adversaries, North Korea, Russia, China and Iran") is
// no one introducing themself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selfIntroduction } from './handoffs.ts';
import { importTranscript } from './import.ts';

describe('a reporter who names themself and the outlet, but asks without question marks', () => {
  const text = [
    'Ana Quill: Good afternoon. The quay opens next week, on time and under budget, after two hard winters of work.',
    'Jeff: When will the ferry run again?',
    'Ana Quill: In March, once the new ramp is tested and the crews are trained.',
    'Jeff: And the old ramp?',
    'Ana Quill: It closes in April.',
    'Kim Dale: Last week you said the fees would fall. Yet they went up.',
    'Ana Quill: They went up for trucks, not for cars, and the money goes to the new ramp.',
    'Kim Dale: My name is Kim Dale with Harbour News.',
    'Ana Quill: I know, Kim. Go on.',
    'Kim Dale: The fees for cars went up too.',
    'Ana Quill: Not by much.',
    'Kim Dale: By a fifth, the council says.',
    'Ana Quill: The council counts the winter fees. Next.',
    'Jeff: Will the buses meet the ferry?',
    'Ana Quill: Every one of them.',
    'Jeff: From the first day?',
    'Ana Quill: From the first day.',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('casts them as the press, with their outlet', () => {
    const kim = record.people.find((p) => p.name === 'Kim Dale');
    assert.equal(kim?.role, 'journalist');
    assert.ok(record.outlets.some((o) => o.name === 'Harbour News'));
  });
});

describe('a list of places after a common word', () => {
  it('names no one', () => {
    assert.equal(selfIntroduction('This week we had a slew of events from adversaries, North Korea, Russia, China and Iran all pushing back.'), null);
    assert.deepEqual(selfIntroduction('Thank you, Jeff Stein, with the Washington Post. You know, the poll'), {
      name: 'Jeff Stein',
      outlet: 'Washington Post',
    });
  });
});
