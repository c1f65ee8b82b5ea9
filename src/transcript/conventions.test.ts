// One fictional transcript per label convention: kinds, speakers, outlets, replies, paragraphs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphs, recordProblems, type ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

/** [kind, label, speaker name, speaker role, outlet, replyTo, paragraph count] per turn. */
function shape(record: ConferenceRecord, lang = 'en') {
  return record.turns.map((t) => [
    t.kind,
    t.label,
    t.speaker?.name ?? null,
    t.speaker?.role ?? null,
    t.outlet?.name ?? null,
    t.replyTo,
    paragraphs(t.text[lang]!).length,
  ]);
}

describe('colon labels: people, outlets, a moderator', () => {
  const { record, report, format } = importTranscript(fixture('colon-labels.txt'));

  it('finds every turn and nothing else', () => {
    assert.equal(format, 'colon-labels + title-block + dateline');
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(shape(record), [
      ['narration', null, null, null, null, null, 1],
      ['moderation', 'Moderator', 'Moderator', 'moderator', null, null, 1],
      ['statement', 'Ilario Venn', 'Ilario Venn', 'principal', null, null, 1],
      ['moderation', 'Moderator', 'Moderator', 'moderator', null, null, 1],
      ['question', 'Northern Daily', null, null, 'Northern Daily', null, 1],
      ['answer', 'Ilario Venn', 'Ilario Venn', 'principal', null, 5, 2],
      ['moderation', 'Moderator', 'Moderator', 'moderator', null, null, 1],
      ['question', 'Vostok Panorama', null, null, 'Vostok Panorama', null, 1],
      ['answer', 'Ilario Venn', 'Ilario Venn', 'principal', null, 8, 1],
      ['question', 'Ilse Marten, Baltic Wire', 'Ilse Marten', 'journalist', 'Baltic Wire', null, 1],
      ['answer', 'Ilario Venn', 'Ilario Venn', 'principal', null, 10, 1],
    ]);
  });

  it('is not fooled by sentences with a colon, clock times or URLs', () => {
    const statement = record.turns[2]!.text.en!;
    assert.match(statement, /The reason is simple: our harbours carry/);
    assert.match(statement, /Work starts at 10:30 on Monday: 10:30 is when the first crews arrive\.$/);
    assert.match(record.turns[5]!.text.en!, /at the ministry website: https:\/\/example\.org\/lorn is updated every Friday\./);
  });

  it('takes the outlet-labelled questioner without an outlet word as an outlet', () => {
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['Northern Daily', 'Vostok Panorama', 'Baltic Wire'],
    );
  });

  it('reads a label that starts a page in mid-paragraph', () => {
    assert.match(record.turns[7]!.text.en!, /for the ferry terminal\?$/);
    assert.match(record.turns[8]!.text.en!, /^Yes\. The tender is open/);
  });

  it('reads the title block and the dateline', () => {
    const c = record.conference;
    assert.deepEqual(
      [c.title, c.date, c.venue, c.occasion],
      ['Minister of Coastal Affairs Ilario Venn Meets the Press', '2031-05-12', 'Harbour Press Hall', 'Third Northern Ports Forum'],
    );
  });

  it('keeps "short-term" (printed elsewhere) and joins "state-/ment"', () => {
    assert.deepEqual(
      report.map((c) => [c.rule, c.before, c.after]),
      [
        ['hyphen-join', 'state-/ment', 'statement'],
        ['hyphen-join', 'con-/tract', 'contract'],
        ['hyphen-keep', 'short-/term', 'short-term'],
      ],
    );
  });
});

describe('US style: honorifics in capitals and Q', () => {
  const { record, format } = importTranscript(fixture('us-honorific.txt'));

  it('casts the press secretary and the visiting secretary as principals, named in full from the title, and Q as anonymous questions', () => {
    assert.equal(format, 'us-honorific + title-block + dateline');
    assert.deepEqual(shape(record), [
      ['statement', 'MS. HALVERSEN', 'Dana Halversen', 'principal', null, null, 1],
      ['statement', 'SECRETARY OKONKWO', 'Ruth Okonkwo', 'principal', null, null, 2],
      ['question', 'Q', null, null, null, null, 1],
      ['answer', 'SECRETARY OKONKWO', 'Ruth Okonkwo', 'principal', null, 3, 1],
      ['question', 'Q', null, null, null, null, 1],
      ['answer', 'SECRETARY OKONKWO', 'Ruth Okonkwo', 'principal', null, 5, 1],
      ['question', 'Q', null, null, null, null, 1],
      ['answer', 'MS. HALVERSEN', 'Dana Halversen', 'principal', null, 7, 1],
      ['interjection', 'Q', null, null, null, null, 1],
      ['answer', 'MS. HALVERSEN', 'Dana Halversen', 'principal', null, 7, 1],
      ['question', 'Q', null, null, null, null, 1],
      ['answer', 'MS. HALVERSEN', 'Dana Halversen', 'principal', null, 11, 1],
      ['question', 'Q', null, null, null, null, 1],
      ['answer', 'MS. HALVERSEN', 'Dana Halversen', 'principal', null, 13, 1],
    ]);
  });

  it('drops the closing "END 2:14 P.M. EST" timestamp', () => {
    assert.equal(record.turns[record.turns.length - 1]!.text.en, 'We have been in touch with both sides, and we want them back at the table.');
  });

  it('keeps the printed titles', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.titles]),
      [
        ['Dana Halversen', ['MS.', 'Press Secretary']],
        ['Ruth Okonkwo', ['SECRETARY']],
      ],
    );
  });

  it('reads the title, date, room and clock time', () => {
    const c = record.conference;
    assert.equal(c.title, 'Press Briefing by Press Secretary Dana Halversen and Secretary of Harbors Ruth Okonkwo');
    assert.deepEqual([c.date, c.venue, c.time, c.timeZone], ['2031-05-14', 'Lantern Room', '13:32', 'America/New_York']);
  });

  it('takes "Q:" and "Q" followed by spaces alike, and strips the marker', () => {
    assert.equal(record.turns[6]!.text.en, 'Dana, is the President going to sign the harbor bill this week?');
    assert.equal(record.turns[2]!.text.en, 'Madam Secretary, how much will the rule cost a typical operator?');
  });
});

describe('US style with the asker in brackets ("Q (Reuters):", "QUESTION (Agence Europe):") and unheard questions', () => {
  it('takes the outlet from the brackets and leaves them out of the question', () => {
    const { record } = importTranscript(fixture('attributed-questions.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.text.en!.slice(0, 12)]),
      [
        ['statement', 'Halvorsen', null, 'Good afterno'],
        ['question', null, 'Reuters', 'Commissioner'],
        ['answer', 'Halvorsen', null, 'Forty millio'],
        ['question', null, null, '(inaudible)'],
        ['answer', 'Halvorsen', null, 'Yes, the quo'],
        ['question', null, 'Agence Europe', 'When will Pa'],
        ['answer', 'Halvorsen', null, 'In November,'],
      ],
    );
  });

  it('reads a reporter’s turn that is only "(Off mic.)" as the question the mayor answers, not an interjection', () => {
    const { record } = importTranscript(fixture('unheard-question.txt'));
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['statement', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
  });
});

describe('capitals and a period: a moderator hands the floor to reporters', () => {
  const { record, format } = importTranscript(fixture('caps-period.txt'));

  it('finds the moderation, the questions with the outlets reporters name, and the answers', () => {
    assert.equal(format, 'caps-period + title-block + dateline');
    assert.deepEqual(shape(record), [
      ['statement', 'CHAIR HALLORAN', 'Halloran', 'principal', null, null, 2],
      ['moderation', 'MARIA ESTEVEZ', 'Maria Estevez', 'moderator', null, null, 1],
      ['question', 'TOM WEXLER', 'Tom Wexler', 'journalist', 'Harbor Street Journal', null, 1],
      ['answer', 'CHAIR HALLORAN', 'Halloran', 'principal', null, 3, 1],
      ['question', 'TOM WEXLER', 'Tom Wexler', 'journalist', 'Harbor Street Journal', null, 1],
      ['answer', 'CHAIR HALLORAN', 'Halloran', 'principal', null, 5, 1],
      ['moderation', 'MARIA ESTEVEZ', 'Maria Estevez', 'moderator', null, null, 1],
      ['question', 'PRIYA NATARAJAN', 'Priya Natarajan', 'journalist', 'Capital Times', null, 1],
      ['answer', 'CHAIR HALLORAN', 'Halloran', 'principal', null, 8, 1],
      ['moderation', 'MARIA ESTEVEZ', 'Maria Estevez', 'moderator', null, null, 1],
      ['question', 'HOWARD KLEIN', 'Howard Klein', 'journalist', 'Reuters', null, 1],
      ['answer', 'CHAIR HALLORAN', 'Halloran', 'principal', null, 11, 1],
      ['moderation', 'MARIA ESTEVEZ', 'Maria Estevez', 'moderator', null, null, 1],
    ]);
  });

  it('gives a known outlet its country', () => {
    const reuters = record.outlets.find((o) => o.name === 'Reuters')!;
    assert.equal(reuters.country, 'GB');
    assert.equal(reuters.origin, 'unknown'); // no host country to compare with
  });

  it('reads the title and the date line', () => {
    assert.deepEqual([record.conference.title, record.conference.date], ["Transcript of Chair Halloran's Press Conference", '2031-06-18']);
  });
});

describe('Chinese: full-width colons, reporters by outlet, 问/答', () => {
  const { record, format } = importTranscript(fixture('chinese.txt'));

  it('finds the turns; unlabelled answer paragraphs belong to the answer', () => {
    assert.equal(format, 'chinese + title-block + dateline');
    assert.deepEqual(shape(record, 'zh'), [
      ['narration', null, null, null, null, null, 1],
      ['statement', '林晓岚', '林晓岚', 'principal', null, null, 1],
      ['question', '新华社记者', null, null, '新华社', null, 1],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 3, 2],
      ['question', '法新社记者', null, null, '法新社', null, 1],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 5, 1],
      ['question', '问', null, null, null, null, 1],
      ['answer', '答', '林晓岚', 'principal', null, 7, 1],
    ]);
  });

  it('tags the text zh and reflows it without spaces between CJK characters', () => {
    assert.deepEqual(record.conference.languages, ['zh']);
    assert.match(record.turns[3]!.text.zh!, /共同保护海洋环境，推动港口互联互通。/);
  });

  it('reads the Chinese date; the slug falls back to a stable hash', () => {
    assert.equal(record.conference.title, '外交部发言人林晓岚主持例行记者会');
    assert.equal(record.conference.date, '2031-04-09');
    assert.match(record.conference.slug, /^2031-04-09-conference-[0-9a-f]{8}$/);
    assert.equal(importTranscript(fixture('chinese.txt')).record.conference.slug, record.conference.slug);
  });

  it('knows the big agencies by their Chinese names', () => {
    const xinhua = record.outlets.find((o) => o.name === '新华社')!;
    assert.equal(xinhua.country, 'CN');
    assert.ok(xinhua.aliases.includes('Xinhua News Agency'));
  });
});

describe('layouts seen in the wild', () => {
  it('reads one paragraph per line with full-width indents and a dated title (Chinese ministry style)', () => {
    const text = [
      '2031年5月6日外交部发言人林晓岚主持例行记者会',
      '　　林晓岚：今天我没有要发布的消息。下面请提问。',
      '　　总台央视记者：请问中方对本周的港口会议有何期待？',
      '　　林晓岚：我们希望会议取得积极成果。',
      '　　各方应当加强合作，共同维护航运安全。',
      '　　路透社记者：会议期间是否会有双边会见？',
      '　　林晓岚：我们会及时发布消息。',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.equal(record.conference.title, '2031年5月6日外交部发言人林晓岚主持例行记者会');
    assert.equal(record.conference.date, '2031-05-06');
    assert.deepEqual(shape(record, 'zh'), [
      ['statement', '林晓岚', '林晓岚', 'principal', null, null, 1],
      ['question', '总台央视记者', null, null, '总台央视', null, 1],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 2, 2],
      ['question', '路透社记者', null, null, '路透社', null, 1],
      ['answer', '林晓岚', '林晓岚', 'principal', null, 4, 1],
    ]);
  });

  it('takes "QUESTION:" for an anonymous reporter and a moderator who says whose question is next', () => {
    const text = [
      'Secretary Ada Quill at a Press Availability',
      '',
      'SECRETARY QUILL:  Good evening. We finished two days of talks on river safety.',
      '',
      'MR KESTREL:  Thank you. The first question goes to Lena Sato of Kestrel News.',
      '',
      'QUESTION:  Madam Secretary, will the agreement be signed this year?',
      '',
      'SECRETARY QUILL:  We hope so.',
      '',
      'MR KESTREL:  Next question.',
      '',
      'QUESTION:  And the cost?',
      '',
      'SECRETARY QUILL:  It is shared equally.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.role ?? null, t.replyTo]),
      [
        ['statement', 'principal', null],
        ['moderation', 'moderator', null],
        ['question', 'journalist', null],
        ['answer', 'principal', 3],
        ['moderation', 'moderator', null],
        ['question', null, null],
        ['answer', 'principal', 6],
      ],
    );
  });

  it('takes "Foreign Minister Ada Quill" and "Ada Quill" for one person', () => {
    const text = 'Foreign Minister Ada Quill: Good morning.\n\nDaily News: A question?\n\nAda Quill: An answer.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.titles, p.role]),
      [['Ada Quill', ['Foreign Minister'], 'principal']],
    );
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]),
      [
        ['statement', 'Foreign Minister Ada Quill', 'Ada Quill'],
        ['question', 'Daily News', null],
        ['answer', 'Ada Quill', 'Ada Quill'],
      ],
    );
  });
});

describe('a bold press secretary and the question mark set in bold without a colon', () => {
  const text = [
    '# Press Briefing by Press Secretary Ines Calloway',
    '',
    '**MS. CALLOWAY:** Good afternoon. The ferry strike ended this morning.',
    '',
    '**Q** Thanks, Ines. Will the pier reopen this week?',
    '',
    '**MS. CALLOWAY:** On Thursday.',
    '',
    '**Q.** And the tolls?',
    '',
    '**MS. CALLOWAY:** Unchanged until spring.',
    '',
    '*Q* And who pays for the repairs?',
    '',
    '**MS. CALLOWAY:** The port authority.',
    '',
  ].join('\n');
  const { record } = importTranscript(Buffer.from(text), { fileName: 'briefing.md' });

  it('reads each "Q" as the question’s label, its mark out of the words', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.text.en]),
      [
        ['statement', 'MS. CALLOWAY', 'Good afternoon. The ferry strike ended this morning.'],
        ['question', 'Q', 'Thanks, Ines. Will the pier reopen this week?'],
        ['answer', 'MS. CALLOWAY', 'On Thursday.'],
        ['question', 'Q', 'And the tolls?'],
        ['answer', 'MS. CALLOWAY', 'Unchanged until spring.'],
        ['question', 'Q', 'And who pays for the repairs?'],
        ['answer', 'MS. CALLOWAY', 'The port authority.'],
      ],
    );
  });
});

describe('capitals labels set in bold among spaced "Q" questions, under a bold office field', () => {
  const text = [
    '**President:** Ana Ruiz',
    '**THE PRESIDENT:** Good afternoon. The ferry strike ended this morning.',
    'Q    Madam President, will the crews be paid?',
    '**THE PRESIDENT:** They will, for every day.',
    'Q    And the fares?',
    '**THE PRESIDENT:** Unchanged until spring.',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text), { fileName: 'news-conference.md' });

  it('reads the bold labels and the questions alike, and names the principal from the field', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]),
      [
        ['statement', 'THE PRESIDENT', 'Ana Ruiz'],
        ['question', 'Q', null],
        ['answer', 'THE PRESIDENT', 'Ana Ruiz'],
        ['question', 'Q', null],
        ['answer', 'THE PRESIDENT', 'Ana Ruiz'],
      ],
    );
  });
});
