// Sports press conferences: a transcription wire's interviews (an event title in capitals, `Q.`
// questions, capitalised name labels, the service's closing line and credit) and a motorsport
// team principals' conference in Markdown with TOML front matter, initials labels and bold headings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordProblems } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a post-match interview from a transcription wire', () => {
  const { record, report } = importTranscript(fixture('sports-wire.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.en!);

  it('reads the title (a colon inside it), date, player and four questions', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.equal(record.conference.title, 'HARBOUR CITY OPEN: QUARTERFINALS');
    assert.equal(record.conference.date, '2031-07-09');
    assert.deepEqual(
      record.turns.map((t) => [t.kind === 'interjection' ? 'question' : t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['moderation', 'The Moderator'],
        ['question', null],
        ['answer', 'Marta Illes'],
        ['question', null],
        ['answer', 'Marta Illes'],
        ['question', null],
        ['answer', 'Marta Illes'],
        ['question', null],
        ['answer', 'Marta Illes'],
      ],
    );
  });

  it('ends the last answer before the closing line, the credit and the end marker, and reports them', () => {
    assert.equal(spoken[spoken.length - 1], 'She did. It will be a different match on this court. (Smiling.)');
    assert.ok(record.turns.every((t) => !/QuickNotes|_OF_INTERVIEW|Rally Press/.test(t.text.en ?? '')));
    const closing = report.filter((c) => c.reason === 'a closing mark or footer after the last words').map((c) => c.before);
    assert.deepEqual(closing, ['End of QuickNotes.', 'QuickNotes Transcript by Rally Press Services']);
    const markers = report.filter((c) => c.reason.startsWith('a scraper’s marker')).map((c) => c.before);
    assert.deepEqual(markers, ['START_OF_INTERVIEW_TEXT', 'END_OF_INTERVIEW_TEXT']);
  });
});

describe('a coach labelled by title and surname ("COACH OKAFOR:")', () => {
  const { record } = importTranscript(fixture('sports-coach-call.txt'));

  it('is the person the header and the moderator name in full, with the title kept apart', () => {
    assert.deepEqual(recordProblems(record), []);
    const coach = record.people.find((p) => p.role === 'principal');
    assert.equal(coach?.name, 'Dana Okafor');
    assert.deepEqual(coach?.titles, ['COACH']);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name),
      ['Dana Okafor', 'Dana Okafor', 'Dana Okafor'],
    );
  });

  it('keeps "Head Coach" and "Coach" out of a name printed in full in the label, and a player\'s initials in capitals', () => {
    const text = [
      'CITY CUP FINAL',
      'May 2, 2031',
      '',
      'HEAD COACH DANA OKAFOR: We played our best half of the season.',
      '',
      'Q. What changed after the break?',
      'COACH DANA OKAFOR: We pressed higher.',
      '',
      'Q. Will the captain be fit?',
      'COACH OKAFOR: Yes, she trained today.',
      '',
      'Q. R.J., what did the coach tell you at half time?',
      'R.J. NOLAN: To keep the ball on the ground.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Dana Okafor', 'principal'],
        ['R.J. Nolan', 'principal'],
      ],
    );
  });
});

describe('a team principals’ press conference in Markdown with TOML front matter', () => {
  const { record, report } = importTranscript(fixture('team-principals.md'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.en!);
  const byLabel = (label: string) => record.turns.filter((t) => t.label === label).map((t) => t.speaker?.name);

  it('takes the title from the front matter and dates it by the weekday the title names, before the posting', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.equal(record.conference.title, "Thursday team principals' press conference - Lakeside");
    assert.equal(record.conference.date, '2031-08-14');
  });

  it('reads initials as the principals first named in full, "AP" too, where it answers', () => {
    assert.deepEqual(byLabel('AP'), ['Ana Pereira', 'Ana Pereira', 'Ana Pereira']);
    assert.deepEqual(byLabel('JV'), ['Joost Vermeer', 'Joost Vermeer', 'Joost Vermeer']);
    assert.deepEqual(byLabel('IM'), ['Ines Morau']);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ana Pereira', 'Joost Vermeer', 'Ines Morau'],
    );
    assert.ok(!record.outlets.some((o) => o.name === 'AP'));
  });

  it('gives a question the reporter and outlet the transcriber puts in brackets, with either dash', () => {
    const asked = record.turns.filter((t) => t.kind === 'question' && t.outlet).map((t) => [t.speaker?.name, t.outlet?.name]);
    assert.deepEqual(asked.slice(0, 2), [
      ['Mara Lindqvist', 'Speed Weekly'],
      ['Tom Reddy', 'Grid Radio'],
    ]);
    assert.deepEqual(asked[asked.length - 1], ['Mara Lindqvist', 'Speed Weekly']);
  });

  it('keeps the posting day where the title names no weekday, and leaves a block TOML would not hold as text', () => {
    const posted = importTranscript(
      [
        '+++',
        'title = "Lakeside press conference"',
        'date = 2031-08-15T06:40:12Z',
        '+++',
        'Ana Pereira: We are ready.',
        '',
        'Q: Why?',
        '',
        'Ana Pereira: Because.',
      ].join('\n'),
    ).record;
    assert.equal(posted.conference.title, 'Lakeside press conference');
    assert.equal(posted.conference.date, '2031-08-15');
    const table = importTranscript(
      ['+++', '[params]', 'title = "Lakeside"', '+++', 'Ana Pereira: We are ready.', '', 'Q: Why?', '', 'Ana Pereira: Because.'].join('\n'),
    ).record;
    assert.notEqual(table.conference.title, 'Lakeside');
  });

  it('keeps initials that ask questions an outlet ("AP:" asking Anna Price)', () => {
    const text = [
      'Anna Price: Good morning. The harbour works start on Monday.',
      '',
      'AP: How long will they take?',
      '',
      'Anna Price: About a year.',
      '',
      'AP: And the cost?',
      '',
      'Anna Price: Twelve million.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? t.outlet?.name]),
      [
        ['statement', 'Anna Price'],
        ['question', 'AP'],
        ['answer', 'Anna Price'],
        ['question', 'AP'],
        ['answer', 'Anna Price'],
      ],
    );
  });

  it('starts a new part after its heading: the host’s first question is no reporter’s follow-up', () => {
    const first = record.turns.find((t) => t.text.en?.startsWith('Ines, your team'));
    assert.equal(first?.kind, 'question');
    assert.equal(first?.speaker, null);
    assert.equal(first?.outlet, null);
  });

  it('takes the bold section headings and parts out of the speech, and the label’s closing bold out of the question', () => {
    assert.ok(spoken.every((text) => !/TEAM REPRESENTATIVES|QUESTIONS FROM THE FLOOR|Part Two|\*\*/.test(text)));
    assert.ok(!record.people.some((p) => p.name.startsWith('Part')));
    const headings = report.filter((c) => c.rule === 'section-heading').map((c) => c.before);
    assert.deepEqual(headings, ['**QUESTIONS FROM THE FLOOR**', '**TEAM REPRESENTATIVES**', '**Part Two: Ines MORAU (Delta Motorsport)**']);
  });

  it('does not take names mentioned inside an answer for the next asker', () => {
    assert.ok(!record.people.some((p) => p.name === 'Lena Ortiz' || p.name === 'Kai Brandt'));
    assert.ok(!record.outlets.some((o) => o.name === 'Kai Brandt'));
  });
});

describe('a wire interview headed "AN INTERVIEW WITH:" under a title printed with a colon', () => {
  const { record } = importTranscript(fixture('sports-interview-with.txt'));

  it('takes the title without its colon and no lead-in as a speaker', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.equal(record.conference.title, 'NORTHERN LINKS CHAMPIONSHIP');
    assert.equal(record.conference.date, '2031-07-18');
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['The Moderator', 'moderator'],
        ['Lena Foss', 'principal'],
      ],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'moderation', 'question', 'answer', 'question', 'answer', 'moderation'],
    );
    assert.ok(!record.turns.some((t) => t.text.en?.includes('Rally Press')));
  });

  it('takes no lead-in for a speaker where it is printed again, before the next player', () => {
    const text = [
      'NORTHERN LINKS CHAMPIONSHIP',
      'July 18, 2031',
      '',
      'AN INTERVIEW WITH:',
      '',
      'LENA FOSS',
      '',
      'THE MODERATOR: Welcome, Lena.',
      '',
      'Q. How was the wind?',
      '',
      'LENA FOSS: Strong on the back nine.',
      '',
      'AN INTERVIEW WITH:',
      '',
      'MIA ROSS',
      '',
      'Q. And for you?',
      '',
      'MIA ROSS: Much the same.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.ok(!record.people.some((p) => p.name === 'An Interview With'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.speaker?.name ?? null),
      ['The Moderator', null, 'Lena Foss', null, 'Mia Ross'],
    );
  });
});

describe('a drivers’ press conference: surnames in capitals, the asker named inside the label', () => {
  const text = [
    '**DRIVERS – PART ONE: Mia KOVAC (Falcon Racing), Teo LINDGREN (Arrow GP)**',
    '',
    '**Q: Mia, how did the first laps feel on the new surface?**',
    '',
    '**Mia KOVAC:** Much grippier than last year. The car was nervous in the fast corners, though.',
    '',
    '**Q (Jane Roe – Grand Prix Daily): Teo, will you stay with the team next season?**',
    '',
    '**Teo LINDGREN:** I hope so. We are talking, and there is no hurry on either side.',
    '',
    '**Q (Rob Lee, Speed Channel): Mia, is the knee fully healed?**',
    '',
    '**MK:** Yes, completely. I trained normally for the last three weeks.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('names the drivers in natural case, and the part heading is no speaker', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Mia Kovac', 'Teo Lindgren'],
    );
    assert.ok(!record.turns.some((t) => /PART ONE/.test(t.text.en ?? '') && t.kind !== 'narration'));
  });

  it('reads "Q (Name – Outlet):" and "Q (Name, Outlet):" as the reporter and outlet asking', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        [null, null],
        ['Jane Roe', 'Grand Prix Daily'],
        ['Rob Lee', 'Speed Channel'],
      ],
    );
    assert.equal(record.turns.find((t) => t.speaker?.name === 'Jane Roe')?.text.en, 'Teo, will you stay with the team next season?');
  });
});

describe('plain-text section headings between turns', () => {
  const text = [
    'HARBOUR GRAND PRIX PRESS CONFERENCE',
    'June 24, 2031',
    '',
    'Q: Mia, how was the test?',
    '',
    'Mia KOVAC: It was fine. We learned a lot about the tyres on the long runs.',
    '',
    'QUESTIONS FROM THE FLOOR',
    '',
    'Q (Jane Roe – Grand Prix Daily): Mia, will you stay next year?',
    '',
    'MK: Yes, I have a contract for two more seasons with the team.',
    '',
    'DRIVERS – PART TWO: Teo LINDGREN (Arrow GP)',
    '',
    'Q: Teo, how do you feel about the weekend?',
    '',
    'Teo LINDGREN: Pretty good. The car has been quick here every year.',
  ].join('\n');
  const { record, report } = importTranscript(text);

  it('takes a line of capitals and a part’s line out of the answer before them, and reports them', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.ok(record.turns.every((t) => !/QUESTIONS FROM|PART TWO/.test(t.text.en ?? '')));
    assert.deepEqual(
      report.filter((c) => c.rule === 'section-heading').map((c) => c.before),
      ['QUESTIONS FROM THE FLOOR', 'DRIVERS – PART TWO: Teo LINDGREN (Arrow GP)'],
    );
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Mia Kovac'],
        ['question', 'Jane Roe'],
        ['answer', 'Mia Kovac'],
        ['question', null],
        ['answer', 'Teo Lindgren'],
      ],
    );
  });
});

describe('bold lines between turns', () => {
  const text = [
    '**Q: Mia, how was the test?**',
    '',
    '**Mia Kovac:** It was fine. We learned a lot about the tyres on the long runs.',
    '',
    '**And we will keep working on the balance until the very last session of the weekend**',
    '',
    '**DRIVERS – PART TWO: Teo LINDGREN (Arrow GP), Ana PEREIRA (Falcon Racing), Joost VERMEER (Delta)**',
    '',
    '**Q: Teo, how do you feel about the weekend?**',
    '',
    '**Teo Lindgren:** Pretty good. The car has been quick here every year.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('keep a long bold sentence as speech, and take a part’s line of any length out', () => {
    assert.equal(
      record.turns[1]!.text.en,
      'It was fine. We learned a lot about the tyres on the long runs.\n\n**And we will keep working on the balance until the very last session of the weekend**',
    );
    assert.ok(record.turns.every((t) => !t.text.en?.includes('PART TWO')));
  });
});

describe('a club’s media call whose general manager opens it and hands to the others, all listed under the date', () => {
  const text = [
    'HARBOUR UNITED MEDIA CONFERENCE',
    'March 2, 2031',
    'Mara Quist',
    'Tomas Berg',
    'Lena Okafor',
    'START_OF_INTERVIEW_TEXT',
    '',
    ' MARA QUIST: Thank you all for joining us today. We are very excited to announce Lena’s new contract.',
    ' At this point I’d like to pass it off to Tomas Berg.',
    ' TOMAS BERG: Thanks, Mara. Lena is the heart of this club.',
    ' Q. Lena, why did you stay?',
    ' LENA OKAFOR: Because the club believed in me.',
    ' Q. Mara, how long is the deal?',
    ' MARA QUIST: Two seasons, with an option.',
    'End of FastScripts',
  ].join('\n');
  const { record } = importTranscript(text);

  it('casts everyone listed as the club’s, the general manager’s opening as a statement', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Mara Quist'],
        ['statement', 'Tomas Berg'],
        ['question', null],
        ['answer', 'Lena Okafor'],
        ['question', null],
        ['answer', 'Mara Quist'],
      ],
    );
  });
});

describe('a transcription service’s credit glued to the last answer', () => {
  const text = [
    'HARBOUR CUP FINAL',
    'March 9, 2031',
    'Mara Quist',
    'START_OF_INTERVIEW_TEXT',
    ' Q. How did it feel?',
    ' MARA QUIST: Wonderful. Their big players delivered, and so did ours.  FastScripts by ASAP Sports ...',
    'END_OF_INTERVIEW_TEXT',
  ].join('\n');

  it('keeps the credit out of the words', () => {
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)?.text.en, 'Wonderful. Their big players delivered, and so did ours.');
  });
});
