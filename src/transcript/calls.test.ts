// Telephone briefings where the moderator calls on reporters by name alone ("we will go to the
// line of Hallie Brandt"), reporters who greet the principal ("Hey, Wen. Greetings from…", "Merry
// Christmas, Wen."), and an office label named from a title joined with no-break spaces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { nameCalledOn, namedAsker, outletRecognized, sameSurname, selfIntroduction } from './handoffs.ts';
import { introducedAsHost } from './hosts.ts';

describe('a telephone gaggle whose moderator calls on reporters by name', () => {
  const { record } = importTranscript(fixture('telephone-gaggle.md'));

  it('gives each question the reporter the hand-off names, never a greeting', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Hallie Brandt', null],
        ['Omar Castell', null],
      ],
    );
  });
});

describe('nameCalledOn and selfIntroduction', () => {
  it('reads the name that ends a hand-off', () => {
    assert.equal(nameCalledOn('Thank you. Next up, we’ll go to the line of Pavel Ostrowski.'), 'Pavel Ostrowski');
    assert.equal(nameCalledOn('Our last question will go to the line of Ines Marlow.'), 'Ines Marlow');
    assert.equal(nameCalledOn('Next up, Ruth Anselm.'), 'Ruth Anselm');
    assert.equal(nameCalledOn('We will go to the line of questions about the budget.'), null);
    assert.equal(nameCalledOn('The next question is from the line of Parvin Shah, an individual investor, please go ahead.', true), 'Parvin Shah');
    // The Public Papers' brackets after the name that ends the sentence handing the floor.
    assert.deepEqual(namedAsker('So with that, I will take some questions, and I will start with Ana Lima [Harbour Radio].'), {
      name: 'Ana Lima',
      outlet: 'Harbour Radio',
    });
    assert.equal(nameCalledOn('That is all the time we have.'), null);
  });

  it('reads a given name that is also a word, called alone or first with a few words after it', () => {
    assert.equal(nameCalledOn('Roger.'), 'Roger');
    assert.equal(nameCalledOn('Toby. Yes, we’ll get everybody.'), 'Toby');
    assert.equal(nameCalledOn('Jake, yes. How you doing?'), 'Jake');
    assert.equal(nameCalledOn('Dana Okafor -- yes, Dana Okafor.'), 'Dana Okafor');
    assert.equal(nameCalledOn('Last question. Ann -- since you’ve been here from day one.'), 'Ann');
    assert.equal(nameCalledOn('Tomorrow.'), null);
    assert.equal(nameCalledOn('Thanks. That is all.'), null);
  });

  it('reads "go to Will Mauldin" and "one final question from Owen Churchill"', () => {
    assert.equal(nameCalledOn('Let’s go to Will Mauldin.', true), 'Will Mauldin');
    assert.equal(nameCalledOn('Let’s take one final question from Owen Churchill.', true), 'Owen Churchill');
  });

  it('does not take a greeting for a reporter and an outlet', () => {
    assert.equal(selfIntroduction('Hey, Wen. Greetings from the north shore. Will the drill close the ferry?'), null);
    assert.equal(selfIntroduction('Merry Christmas, Wen. Who pays for the drill?'), null);
    assert.deepEqual(selfIntroduction('Tomas Berg from the Northern Ledger. Who pays?'), { name: 'Tomas Berg', outlet: 'Northern Ledger' });
  });

  it('reads the outlet after its kind in lower case ("from the business daily Quayside")', () => {
    assert.deepEqual(selfIntroduction('Thank you. Lars Eng (phonetic) from the business daily Quayside. On the harbour?'), {
      name: 'Lars Eng',
      outlet: 'Quayside',
    });
    assert.deepEqual(selfIntroduction('Mina Sato with the public broadcaster Harbour One. When?'), { name: 'Mina Sato', outlet: 'Harbour One' });
    assert.equal(selfIntroduction('Hey, Wen. Greetings from the old pier. Will it close?'), null);
  });

  it('takes a name only where a sentence starts or an introduction says so, never mid-sentence', () => {
    assert.equal(selfIntroduction('Mr. President, what is your reaction to the expulsion by the Harbour Board of Ilse Varga, and will it matter?'), null);
    assert.deepEqual(selfIntroduction('Hi. My name is Lars Eng from Quayside. On the harbour?'), { name: 'Lars Eng', outlet: 'Quayside' });
  });

  it('reads a particle inside a name, a comma before "of", and a first name alone with the outlet', () => {
    assert.deepEqual(selfIntroduction('I’m Rosa Di Marco from Quayside. Governor, why now?'), { name: 'Rosa Di Marco', outlet: 'Quayside' });
    assert.deepEqual(selfIntroduction('Ivo Brandt, of Harbour Business Radio, Governor. Last week, you said'), {
      name: 'Ivo Brandt',
      outlet: 'Harbour Business Radio',
    });
    assert.deepEqual(selfIntroduction('Sir, Rohan from Delta News. Will the Minister meet him?'), { name: 'Rohan', outlet: 'Delta News' });
    assert.equal(selfIntroduction('Sir, Monday from the morning on, will the port be closed?'), null);
  });

  it('hands the floor to an outlet and then its reporter by first name, or to the last questioner by name', () => {
    assert.deepEqual(namedAsker('With that, I’ll go to the Harbour Times. Tara.'), { name: 'Tara', outlet: 'Harbour Times' });
    assert.equal(nameCalledOn('OK. Last question, Sam.'), 'Sam');
    assert.equal(nameCalledOn('Questions? Lena, please.'), 'Lena');
    assert.equal(nameCalledOn('Next, Owen Tait.'), 'Owen Tait');
    assert.equal(nameCalledOn('Let’s go to Luis Ramos’s line.'), 'Luis Ramos');
  });
});

describe('"THE GOVERNOR:" under a title whose name is joined with a no-break space', () => {
  const text = [
    '# Remarks by Governor\u00a0Ilse\u00a0Marr in Press Conference',
    '',
    'THE GOVERNOR:  Good afternoon. I spoke with Governor Tanaka this morning about the bridge.',
    '',
    'Q    Will the bridge reopen?',
    '',
    'THE GOVERNOR:  In May.',
  ].join('\n');

  it('is the governor the title names, not one named in the speech', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Ilse Marr'],
    );
  });
});

describe('an earnings call whose investor-relations head the operator introduces', () => {
  const { record } = importTranscript(fixture('earnings-host.md'));

  it('types the host a moderator, not a principal or an analyst, and keeps the office out of the outlets', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Operator', 'moderator'],
        ['Petra Vasquez', 'moderator'],
        ['Colm Haddad', 'principal'],
        ['Ines Baptiste', 'principal'],
        ['Marco Lindahl', 'journalist'],
        ['Sade Okonjo', 'journalist'],
      ],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['Harbour Securities', 'Eastgate Capital'],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      [
        'moderation',
        'moderation',
        'statement',
        'statement',
        'moderation',
        'moderation',
        'question',
        'answer',
        'moderation',
        'question',
        'answer',
        'moderation',
      ],
    );
  });

  it('knows a host who introduces themself', () => {
    assert.equal(introducedAsHost('Ada Quill', 'Good morning. My name is Ada Quill, Head of Investor Relations, and with me is our CEO.', null), true);
    assert.equal(introducedAsHost('Ada Quill', 'Good morning. I am Ada Quill, and our results were strong.', null), false);
    assert.equal(introducedAsHost('Ada Quill', 'Thanks.', 'I will now hand over to Ada Quill, Director of Investor Relations. Please go ahead.'), true);
  });
});

describe('a hand-off that gives only the analyst’s first name and firm', () => {
  it('names the firm, and the first name matches the analyst’s full label', () => {
    assert.deepEqual(namedAsker('Great. The next question comes from Rhea at Calder Partners.'), { name: 'Rhea', outlet: 'Calder Partners' });
    assert.equal(sameSurname('Rhea', 'Rhea Anne Kowalczyk'), true);
    assert.equal(sameSurname('Rhea', 'Bram Rhea'), true);
    assert.equal(sameSurname('Rhea', 'Tomas Berg'), false);
    assert.equal(namedAsker('We will now move on to questions from the floor.'), null);
  });
});

describe('leaders of a joint press conference calling on reporters themselves', () => {
  it('reads a first name or a surname with its outlet, and an outlet recognized alone', () => {
    assert.deepEqual(namedAsker('Next question is — goes to Trevin of Harbour Wire.'), { name: 'Trevin', outlet: 'Harbour Wire' });
    assert.deepEqual(namedAsker('(As interpreted.) Mr. Okabe, with Coastal Shimbun.'), { name: 'Okabe', outlet: 'Coastal Shimbun' });
    assert.deepEqual(namedAsker('(As interpreted.) If I may invite Aoki-san of Lantern News.'), { name: 'Aoki-san', outlet: 'Lantern News' });
    assert.equal(
      outletRecognized('Now we will each take a few questions, and I’ll begin by recognizing the Harbour Press. Ada, you have the first question.'),
      'Harbour Press',
    );
    assert.equal(outletRecognized('We recognize that the talks were hard.'), null);
  });

  it('gives each anonymous "Q" the outlet its leader called on', () => {
    const text = [
      'PRESIDENT ORLOV:  Thank you all. I’ll begin by recognizing the Harbour Press. Ada, you have the first question.',
      '',
      'Q    Thank you, Mr. President. Will the treaty pass?',
      '',
      'PRESIDENT ORLOV:  I believe it will.',
      '',
      'PRIME MINISTER VANCE:  (As interpreted.) Mr. Okabe, with Coastal Shimbun.',
      '',
      'Q    (As interpreted.) Thank you. When will it be signed?',
      '',
      'PRIME MINISTER VANCE:  In the spring.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['Harbour Press', 'Coastal Shimbun'],
    );
  });
});

describe('a press conference opening with a participants list ("Moderator:" and the name)', () => {
  const { record } = importTranscript(fixture('participants-list.md'));

  it('types the listed moderator a moderator, named in full with the particle ("MS. VAN DIJK")', () => {
    const roles = new Map(record.people.map((p) => [p.name, p.role]));
    assert.equal(roles.get('Anna Maria van Dijk'), 'moderator');
    assert.equal(roles.get('Tobias Erling'), 'principal');
    assert.deepEqual(
      record.turns.slice(2).map((t) => t.kind),
      ['moderation', 'statement', 'moderation', 'statement', 'moderation', 'question', 'answer', 'moderation'],
    );
  });

  it('reads the list itself as narration: nobody says the names and offices', () => {
    const list = record.turns[1]!;
    assert.deepEqual([list.kind, list.speaker, list.label], ['narration', null, 'Moderator']);
    assert.match(list.text.en!, /Chief Economist/);
    assert.ok(record.people.every((p) => p.name !== 'Moderator'));
  });
});

describe('a named reporter’s follow-up with no hand-off between', () => {
  const text = [
    '# Press Conference by Mayor Ines Calloway',
    '',
    'MS. REYES:  Next, Lina Okafor of the Harbour Times.',
    '',
    'Q    Thank you. Will the ferry fares rise?',
    '',
    'THE MAYOR:  Not this year. The council agreed the budget in March, and it holds the fares where they are until the spring.',
    '',
    'Q    And next year?',
    '',
    'THE MAYOR:  We will see. It depends on the price of fuel and on how many people take the new evening boats.',
    '',
    'MS. REYES:  Next, Pavel Dunn of Radio Lorn.',
    '',
    'Q    Is the bridge safe?',
    '',
    'THE MAYOR:  It is.',
  ].join('\n');

  it('is the same reporter; a new hand-off names the next one', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.role === 'journalist').map((t) => [t.speaker!.name, t.outlet?.name ?? null]),
      [
        ['Lina Okafor', 'Harbour Times'],
        ['Lina Okafor', 'Harbour Times'],
        ['Pavel Dunn', 'Radio Lorn'],
      ],
    );
  });
});

describe('a name and its office printed as two labels, the first with no words', () => {
  it('is one turn by the named speaker', () => {
    const text = [
      'Operator: Welcome to the call.',
      'Ines Baptiste: Revenue rose nine percent this quarter, and costs fell for the third quarter in a row.',
      'Marco Lindahl: What will the new terminal cost?',
      'Petra Lund:',
      'Chief Architect: I can take that. About forty million, spread over three years.',
      'Ines Baptiste: And it is in the budget already.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.label, t.speaker?.name ?? null]),
      [
        ['Operator', 'Operator'],
        ['Ines Baptiste', 'Ines Baptiste'],
        ['Marco Lindahl', 'Marco Lindahl'],
        ['Petra Lund', 'Petra Lund'],
        ['Ines Baptiste', 'Ines Baptiste'],
      ],
    );
  });
});

describe('a call whose host reads out shareholders’ questions before the analysts ask (shape c)', () => {
  const { record } = importTranscript(fixture('shareholder-questions.md'));

  it('types an executive who answers a question read out as a principal, even when they ask who answers it', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Rosa Lind', 'moderator'],
        ['Colm Haddad', 'principal'],
        ['Ines Baptiste', 'principal'],
        ['Teo Marsh', 'principal'],
        ['Marco Lindahl', 'journalist'],
        ['William Okafor', 'journalist'],
      ],
    );
  });

  it('still types a reporter a journalist when the moderator only checks the line ("Jane, are you there?")', () => {
    const text = [
      'Harbour Council Telephone Briefing',
      '',
      'MODERATOR: Good morning. The spokesperson will take questions. First, Jane Roe of Harbour Radio. Jane, are you there?',
      '',
      'Jane Roe: Yes, thanks. Will the night ferry run on Sunday?',
      '',
      'Wen Okoro: It will, every hour, from the north pier, as it does on the other days of the week.',
      '',
      'MODERATOR: Next, Omar Castell of the Northern Ledger. Omar, can you hear us?',
      '',
      'Omar Castell: I can. Who pays for the new pier?',
      '',
      'Wen Okoro: The harbour fund pays for it, all of it, as the council agreed in March.',
    ].join('\n');
    const roles = new Map(importTranscript(text).record.people.map((p) => [p.name, p.role]));
    assert.deepEqual([roles.get('Jane Roe'), roles.get('Omar Castell'), roles.get('Wen Okoro')], ['journalist', 'journalist', 'principal']);
  });

  it('gives the question after "Will from Eastgate Capital" to William Okafor and his firm', () => {
    assert.equal(sameSurname('Will', 'William Okafor'), true);
    assert.equal(sameSurname('Wil', 'William Okafor'), true);
    assert.equal(sameSurname('Liam', 'William Okafor'), false);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Marco Lindahl', 'Harbour Securities'],
        ['William Okafor', 'Eastgate Capital'],
      ],
    );
  });
});

describe('a call opened by a host who introduces the chief executive (shape c)', () => {
  it('types the host a moderator, though the operator gives no office and the host gives one figure', () => {
    assert.equal(
      introducedAsHost('Petra Vasquez', 'Joining us today to answer your questions are Colm Haddad, our CEO; and Ines Baptiste, our CFO.', null),
      true,
    );
    assert.equal(introducedAsHost('Colm Haddad', 'Thanks. With me is Ines Baptiste, our Chief Financial Officer.', null), false);
    assert.equal(introducedAsHost('Ines Baptiste', 'Thanks. As Colm Haddad, our CEO, said, the quarter was strong.', null), false);
    const { record } = importTranscript(fixture('host-introduces-chief.md'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Operator', 'moderator'],
        ['Petra Vasquez', 'moderator'],
        ['Colm Haddad', 'principal'],
        ['Ines Baptiste', 'principal'],
        ['Marco Lindahl', 'journalist'],
        ['Sade Okonjo', 'journalist'],
      ],
    );
  });
});

describe('a call’s text layer: the part heading right over the operator’s label, a given name a sentence may open with', () => {
  const text = [
    'Larkspur Mills plc Q1 Trading Statement – Analyst Call',
    'Mara Quist:\nGood morning. It was a steady quarter, and with that we will be happy to take your questions.\nThank you.\nQuestion and Answer Session\nOperator:\nThe first question is from Will Woods at Bernstein. Please go ahead.',
    'Will Woods, Bernstein:\nGood morning. Have you seen any slowdown in the consumer through the quarter?',
    'Mara Quist:\nNot yet. Volumes held up in every region.',
    'Operator:\nThe next question is from May Lin at Harbour Securities.',
    'May Lin, Harbour Securities:\nThanks. Will the fourth line start on time?',
    'Mara Quist:\nIt will, in the autumn.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads "Will Woods" and "May Lin" as names, and keeps the part heading out of the opening remarks', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Mara Quist', null],
        ['moderation', 'Operator', null],
        ['question', 'Will Woods', 'Bernstein'],
        ['answer', 'Mara Quist', null],
        ['moderation', 'Operator', null],
        ['question', 'May Lin', 'Harbour Securities'],
        ['answer', 'Mara Quist', null],
      ],
    );
    assert.ok(!record.turns[0]!.text.en!.includes('Question and Answer Session'));
  });
});

describe('a call printed without blank lines: names alone on their lines, participants lists with dashes', () => {
  const { record } = importTranscript(fixture('call-names-alone-no-blank-lines.txt'));

  it('reads the names repeated on lines of their own as labels, not running heads, and the lists as no turns', () => {
    assert.equal(record.conference.title, 'Quayside Ferries (OTC:QFRY) Q3 2031 Earnings Conference Call October 30, 2031 9:00 AM ET');
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Operator', null],
        ['Tomas Orvik', null],
        ['Marta Quill', null],
        ['Operator', null],
        ['Ravi Menon', 'Harbour Weekly'],
        ['Marta Quill', null],
        ['Dana Okafor', null],
        ['Ravi Menon', 'Harbour Weekly'],
        ['Operator', null],
        ['Lena Brandt', 'Tidewater Radio'],
        ['Marta Quill', null],
        ['Operator', null],
        ['Marta Quill', null],
        ['Operator', null],
      ],
    );
  });

  it('makes the executives who answer principals, the communications officer who hands over the host, and the listed askers the press', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.deepEqual(roles, {
      Operator: 'moderator',
      'Tomas Orvik': 'moderator',
      'Marta Quill': 'principal',
      'Dana Okafor': 'principal',
      'Ravi Menon': 'journalist',
      'Lena Brandt': 'journalist',
    });
  });
});

describe('a call’s machine transcript labelled "Name, Post, Firm:"', () => {
  const { record } = importTranscript(fixture('call-name-post-firm-labels.txt'));

  it('reads each three-part label: the call coordinator and the IR officer run the call, the officer answers, the analyst asks for the firm', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Sami', null],
        ['moderation', 'Ada Quill', null],
        ['statement', 'Tom Reis', null],
        ['moderation', 'Sami', null],
        ['question', 'Lee Wong', 'Piper Lane'],
        ['answer', 'Tom Reis', null],
      ],
    );
    assert.deepEqual(record.people.find((p) => p.name === 'Tom Reis')?.titles, ['President and Chief Executive Officer']);
  });

  it('takes the line that introduces the turns with a colon as the title, not as a label', () => {
    assert.equal(record.conference.title, 'Full transcript - Harbour Corp (HBR) Q2 2031');
  });
});

describe('a results service’s names over job lines: long posts, firms with commas, a name with no job line', () => {
  const { record } = importTranscript(fixture('names-over-roles-firms.txt'));

  it('reads every name over its post or firm, the one printed without a job line, and "Operator" under a part’s heading', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Operator', null],
        ['Tomas Orvik', null],
        ['Marta Quill', null],
        ['Dana Okafor', null],
        ['Operator', null],
        ['Ravi Menon', 'Keefe Bruyette & Woods Inc.'],
        ['Marta Quill', null],
        ['Operator', null],
        ['Lena Brandt', 'Autonomous Research US LP'],
        ['Dana Okafor', null],
        ['Operator', null],
        ['Tomas Orvik', null],
      ],
    );
  });

  it('makes the head of investor relations the call’s host, not a principal', () => {
    assert.equal(record.people.find((p) => p.name === 'Tomas Orvik')?.role, 'moderator');
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Marta Quill', 'Dana Okafor'],
    );
  });
});

describe('a reporter who names the outlet they ask for ("Scott Reis for Harbour Radio")', () => {
  it('is that outlet’s reporter', () => {
    const text =
      'Press Conference\n\nCHAIR QUILL. Good afternoon. We held the rate today.\n\nMICHELLE SMITH. Tom.\n\nTOM REIS. Thank you, Madam Chair. Tom Reis for Harbour Radio. Will you cut in June?\n\nCHAIR QUILL. We will see.\n\nMICHELLE SMITH. Ada.\n\nADA LIMA. Ada Lima, Northern Ledger. And wages?\n\nCHAIR QUILL. Rising.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Tom Reis', 'Harbour Radio'],
        ['Ada Lima', 'Northern Ledger'],
      ],
    );
  });
});

describe('a telephone briefing whose moderator answers the reporter on the line', () => {
  const text = [
    'MODERATOR: Thank you all for joining. Our briefer will open.',
    'SENIOR STATE DEPARTMENT OFFICIAL: Thanks. The trip starts on Monday.',
    'MODERATOR: Let’s go to the line of Hallie Brandt.',
    'QUESTION: Hi, can you hear me?',
    'MODERATOR: Yes, we can hear you.',
    'QUESTION: Great. Who else is going?',
    'SENIOR STATE DEPARTMENT OFFICIAL: The deputy, too.',
    'MODERATOR: Let’s take one final question from Omar Castell.',
    'QUESTION: When do you return?',
    'SENIOR STATE DEPARTMENT OFFICIAL: On Friday.',
  ].join('\n\n');

  it('keeps the floor with the one the moderator called, through "Yes, we can hear you."', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.speaker?.role === 'journalist' || t.label === 'QUESTION').map((t) => t.speaker?.name ?? null),
      ['Hallie Brandt', 'Hallie Brandt', 'Omar Castell'],
    );
  });
});

describe('a scraped call whose Q&A labels lost the space between given name and surname', () => {
  const text = [
    'Harbour Networks Q3 2031 Results Conference Call',
    'Company Participants',
    'Ana Reyes - President & Chief Executive Officer',
    'Conference Call Participants',
    'Tomas Berg - Quayside Securities',
    'Operator',
    'Our first question will come from the line of Tomas Berg. Your line is open.',
    'TomasBerg',
    'Thank you. How did the quarter end?',
    'AnaReyes',
    'Strongly, with orders up.',
    'TomasBerg',
    'And next quarter?',
    'AnaReyes',
    'About the same.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('names each by the participants list and gives the analyst the firm', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['question', 'Tomas Berg', 'Quayside Securities'],
        ['answer', 'Ana Reyes', null],
        ['question', 'Tomas Berg', 'Quayside Securities'],
        ['answer', 'Ana Reyes', null],
      ],
    );
  });
});

describe('a noon briefing where the spokesman calls on reporters by first name and they ask on', () => {
  const lines = [
    'Spokesman: Good afternoon. The Secretary-General travels to the harbour tomorrow. Any questions? Yeah, Joe?',
    'Question: Will he meet the mayor?',
    'Spokesman: He will.',
    'Question: And the port authority?',
    'Spokesman: Not this time. Dezhi?',
    'Question: Two questions. First, on the ferry: when does it run?',
    'Spokesman: From Monday.',
    'Correspondent: Only on weekdays?',
    'Spokesman: Every day.',
    'Question: Second, on the pier: who pays?',
    'Spokesman: The agencies share it. Amelie?',
    'Question: How many agencies?',
    'Spokesman: Four.',
    'Question: Including the food agency?',
    'Spokesman: Yes. We will try to get the list to you as soon as we can. Lena first, and then we’ll go to Omar.',
    'Question: Is the pier safe?',
    'Spokesman: It is inspected daily.',
    'Question: By whom?',
    'Spokesman: By the harbour engineers. Omar?',
    'Question: Thank you. A quick one on the budget.',
    'Spokesman: It is on track.',
  ];
  const { record } = importTranscript(lines.join('\n\n'));

  it('gives each question to the reporter last called on', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection').map((t) => t.speaker?.name ?? null),
      ['Joe', 'Joe', 'Dezhi', 'Dezhi', 'Dezhi', 'Amelie', 'Amelie', 'Lena', 'Lena', 'Omar'],
    );
  });
});

describe('a moderator who names the reporter in full, then calls them by first name', () => {
  it('gives the full name', () => {
    assert.equal(nameCalledOn('Thank you. Our next question will go to Dana Holt. Operator, please open line 95. Dana.', true), 'Dana Holt');
    assert.equal(nameCalledOn('Thank you. Dana?', true), 'Dana');
  });
});

describe('a results service’s names over "Firm - Post" lines, the same line under each turn of a speaker', () => {
  const { record } = importTranscript(fixture('names-over-firm-dash-post.txt'));

  it('reads each name over its firm and post as a label, the repeated post lines no running heads, the analyst’s firm as outlet', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['statement', 'Tomas Orvik', null],
        ['statement', 'Marta Quill', null],
        ['moderation', 'Operator', null],
        ['question', 'Ravi Menon', 'Northgate Securities LLC'],
        ['answer', 'Tomas Orvik', null],
        ['question', 'Ravi Menon', 'Northgate Securities LLC'],
        ['answer', 'Marta Quill', null],
        ['moderation', 'Operator', null],
      ],
    );
    assert.ok(!record.turns.some((t) => t.kind !== 'narration' && /Harbour Lines Inc\. - /.test(t.text.en ?? '')));
  });
});

describe('an investor the moderator calls on by name, who asks without question marks', () => {
  it('is an asker, not an official adding to the answers', () => {
    const turns = [
      'Moderator: Good afternoon and welcome to the Harbour Agro results call. I hand over to Mr. Ashok Rane.',
      'Ashok Rane: Thank you. Sales rose by a fifth this half, and the new plant runs at full capacity.',
      'Moderator: The first question is from the line of Meera Iyer from Coastline Capital. Please go ahead.',
      'Meera Iyer: What is the margin outlook for the second half?',
      'Ashok Rane: We expect margins to hold at about twelve percent.',
      'Meera Iyer: And the debt, when will it be repaid?',
      'Ashok Rane: By the end of the year.',
      'Moderator: The next question is from the line of Parvin Shah, an individual investor, please go ahead.',
      'Parvin Shah: Thank you for the opportunity. Sir any update on the pledge of promoter shares',
      'Ashok Rane: We are working on it and hope to release it this year.',
      'Parvin Shah: Okay, second question was on the receivables in the September balance sheet',
      'Ashok Rane: They rose with sales volumes.',
      'Parvin Shah: And the run rate of the plant right now',
      'Ashok Rane: About three hundred and fifty tons a month.',
      'Parvin Shah: Okay. That is all from my side and best of luck.',
      'Ashok Rane: Thank you.',
      'Moderator: The next question is from the line of Ravi Nair from Quayside Securities. Please go ahead.',
      'Ravi Nair: How are the export orders?',
      'Ashok Rane: Strong, mostly from Europe.',
      'Ravi Nair: Will prices rise?',
      'Ashok Rane: Slightly, with raw materials.',
    ].join('\n\n');
    const { record } = importTranscript(`Harbour Agro Results Call\n\n${turns}\n`);
    const theirs = record.turns.filter((t) => t.speaker?.name === 'Parvin Shah');
    assert.deepEqual(
      theirs.map((t) => t.speaker?.role),
      Array.from({ length: 4 }, () => 'journalist'),
    );
    assert.equal(theirs[0]!.kind, 'question');
    assert.ok(theirs.every((t) => t.kind === 'question' || t.kind === 'interjection'));
  });
});

describe('a call whose participants list one analyst, the operator handing the rest to "Unidentified Analyst"', () => {
  const text = [
    'Harbour Mills Inc. (NYSE:HMX) Q3 2031 Earnings Conference Call November 17, 2031 11:00 AM ET',
    'Company Participants',
    'Tomas Weller - CEO',
    'Conference Call Participants',
    'Jo Brandt - Quayside Capital',
    'Operator',
    'Good day, and welcome to the Harbour Mills call. I would like to turn the conference over to Mr. Tomas Weller.',
    'Tomas Weller',
    'Thank you. It was a steady quarter, and the new line is on time.',
    'Question-and-Answer Session',
    'Operator',
    'Thank you. And our first question comes from Jo Brandt.',
    'Jo Brandt',
    'Good morning. Where do margins go next year?',
    'Tomas Weller',
    'About where they are now.',
    'Operator',
    'Thank you. Our next question comes from Pia Sand. Please go ahead.',
    'Unidentified Analyst',
    'Hi. When does the river line open?',
    'Tomas Weller',
    'In March.',
    'Unidentified Analyst',
    'And will it run at full speed?',
    'Tomas Weller',
    'By the summer.',
    'Operator',
    'Thank you. This concludes today’s call.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('gives the unnamed analyst the one the operator hands the floor, not the one the list names', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question' || t.kind === 'interjection').map((t) => t.speaker?.name ?? null),
      ['Jo Brandt', 'Pia Sand', 'Pia Sand'],
    );
  });
});

describe('an analyst who thanks the officer answering next and asks without a question mark', () => {
  const text = [
    'Larkspur Mills Q2 Results Call',
    'Operator: Good day, and welcome to the call.',
    'Tobias Renner: Thank you. It was a steady quarter at the river plant, and the fourth line is on its way. We hired well, we built well, and we sold more than we planned in every region we serve, which is a first for us.',
    'Mara Quist: Thank you, Tobias. Margins held at thirty-one percent, and we raised the outlook for the year.',
    'Operator: The next question comes from the line of Ada Lind with Harbour Capital. You may proceed.',
    'Ada Lind: Thanks, Mara. You raised the guide more than the beat. I am curious about the second half.',
    'Mara Quist: We raised it by the beat and a little more, as we have for six quarters.',
    'Operator: The next question comes from the line of Piet Aalders with Northgate. You may proceed.',
    'Piet Aalders: When will the fourth line run?',
    'Tobias Renner: By the autumn, once the permits are in and the crews are hired.',
    'Operator: The next question comes from the line of Jo Brandt with Eastfold Securities. You may proceed.',
    'Jo Brandt: Tobias, what about the river plant?',
    'Tobias Renner: It runs at full speed now.',
  ].join('\n\n');

  it('is the analyst asking, not someone handing the floor', () => {
    const { record } = importTranscript(text);
    const ada = record.turns.find((t) => t.label === 'Ada Lind');
    assert.deepEqual([ada?.kind, ada?.speaker?.role, ada?.outlet?.name], ['question', 'journalist', 'Harbour Capital']);
  });
});
