// A label of an office and a bare surname ("SECRETARY QUIST") names the person by the surname,
// the office kept among the titles, as a speaker labelled by office alone is named from the title.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { identify } from './identity.ts';
import { importTranscript } from './import.ts';

function named(label: string): [string, string[]] | null {
  const identity = identify(label);
  return identity.type === 'person' ? [identity.name, identity.titles] : null;
}

describe('an office before a bare surname', () => {
  it('names the surname and keeps the office as a title', () => {
    assert.deepEqual(named('SECRETARY QUIST'), ['Quist', ['SECRETARY']]);
    assert.deepEqual(named('Prime Minister Oduya'), ['Oduya', ['Prime Minister']]);
    assert.deepEqual(named('CONGRESSWOMAN LINDGREN'), ['Lindgren', ['CONGRESSWOMAN']]);
    assert.deepEqual(named('COACH MARA QUIST'), ['Mara Quist', ['COACH']]);
    assert.deepEqual(named('HEAD COACH MARA QUIST'), ['Mara Quist', ['HEAD COACH']]);
    assert.deepEqual(named('HEAD MARA QUIST'), ['Head Mara Quist', []]);
  });

  it('keeps an honorific, an office alone and an office of two words as printed', () => {
    assert.deepEqual(named('MS. SMITH'), ['Ms. Smith', ['MS.']]);
    assert.deepEqual(named('VICE PRESIDENT'), ['Vice President', ['VICE']]);
    assert.deepEqual(named('Secretary General'), ['Secretary General', ['Secretary']]);
    assert.deepEqual(named('KING HAAKON'), ['King Haakon', ['KING']]);
  });

  it('names every official of a joint gaggle as the rest of the document does', () => {
    const { record } = importTranscript(fixture('office-surname-remarks.md'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Ada Harlow', 'principal'],
        ['Quist', 'principal'],
        ['Obuya', 'principal'],
        ['Lindgren', 'principal'],
      ],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.name === 'Lindgren').map((t) => [t.kind, t.label]),
      [['statement', 'REPRESENTATIVE LINDGREN']],
    );
  });
});

describe('a question label with its asker in brackets', () => {
  it('names the reporter and the outlet, with a dash or a comma between them', () => {
    assert.deepEqual(identify('Q (Jane Roe – Grand Prix Daily)'), { type: 'person', name: 'Jane Roe', titles: [], outlet: 'Grand Prix Daily', role: null });
    assert.deepEqual(identify('Question (Rob Lee, Speed Channel)'), { type: 'person', name: 'Rob Lee', titles: [], outlet: 'Speed Channel', role: null });
  });

  it('keeps an outlet alone in brackets the outlet asking', () => {
    assert.deepEqual(identify('Question (Reuters)'), { type: 'outlet', outlet: 'Reuters' });
  });

  it('names a reporter given by surname alone before the outlet ("REPORTER (SATO, NHK)")', () => {
    assert.deepEqual(identify('REPORTER (SATO, HARBOUR TV)'), { type: 'person', name: 'Sato', titles: [], outlet: 'HARBOUR TV', role: null });
    assert.deepEqual(identify('Question (Reuters, London)'), { type: 'outlet', outlet: 'Reuters, London' });
  });
});

describe('a name with its surname in capitals', () => {
  it('is named in natural case, as motorsport prints it ("Mia KOVAC")', () => {
    assert.deepEqual(named('Mia KOVAC'), ['Mia Kovac', []]);
    assert.deepEqual(named('Jean-Eric VERGNE'), ['Jean-Eric Vergne', []]);
    assert.deepEqual(named('Ms. Kovac'), ['Ms. Kovac', ['Ms.']]);
  });
});

describe('a prime minister labelled "PM" and a surname', () => {
  it('names the surname, the office its title', () => {
    const identity = identify('PM BRANDT');
    assert.equal(identity.type === 'person' ? identity.name : null, 'Brandt');
  });
});

describe('a parliament’s courtesy style and letters after the name', () => {
  it('names the member without "The Hon." or "MP", the office before the name kept as a title', () => {
    assert.deepEqual(named('THE HON. ILARIO VENN MP, MINISTER FOR HARBOURS'), ['Ilario Venn', ['MINISTER FOR HARBOURS']]);
    assert.deepEqual(named('SENATOR THE HON. MARA QUIST, MINISTER FOR COASTAL AFFAIRS'), ['Mara Quist', ['MINISTER FOR COASTAL AFFAIRS', 'SENATOR']]);
    assert.deepEqual(named('SECRETARY OF THE HARBOURS LENA OKAFOR'), ['Lena Okafor', ['SECRETARY']]);
  });

  it('keeps an outlet whose name ends as letters after a name might ("Ada Lind, City AM")', () => {
    const identity = identify('Ada Lind, City AM');
    assert.equal(identity.type === 'person' ? identity.outlet : null, 'City AM');
  });
});

describe('a joint news conference: a guest labelled by a long office, then once by name and a period', () => {
  const text = [
    'President of Harbouria Ana Reyes: Mr Chancellor, ladies and gentlemen, the talks were useful.',
    'Federal Chancellor of the Republic of Northland Tomas Berg (retranslated): Madam President, thank you.',
    'Question: A question for both leaders: will trade grow?',
    'Ana Reyes: It will.',
    'Tomas Berg. Thank you very much for your question.',
    'It will grow, and quickly.',
    'Question: And the ferry?',
    'Tomas Berg: It runs again in June.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('names the guest by name from the long office, and reads the period slip as his label', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Reyes'],
        ['statement', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Ana Reyes'],
        ['answer', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Tomas Berg'],
      ],
    );
  });
});
