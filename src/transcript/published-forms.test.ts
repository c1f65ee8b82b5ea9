// Shapes that published transcripts take besides the basic fixture of each convention: a
// letterhead before the title, a spokesperson who hands the floor, pdftotext pages with running
// heads and reporters who speak once, "Follow-up:" labels, a date only in the title.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphs, recordProblems, type ConferenceRecord } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import iconv from 'iconv-lite';
import { importTranscript } from './import.ts';

/** [kind, label, speaker name, outlet, replyTo, paragraph count] per turn. */
function shape(record: ConferenceRecord, lang = 'en') {
  return record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.outlet?.name ?? null, t.replyTo, paragraphs(t.text[lang]!).length]);
}

describe('a briefing under a letterhead, where the press secretary runs the floor', () => {
  const { record } = importTranscript(fixture('letterhead-briefing.txt'));

  it('takes the briefing’s name as the title and keeps the letterhead as narration', () => {
    const c = record.conference;
    assert.deepEqual(
      [c.title, c.date, c.time, c.timeZone, c.venue],
      ['Press Briefing by Press Secretary Colm Ardagh', '2031-05-20', '11:05', 'America/Los_Angeles', 'Lantern Room'],
    );
    assert.equal(record.turns[0]!.text.en, "THE GOVERNOR'S MANSION Office of the Press Secretary For Immediate Release");
  });

  it('reads "Go ahead, Priya." and "Next question." as moderation, closing the question before; Priya asks the next', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(shape(record), [
      ['narration', null, null, null, null, 1],
      ['statement', 'MR. ARDAGH', 'Colm Ardagh', null, null, 2],
      ['question', 'Q', null, null, null, 1],
      ['answer', 'MR. ARDAGH', 'Colm Ardagh', null, 3, 1],
      ['question', 'Q', null, null, null, 1],
      ['answer', 'MR. ARDAGH', 'Colm Ardagh', null, 5, 1],
      ['moderation', 'MR. ARDAGH', 'Colm Ardagh', null, null, 1],
      ['question', 'Q', 'Priya', null, null, 1],
      ['answer', 'MR. ARDAGH', 'Colm Ardagh', null, 8, 1],
      ['moderation', 'MR. ARDAGH', 'Colm Ardagh', null, null, 1],
      ['question', 'Q', null, null, null, 1],
      ['answer', 'MR. ARDAGH', 'Colm Ardagh', null, 11, 1],
    ]);
  });

  it('drops the closing clock time printed without "END"', () => {
    assert.equal(record.turns[record.turns.length - 1]!.text.en, 'They spoke yesterday.');
  });
});

describe('pdftotext pages in capitals-and-period style, reporters speaking once (one with a middle initial)', () => {
  const expected = [
    ['statement', 'CHAIR LINDQVIST', 'Lindqvist', null, null],
    ['moderation', 'ODA PRENTICE', 'Oda Prentice', null, null],
    ['question', 'MARTA SOLBERG', 'Marta Solberg', 'Island Ledger', null],
    ['answer', 'CHAIR LINDQVIST', 'Lindqvist', null, 3],
    ['moderation', 'ODA PRENTICE', 'Oda Prentice', null, null],
    ['question', 'FELIX J. ANKER', 'Felix J. Anker', 'Coastal Wire', null],
    ['answer', 'CHAIR LINDQVIST', 'Lindqvist', null, 6],
    ['moderation', 'ODA PRENTICE', 'Oda Prentice', null, null],
    ['question', 'JONAS VIK', 'Jonas Vik', 'Fjord Courier', null],
    ['answer', 'CHAIR LINDQVIST', 'Lindqvist', null, 9],
  ];
  const text = fixture('pdftotext-caps-period.txt').toString('utf8');

  for (const [name, input] of [
    ['with form feeds', text],
    ['with the form feeds lost', text.replaceAll('\f', '\n')],
  ] as const) {
    it(`finds every turn, a label mid-page included, ${name}`, () => {
      const { record, report } = importTranscript(input);
      assert.deepEqual(
        record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.outlet?.name ?? null, t.replyTo]),
        expected,
      );
      assert.equal(record.conference.title, "Transcript of Chair Lindqvist's Press Conference");
      assert.equal(record.conference.date, '2031-05-21');
      const heads = report.filter((c) => c.rule === 'header-footer');
      assert.equal(heads.length, 4, 'the running head is removed on every page, the first included');
      assert.ok(record.turns.every((t) => !/FINAL|Page \d/.test(t.text.en!)));
    });
  }

  it('keeps an answer that wraps over a page edge as one paragraph', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(paragraphs(record.turns[3]!.text.en!), [
      'We would want to see inflation come down for several more months. The harbor fees matter less than they did a year ago.',
    ]);
    assert.match(record.turns[2]!.text.en!, /^Marta Solberg with the Island Ledger\. Thank you for taking our questions\. Could you say/);
  });
});

describe('an outlet-labelled spokesperson’s briefing with "Follow-up:"', () => {
  const { record } = importTranscript(fixture('spokesperson-en.txt'));

  it('reads the date from the title', () => {
    assert.equal(record.conference.date, '2031-05-22');
  });

  it('gives a follow-up to the outlet that asked last, and invents no outlet called "Follow-up"', () => {
    assert.deepEqual(shape(record), [
      ['question', 'Harbour Radio', null, 'Harbour Radio', null, 1],
      ['answer', 'Tilde Maren', 'Tilde Maren', null, 1, 1],
      ['question', 'Northern Daily', null, 'Northern Daily', null, 1],
      ['answer', 'Tilde Maren', 'Tilde Maren', null, 3, 1],
      ['question', 'Follow-up', null, 'Northern Daily', null, 1],
      ['answer', 'Tilde Maren', 'Tilde Maren', null, 5, 1],
      ['question', 'Baltic Wire', null, 'Baltic Wire', null, 1],
      ['answer', 'Tilde Maren', 'Tilde Maren', null, 7, 2],
    ]);
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['Harbour Radio', 'Northern Daily', 'Baltic Wire'],
    );
  });
});

describe('a Chinese dateline', () => {
  it('names the meeting the press conference was held at', () => {
    const input =
      '港务部长答记者问\n\n2031年5月12日，第三届北方港口论坛在港口新闻厅举行记者会。\n\n林远：大家好。\n\n北方日报记者：请问港口何时重开？\n\n林远：下周一。\n';
    const c = importTranscript(input).record.conference;
    assert.deepEqual([c.date, c.venue, c.occasion], ['2031-05-12', '港口新闻厅', '第三届北方港口论坛']);
  });
});

describe('timed transcripts', () => {
  it('reads "Name: (mm:ss)" captions into turn times, the placeholder "Speaker 2" into no name', () => {
    const { record } = importTranscript(fixture('timed-captions.txt'));
    // The title as the service prints it, its last word too.
    assert.equal(record.conference.title, 'Mayor Holds Press Conference on the Storm Surge Transcript');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.startsAt ?? null, t.text.en!.slice(0, 12)]),
      [
        ['statement', 'Mayor Ines Calloway', 'Ines Calloway', 4, 'Good morning'],
        ['statement', 'Mayor Ines Calloway', 'Ines Calloway', 41, 'The ferries '],
        ['question', 'Speaker 2', null, 75, 'Mayor, how m'],
        ['answer', 'Mayor Ines Calloway', 'Ines Calloway', 80, 'Eleven, none'],
        ['question', 'Speaker 3', null, 3698, 'When will th'],
        ['answer', 'Mayor Ines Calloway', 'Ines Calloway', 3702, 'Once the eng'],
      ],
    );
    assert.deepEqual(record.people, [{ name: 'Ines Calloway', titles: ['Mayor'], role: 'principal' }]);
  });

  it('reads "[hh:mm:ss] Name: text" one turn per line, and "Name (mm:ss): text"', () => {
    const bracketed =
      '[00:00:05] Jane Roe: Good morning.\n[00:00:40] Jane Roe: Questions, please.\n[00:01:02] Northern Daily: When does the tunnel open?\n[00:01:10] Jane Roe: In the spring.\n';
    const { record } = importTranscript(bracketed);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.outlet?.name ?? null, t.startsAt, t.text.en]),
      [
        ['statement', 'Jane Roe', null, 5, 'Good morning.'],
        ['statement', 'Jane Roe', null, 40, 'Questions, please.'],
        ['question', 'Northern Daily', 'Northern Daily', 62, 'When does the tunnel open?'],
        ['answer', 'Jane Roe', null, 70, 'In the spring.'],
      ],
    );
    const inLabel = 'Jane Roe (00:05): Good morning.\n\nNorthern Daily (01:02): When does the tunnel open?\n\nJane Roe (01:10): In the spring.\n';
    assert.deepEqual(
      importTranscript(inLabel).record.turns.map((t) => [t.label, t.startsAt]),
      [
        ['Jane Roe', 5],
        ['Northern Daily', 62],
        ['Jane Roe', 70],
      ],
    );
  });

  it('leaves a lone clock time in prose alone, and untimed turns without startsAt', () => {
    const { record } = importTranscript('Jane Roe: We start at (10:30) sharp.\n\nNorthern Daily: Why so early?\n\nJane Roe: The tide.\n');
    assert.equal(record.turns[0]!.text.en, 'We start at (10:30) sharp.');
    assert.ok(record.turns.every((t) => !('startsAt' in t)));
  });
});

describe('interpreted talks: a note after the label, a moderator naming the outlet', () => {
  const { record } = importTranscript(fixture('interpreted.txt'));

  it('reads "Question (retranslated):" as an anonymous question and gives "Please, Harbour Radio." its outlet', () => {
    assert.deepEqual(shape(record), [
      ['statement', 'Ilario Venn', 'Ilario Venn', null, null, 2],
      ['question', 'Question (retranslated)', null, null, null, 1],
      ['answer', 'Ilario Venn', 'Ilario Venn', null, 2, 1],
      ['moderation', 'Edda Strand', 'Edda Strand', null, null, 1],
      ['question', 'Question', null, 'Harbour Radio', null, 1],
      ['answer', 'Ilario Venn', 'Ilario Venn', null, 5, 1],
    ]);
  });
});

describe('Chinese paragraphs opened by full-width indents', () => {
  it('keeps two paragraphs apart where a page number between them was removed, in GB18030 too', () => {
    const text = '港务局发言人答记者问\n\n　　问：港口何时重开？\n\n　　答：下周一重开。\n\n　　各方已做好准备。\n- 2 -\n　　我们感谢大家的耐心。\n';
    for (const input of [text, iconv.encode(text, 'gb18030')]) {
      const { record } = importTranscript(input);
      assert.deepEqual(shape(record, 'zh'), [
        ['question', '问', null, null, null, 1],
        // The title names the one who answers by office ("港务局发言人答记者问").
        ['answer', '答', '港务局发言人', null, 1, 3],
      ]);
      assert.deepEqual(paragraphs(record.turns[1]!.text.zh!), ['下周一重开。', '各方已做好准备。', '我们感谢大家的耐心。']);
    }
  });
});

describe('Markdown with section headings', () => {
  it('reports the headings between turns instead of keeping them as speech, and reads an italic dateline', () => {
    const text =
      '# Harbour Minister Meets the Press\n\n*Port Anselm, 12 June 2031*\n\n## Opening statement\n\n**Ilario Venn:** Good morning.\n\n## Questions and answers\n\n**Northern Daily:** How much?\n\n**Ilario Venn:** Two billion.\n';
    const { record, report } = importTranscript(text);
    assert.equal(record.conference.date, '2031-06-12');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.text.en]),
      [
        ['statement', 'Good morning.'],
        ['question', 'How much?'],
        ['answer', 'Two billion.'],
      ],
    );
    assert.deepEqual(
      report.map((c) => [c.rule, c.line, c.before]),
      [['section-heading', 9, '## Questions and answers']],
    );
  });
});

describe('anonymous questioners by other names', () => {
  it('takes "Correspondent:", "Reporter 2:" and "Question:" for questions with no name and no outlet', () => {
    const text =
      'Noon Briefing\n\nSpokesperson: Good afternoon. Two notes.\n\nCorrespondent: Is the convoy there?\n\nSpokesperson: Since this morning.\n\nReporter 2: And the second?\n\nSpokesperson: Tomorrow.\n\nQuestion: Who leads it?\n\nSpokesperson: The regional office.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(shape(record), [
      ['statement', 'Spokesperson', 'Spokesperson', null, null, 1],
      ['question', 'Correspondent', null, null, null, 1],
      ['answer', 'Spokesperson', 'Spokesperson', null, 2, 1],
      ['question', 'Reporter 2', null, null, null, 1],
      ['answer', 'Spokesperson', 'Spokesperson', null, 4, 1],
      ['question', 'Question', null, null, null, 1],
      ['answer', 'Spokesperson', 'Spokesperson', null, 6, 1],
    ]);
  });
});

describe('a Chinese name padded to three characters', () => {
  it('reads "王　毅" and "王 毅" as 王毅, one person, keeping each label as printed', () => {
    const { record } = importTranscript(
      '外交部长答记者问\n\n王　毅：大家好。\n\n新华社记者：请问重点是什么？\n\n王 毅：重点是发展。\n\n人民日报记者：还有呢？\n\n王毅：还有合作。\n',
    );
    assert.deepEqual(
      shape(record, 'zh').map((t) => t.slice(0, 4)),
      [
        ['statement', '王　毅', '王毅', null],
        ['question', '新华社记者', null, '新华社'],
        ['answer', '王 毅', '王毅', null],
        ['question', '人民日报记者', null, '人民日报'],
        ['answer', '王毅', '王毅', null],
      ],
    );
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['王毅'],
    );
  });
});

describe('notes after a Chinese label', () => {
  it('reads "法新社记者（追问）" and "彭博社记者(英文)" as those outlets, and "请讲。" as handing the floor', () => {
    const { record } = importTranscript(
      '例行记者会\n\n林剑：大家好。\n\n法新社记者：会谈何时举行？\n\n林剑：目前没有消息。\n\n法新社记者（追问）：中方是否受到邀请？\n\n林剑：我刚才已经回答了。\n\n彭博社记者(英文)：还有一个问题。\n\n林剑：请讲。\n',
    );
    assert.deepEqual(
      shape(record, 'zh').map((t) => [t[0], t[3], t[4]]),
      [
        ['statement', null, null],
        ['question', '法新社', null],
        ['answer', null, 2],
        ['question', '法新社', null],
        ['answer', null, 4],
        ['question', '彭博社', null],
        ['moderation', null, null],
      ],
    );
    assert.deepEqual(
      record.outlets.map((o) => o.name),
      ['法新社', '彭博社'],
    );
  });
});

describe('a spokesperson’s unlabelled announcements before the first question', () => {
  const announcements =
    'At the invitation of the Minister, the Foreign Minister of Vostok will visit Lorn next week.\n\nThe ports forum opens in Port Anselm on Monday.\n\n';
  const qa =
    'Harbour Radio: Will the minister attend?\n\nTilde Maren: He will open it.\n\nBaltic Wire: Who else is coming?\n\nTilde Maren: Delegations from nine countries.\n';

  it('are her statement, not narration, when the record opens with a question', () => {
    const { record } = importTranscript(`Ministry Spokesperson Tilde Maren's Regular Press Conference on May 22, 2031\n\n${announcements}${qa}`);
    assert.deepEqual(shape(record)[0], ['statement', null, 'Tilde Maren', null, null, 2]);
    assert.deepEqual(shape(record)[1], ['question', 'Harbour Radio', null, 'Harbour Radio', null, 1]);
  });

  it('stay narration when they tell of the event or carry a date, or when the principal speaks first', () => {
    const dateline = 'On May 22, 2031, Spokesperson Tilde Maren held a regular press conference.\n\n';
    assert.equal(importTranscript(`Regular Press Conference\n\n${dateline}${qa}`).record.turns[0]!.kind, 'narration');
    const first = importTranscript(`Regular Press Conference\n\n${announcements}Tilde Maren: Good afternoon.\n\n${qa}`).record.turns[0]!;
    assert.deepEqual([first.kind, first.speaker], ['narration', null]);
    const letterhead = importTranscript(`MINISTRY OF COASTAL AFFAIRS\nPress Office\n\nRegular Press Briefing\n\n${qa}`).record.turns[0]!;
    assert.deepEqual([letterhead.kind, letterhead.speaker, letterhead.text.en], ['narration', null, 'MINISTRY OF COASTAL AFFAIRS Press Office']);
  });
});

describe('speakers named in full once, by office after', () => {
  it('takes "THE PRESIDENT" for the one president and "THE PRIME MINISTER" for the one prime minister', () => {
    const text =
      'Remarks by President Halloran and Prime Minister Oduya in a Joint Press Conference\n\nPRESIDENT HALLORAN:  Good afternoon. Welcome, Prime Minister.\n\nPRIME MINISTER ODUYA:  Thank you, Mr. President.\n\nQ    Mr. President, will you extend the ferry treaty?\n\nTHE PRESIDENT:  Yes, for ten years.\n\nQ    Prime Minister, do you agree?\n\nTHE PRIME MINISTER:  I do.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null, t.replyTo]),
      [
        ['statement', 'PRESIDENT HALLORAN', 'Halloran', null],
        ['statement', 'PRIME MINISTER ODUYA', 'Oduya', null],
        ['question', 'Q', null, null],
        ['answer', 'THE PRESIDENT', 'Halloran', 3],
        ['question', 'Q', null, null],
        ['answer', 'THE PRIME MINISTER', 'Oduya', 5],
      ],
    );
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Halloran', 'Oduya'],
    );
  });

  it('keeps "THE PRESIDENT" apart when two presidents speak', () => {
    const text =
      'Joint Press Conference\n\nPRESIDENT HALLORAN:  Welcome.\n\nPRESIDENT VARGA:  Thank you.\n\nQ    A question for both?\n\nTHE PRESIDENT:  Go ahead.\n';
    const names = importTranscript(text).record.people.map((p) => p.name);
    assert.deepEqual(names, ['Halloran', 'Varga', 'The President']);
  });
});

describe('an outlet’s reporter in the label', () => {
  it('reads "Harbour Radio reporter", "Journalist, Baltic Wire" and "Question (Northern Daily)" as those outlets asking, with no name', () => {
    const text =
      'Regular Briefing\n\nTilde Maren: Good afternoon.\n\nHarbour Radio reporter: Will the talks resume?\n\nTilde Maren: In due course.\n\nJournalist, Baltic Wire: And the visit?\n\nTilde Maren: No news.\n\nQuestion (Northern Daily): One more?\n\nTilde Maren: Yes.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      shape(record)
        .filter((t) => t[0] === 'question')
        .map((t) => [t[1], t[2], t[3]]),
      [
        ['Harbour Radio reporter', null, 'Harbour Radio'],
        ['Journalist, Baltic Wire', null, 'Baltic Wire'],
        ['Question (Northern Daily)', null, 'Northern Daily'],
      ],
    );
  });
});

describe('one turn per line, or a list in a turn', () => {
  it('splits a log of one-line turns, a questioner seen once included', () => {
    const log =
      'Jane Roe: Good morning and welcome to this briefing,\nwhich will be short.\nNorthern Daily: When does the tunnel open?\nJane Roe: In the spring of next year.\nBaltic Wire: What will it cost?\nJane Roe: Within the budget.\n';
    assert.deepEqual(
      importTranscript(log).record.turns.map((t) => t.label),
      ['Jane Roe', 'Northern Daily', 'Jane Roe', 'Baltic Wire', 'Jane Roe'],
    );
  });

  it('keeps a list whose items look like labels inside the turn', () => {
    const text =
      'Harbour Briefing\n\nJane Roe: Growth was strong in every port this year, as follows\nNorthport: 12 per cent, the best year on record\nSouthport: 9 per cent, after the strike\nEastport: 7 per cent\n\nNorthern Daily: And next year?\n\nJane Roe: Similar.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.label),
      ['Jane Roe', 'Northern Daily', 'Jane Roe'],
    );
    assert.match(record.turns[0]!.text.en!, /Northport: 12 per cent, the best year on record Southport: 9 per cent/);
  });
});

describe('a transcript saved as a web page', () => {
  it('reads the article: the heading as the title, the paragraphs as turns, none of the site around it', () => {
    const { record, format } = importTranscript(fixture('web-page.html'));
    assert.equal(format, 'us-honorific + heading + dateline');
    const c = record.conference;
    assert.deepEqual([c.title, c.date, c.venue], ['Press Briefing by Press Secretary Dana Hale', '2031-05-20', 'Lantern Room']);
    assert.deepEqual(shape(record), [
      ['statement', 'MS. HALE', 'Dana Hale', null, null, 2],
      ['question', 'Q', null, null, null, 1],
      ['answer', 'MS. HALE', 'Dana Hale', null, 2, 1],
      ['question', 'Q', null, null, null, 1],
      ['answer', 'MS. HALE', 'Dana Hale', null, 4, 1],
    ]);
    assert.match(record.turns[0]!.text.en!, /Monday & Tuesday\.$/);
    const all = JSON.stringify(record);
    for (const outside of ['window.x', 'Privacy', 'News', '©']) assert.ok(!all.includes(outside), outside);
  });

  it('says so when the page has no text', () => {
    assert.throws(() => importTranscript('<!doctype html><html><head><script>x()</script></head><body><nav>Home</nav></body></html>'), /web page has no text/);
  });

  it('takes no-break spaces after "Q" in text copied from a page', () => {
    const { record } = importTranscript(
      'Press Briefing\n\nMS. HALE:\u00a0 Good afternoon.\n\nQ\u00a0\u00a0\u00a0 Will the ferry return?\n\nMS. HALE:\u00a0 Yes.\n',
    );
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.text.en]),
      [
        ['statement', 'MS. HALE', 'Good afternoon.'],
        ['question', 'Q', 'Will the ferry return?'],
        ['answer', 'MS. HALE', 'Yes.'],
      ],
    );
  });
});

describe('a Chinese transcript with an outlet known by its Latin name', () => {
  it('reads "BBC：" before a full-width colon as the outlet asking', () => {
    const { record } = importTranscript('例行记者会\n\n林剑：大家好。\n\nBBC：请问会谈何时举行？\n\n林剑：目前没有消息。\n');
    assert.deepEqual(
      shape(record, 'zh').map((t) => [t[0], t[1], t[3], t[4]]),
      [
        ['statement', '林剑', null, null],
        ['question', 'BBC', 'BBC', null],
        ['answer', '林剑', null, 2],
      ],
    );
  });
});
