// Smaller shapes met in the held-out real transcripts (bench/corpus, docs/importer-accuracy.md),
// each in text of our own: a title block whose next line is the programme, a credit line in
// emphasis after the last answer, an operator's "First question, Name, the Outlet."
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { gatherSpeakers } from './speakers.ts';

describe('held-out shapes', () => {
  it('does not run the name in a title block into the programme on the next line', () => {
    const text = [
      '        TRANSCRIPT OF INTERVIEW WITH MINISTER O. BRANDT\n                       CNBC HARBOUR HOUR\n                            8 APRIL 2031',
      'CNBC:       Joining us is the minister. Minister, thank you for being with us.',
      'Minister:   Thank you.',
      'CNBC:       Will the port reopen this week?',
      'Minister:   On Friday, once the channel is checked.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['O Brandt'],
    );
  });

  it('leaves a credit line in emphasis out of the last answer', () => {
    const text =
      'Coach availability\n\n**Q: How did the line hold?**\n\nOB: Well, it held. We will look at the film.\n\n**Q: And the kicker?**\n\nOB: He is fine.\n\n_Text is taken from an interview with OB_\n';
    const { record } = importTranscript(text);
    assert.equal(record.turns.at(-1)!.text.en, 'He is fine.');
  });

  it("gives the next question the reporter and outlet an operator names as 'First question, Name, the Outlet.'", () => {
    const text = [
      'Q & A',
      '**Operator**:\n\nFor questions, star 1. First question, Ines Marlow, the Quayside Gazette.\nLine open.',
      '**Reporter**:\n\nGood morning, Prime Minister. Will the ferries sail?',
      '**Prime Minister Lima**:\n\nThey will, on the morning tide.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', 'Operator', null],
        ['question', 'Ines Marlow', 'Quayside Gazette'],
        ['answer', 'Lima', null],
      ],
    );
  });
});

describe('a Chinese clause before a full-width colon inside an answer', () => {
  it('is speech, not a label, when it says someone may ask', () => {
    const text = [
      '林部长   谢谢。港口的情况我简单说一下。',
      '海港日报    请问渡轮何时恢复？',
      '林部长   明天恢复。\n        邻近港口可能会反问：\n        为什么不是今天？因为航道还要检查。',
      '海港日报    谢谢。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['林部长'],
    );
    assert.equal(record.turns.length, 4);
  });
});

describe('a full name found after a first-name label', () => {
  it('stops before a word of the language that follows the name ("Dana Okafor Postgame Interview")', () => {
    const text =
      'Notes from [Dana Okafor Postgame Interview | Game 4](https://video.example/okafor)\n\nQ: Dana, what went wrong?\n\nDana: They made their shots.\n\nQ: And the second half?\n\nDana: Better.\n';
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.map((p) => p.name),
      ['Dana Okafor'],
    );
  });
});

describe('more label forms', () => {
  const shape = (text: string) => importTranscript(text).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]);

  it('reads numbered questions and answers ("Q1:" / "A1:")', () => {
    assert.deepEqual(shape('Harbour briefing\n\nQ1: When will the ferries sail?\n\nA1: Tomorrow.\n\nQ2: Any damage?\n\nA2: Two boats.\n'), [
      ['question', null, null],
      ['answer', null, null],
      ['question', null, null],
      ['answer', null, null],
    ]);
  });

  it('reads a transcriber’s labels in brackets ("[Ana Lima]:")', () => {
    assert.deepEqual(
      shape('Harbour briefing\n\n[Ana Lima]: The barrier held.\n\n[Tom Webb, North Wire]: When will the ferries sail?\n\n[Ana Lima]: Tomorrow.\n'),
      [
        ['statement', 'Ana Lima', null],
        ['question', 'Tom Webb', 'North Wire'],
        ['answer', 'Ana Lima', null],
      ],
    );
  });

  it('reads labels set off by a dash ("Ana Lima — …"), a reporter and outlet printed once among them', () => {
    const text =
      'Harbour briefing, 9 November 2031\n\nAna Lima — Good afternoon. The barrier held.\n\nTom Webb, North Wire — When will the ferries sail?\n\nAna Lima — Tomorrow at first light.\n\nIves Dore, Delta Radio — Any damage?\n\nAna Lima — Two boats.\n';
    assert.deepEqual(shape(text), [
      ['statement', 'Ana Lima', null],
      ['question', 'Tom Webb', 'North Wire'],
      ['answer', 'Ana Lima', null],
      ['question', 'Ives Dore', 'Delta Radio'],
      ['answer', 'Ana Lima', null],
    ]);
  });

  it('leaves prose with a dash after a place name as prose', () => {
    const text = 'Harbour notes\n\nPort Elden — The barrier held last night, and the ferries sail tomorrow.\n\nNorth Mole — Two boats were lost.\n';
    assert.throws(() => importTranscript(text), { code: 'no_turns' });
  });
});

describe('Chinese labels set as Markdown headings', () => {
  it('reads "### 名字：" headings, a Latin name among them, and "outlet name" labels with their outlet', () => {
    const { record } = importTranscript(fixture('zh-heading-labels.md'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.speaker?.role ?? null, t.outlet?.name ?? null]),
      [
        ['moderation', '主持人', 'moderator', null],
        ['statement', '林海文', 'principal', null],
        ['statement', 'Dara Quinn', 'principal', null],
        ['question', '王小明', 'journalist', '港灣日報'],
        ['answer', '林海文', 'principal', null],
        ['question', null, null, '北岸電視'],
        ['answer', '林海文', 'principal', null],
        ['question', '王小明', 'journalist', '港灣日報'],
      ],
    );
    assert.equal(record.conference.date, '2031-03-04');
  });
});

describe('offices and outlets inside labels', () => {
  it('takes the office with its complement off the name ("President of Harbouria Ana Lima"), abbreviated and modified offices too', () => {
    const text = [
      'Joint press statements',
      'President of Harbouria Ana Lima: Good afternoon. We signed the port treaty today.',
      'PRESIDENTIAL SPOKESPERSON REIS: We will take two questions.',
      'Rose Okafor/Harbour Times: Madam President, when does the treaty take effect?',
      'President of Harbouria Ana Lima: In January.',
      'PRESS SEC. REIS: Last one.',
      'Ivo Brandt/North Wire: And the fees?',
      'President of Harbouria Ana Lima: They stay.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Ana Lima', null],
        ['Reis', null],
        ['Rose Okafor', 'Harbour Times'],
        ['Ana Lima', null],
        ['Reis', null],
        ['Ivo Brandt', 'North Wire'],
        ['Ana Lima', null],
      ],
    );
  });
});

describe('navigation and elision marks', () => {
  it('never takes a link back to the site for the title, and drops an editor’s "<…>" between turns', () => {
    const text = [
      '###  [:house:Back to the index](https://example.org/notes)\n---',
      '## Harbour press conference',
      'Ana Lima: The barrier held.',
      '<…>',
      'Question: When will the ferries sail?',
      'Ana Lima: Tomorrow.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.equal(record.conference.title, 'Harbour press conference');
    assert.equal(record.turns[0]!.text.en, 'The barrier held.');
  });
});

describe('a page saved as a scraper’s string literal', () => {
  it("undoes the escapes of a Python bytes repr (b'<p>…\\xc2\\xa0…') and reads the page", () => {
    const body = [
      '<p>Via Conference Call</p>',
      '<p>4:32 P.M. EDT</p>',
      '<p>MS. LIMA:\\xc2\\xa0 Thank you all.\\xc2\\xa0 The harbour treaty was signed today.</p>',
      '<p>Q\\xc2\\xa0\\xc2\\xa0 Ivo Brandt, North Wire.\\xc2\\xa0 When does it take effect?</p>',
      '<p>MS. LIMA:\\xc2\\xa0 In January.\\xc2\\xa0 The ports open to each other\\xe2\\x80\\x99s ships then.</p>',
      '<p>Q\\xc2\\xa0\\xc2\\xa0 And the fees?</p>',
      '<p>MS. LIMA:\\xc2\\xa0 They stay as they are.</p>',
      '<p>4:49 P.M. EDT</p>',
    ].join('\\n');
    const page = `<h1>Press Briefing by Ana Lima on the Harbour Treaty</h1>\nb'<div class="body">\\n${body}\\n</div>'`;
    const { record } = importTranscript(page);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['narration', null],
        ['statement', 'MS. LIMA'],
        ['question', 'Q'],
        ['answer', 'MS. LIMA'],
        ['question', 'Q'],
        ['answer', 'MS. LIMA'],
      ],
    );
    assert.equal(record.turns[3]!.text.en, 'In January. The ports open to each other’s ships then.');
    // The time the call ended is no one's words.
    assert.equal(record.turns.at(-1)!.text.en, 'They stay as they are.');
  });

  it('leaves ordinary text that quotes an escape alone', () => {
    const text = 'Code briefing\n\nAna Lima: The file ends each line with \\n, as most do.\n\nQ: And on Windows?\n\nAna Lima: With \\r\\n.\n';
    assert.equal(importTranscript(text).record.turns[0]!.text.en, 'The file ends each line with \\n, as most do.');
  });
});

describe('an earnings call’s bold name, firm and role over the words', () => {
  it('takes the name for the label and leaves a dropped call out of the last answer', () => {
    const text = [
      '## Transcript',
      '**Dara Quinn - Harbour Freight, Investor Relations**\nWelcome, everyone. With us is our chief financial officer, Tomas Reis.',
      '**Tomas Reis - Harbour Freight, Chief Financial Officer**\nThank you, Dara. Revenue grew six per cent in the quarter, and margins held at forty-one per cent.',
      '**Ines Marlow - Quay Capital, Analyst**\nTomas, will the margin hold next quarter?',
      '**Tomas Reis - Harbour Freight, Chief Financial Officer**\nWe expect it to, within a point.',
      '(Call lost.)',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.label),
      ['Dara Quinn', 'Tomas Reis', 'Ines Marlow', 'Tomas Reis'],
    );
    assert.equal(record.turns.at(-1)!.text.en, 'We expect it to, within a point.');
  });

  it('names an office holder in full after "Secretary of Health & Human Services"', () => {
    const text =
      'Briefing by Secretary of Health & Human Services Ana Lima\n\nSECRETARY LIMA: The clinics are ready.\n\nQ: All of them?\n\nSECRETARY LIMA: All eleven.\n';
    assert.deepEqual(
      importTranscript(text).record.people.map((p) => p.name),
      ['Ana Lima'],
    );
  });
});

describe('Chinese stage directions and discourse markers', () => {
  it('leaves a quoted stage direction out of speech, and reads "簡單結論：" as speech, not a speaker', () => {
    const text = [
      '# 港務局記者會',
      '### 林海文：\n謝謝各位。新碼頭九月啟用。',
      '> （播放影片）',
      '### 林海文：\n簡單結論：貨運量可以增加一倍。',
      '### 港灣日報 王小明：\n請問舊碼頭會關閉嗎？',
      '### 林海文：\n春天以前不會。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.speaker?.name ?? null, t.text.zh]),
      [
        ['林海文', '謝謝各位。新碼頭九月啟用。'],
        ['林海文', '簡單結論：貨運量可以增加一倍。'],
        ['王小明', '請問舊碼頭會關閉嗎？'],
        ['林海文', '春天以前不會。'],
      ],
    );
  });
});

describe('outlets and credits a transcript prints around the words', () => {
  it('takes "Harbour Wire." opening an anonymous question, and "I represent …", for the outlet', () => {
    const text =
      'Joint press conference\n\nAna Lima: Good afternoon.\n\nQuestion: Harbour Wire. A question for the minister: when does the treaty take effect?\n\nAna Lima: In January.\n\nQuestion: Good afternoon. I represent Quayside Radio. And the fees?\n\nAna Lima: They stay.\n';
    assert.deepEqual(
      importTranscript(text).record.turns.map((t) => t.outlet?.name ?? null),
      [null, 'Harbour Wire', null, 'Quayside Radio', null],
    );
  });

  it("leaves a Chinese repost's section heading, link and credits out of speech", () => {
    const text = [
      '## 港務局記者會（全文翻譯）',
      '林海文：大家好。新碼頭九月啟用。',
      '【答記者問環節】',
      '記者：請問舊碼頭會關閉嗎？',
      '林海文：春天以前不會。',
      '[閱讀英文全文](https://example.org/transcript)',
      '翻譯：【甲】校對：【乙】編輯：【丙】',
      '港灣小隊出品',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => t.text.zh),
      ['大家好。新碼頭九月啟用。', '請問舊碼頭會關閉嗎？', '春天以前不會。'],
    );
  });
});

describe('a questioner whom other officials answer', () => {
  it('asks when every turn ends in a question mark, whichever official answers', () => {
    const text = [
      '# 港務局記者會',
      '林海文：大家好。今天先由兩位處長說明新碼頭的工程，再開放提問。工程進度超前，九月可以啟用。',
      '王處長：工程經費四十億元，大部分由港務局自籌。',
      '陳處長：引水人員已經完成訓練。',
      '海風傳媒：請問工程經費會不會追加？',
      '王處長：目前沒有追加的計畫。',
      '海風傳媒：舊碼頭何時關閉？',
      '陳處長：春天以前不會關閉。',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.outlet).map((t) => [t.kind, t.outlet?.name]),
      [
        ['question', '海風傳媒'],
        ['question', '海風傳媒'],
      ],
    );
  });
});

describe('the time a briefing began, over or run into the first label', () => {
  for (const [what, opening] of [
    ['over it', '10:58 A.M. EDT\nMS. LIMA:  Good morning. The harbour treaty was signed today.'],
    ['run into it', '10:58 A.M. EDT MS. LIMA:  Good morning. The harbour treaty was signed today.'],
  ] as const) {
    it(`opens the first turn with the label (${what})`, () => {
      const text = `THE HARBOUR OFFICE\nFor Immediate Release\n\n${opening}\n\nQ  When does it take effect?\n\nMS. LIMA:  In January.\n\nQ  And the fees?\n\nMS. LIMA:  They stay.\n`;
      const { record } = importTranscript(text);
      assert.deepEqual(
        record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.label]),
        [
          ['statement', 'MS. LIMA'],
          ['question', 'Q'],
          ['answer', 'MS. LIMA'],
          ['question', 'Q'],
          ['answer', 'MS. LIMA'],
        ],
      );
    });
  }
});

describe("an archive's XML record", () => {
  it('reads the title, date and speaker fields as front matter and the HTML in CDATA as the transcript', () => {
    const { record } = importTranscript(fixture('xml-record.xml'));
    assert.equal(record.conference.title, 'Press Conference, Harbour Hall, Port Elden');
    assert.equal(record.conference.date, '2031-11-09');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, t.speaker?.name ?? null]),
      [
        ['statement', 'PRIME MINISTER', 'Ana Lima'],
        ['question', 'JOURNALIST', null],
        ['answer', 'PRIME MINISTER', 'Ana Lima'],
        ['question', 'JOURNALIST', null],
        ['answer', 'PRIME MINISTER', 'Ana Lima'],
      ],
    );
  });

  it('tells the host’s office from a guest’s "of Norland", each named: the title’s guest, the record’s leader', () => {
    const { record } = importTranscript(fixture('xml-record-two-leaders.xml'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Ana Lima'],
        ['statement', 'Tomas Berg'],
        ['statement', 'Ana Lima'],
        ['statement', 'Tomas Berg'],
        ['statement', 'Ana Lima'],
        ['question', 'Peter'],
        ['answer', 'Tomas Berg'],
        ['answer', 'Ana Lima'],
        ['question', 'Josh'],
        ['answer', 'Ana Lima'],
      ],
    );
  });

  it('leaves an XML document without a transcript to be refused as before', () => {
    assert.throws(() => importTranscript('<?xml version="1.0"?>\n<feed><title>Harbour news</title><entry>Short.</entry></feed>\n'), { code: 'no_turns' });
  });
});

describe('closed captions that lose their capitals', () => {
  const text = [
    '# Questions',
    '**Operator**:\n\nFor questions, press star 1. First question, Marta quill, the Associated press.\nLine open.',
    '**Reporter**:\n\nGood morning, Minister.\nWhen will the bridge reopen?',
    '**Minister Okafor**:\n\nIn June, once the inspection is done.',
    '**Reporter**:\n\nTomas vidal, radio-Canada.\nAnd the cost of the repairs?',
    '**Minister Okafor**:\n\nAbout twelve million dollars.',
    '**Reporter**:\n\nHi, Minister, global news.\nWho pays for it?',
    '**Minister Okafor**:\n\nThe province and the city share it.',
  ].join('\n\n\n\n');
  const { record } = importTranscript(text);

  it('names the reporter and outlet a hand-off or a self-introduction gives in lower case, when the outlet is a known one', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.deepEqual(
      questions.map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['Marta Quill', 'Associated Press'],
        ['Tomas Vidal', 'Radio-Canada'],
        [null, 'Global News'],
      ],
    );
  });
});

describe('a spokesperson who hosts a visiting official', () => {
  const text = [
    'Special Press Briefing with Visiting Press Secretary Hana Ito',
    'PRESIDENTIAL SPOKESPERSON DELACRUZ: Good evening. We welcome Press Secretary Hana Ito, who will brief us on the visit.',
    'PRESS SECRETARY ITO: Thank you for the kind introduction. What did the leaders agree? A new port project and a joint committee.',
    'DELACRUZ: We will take a few questions. Please identify yourself.',
    'Q: Ana Rey, Harbour Radio. How large is the port project?',
    'PRESS SEC. ITO: About two billion dollars over five years.',
    'Q: When does the committee meet?',
    'PRESS SEC. ITO: In March.',
    'DELACRUZ: On that note, thank you very much, everyone.',
    'PRESS SEC. ITO: Thank you.',
    'DELACRUZ: Good evening.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes the host who opens the floor and closes a moderator, and one official under a title and its abbreviation', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.deepEqual(roles, { Delacruz: 'moderator', 'Hana Ito': 'principal', 'Ana Rey': 'journalist' });
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['moderation', 'statement', 'moderation', 'question', 'answer', 'question', 'answer', 'moderation', 'statement', 'moderation'],
    );
  });
});

describe('one official under a title and its abbreviation', () => {
  it('gathers "PRESS SECRETARY ITO" and "PRESS SEC. ITO" as one speaker, and keeps two people of one surname apart', () => {
    const labels = ['PRESS SECRETARY ITO', 'Q', 'PRESS SEC. ITO', 'SENATOR ITO', 'GOVERNOR ITO'];
    const { speakers, speakerOf } = gatherSpeakers(labels.map((label) => ({ label, text: 'Words.' })));
    assert.equal(speakerOf[0], speakerOf[2]);
    assert.notEqual(speakerOf[3], speakerOf[4]);
    assert.equal(speakers.size, 4);
  });
});

describe('a results-call service’s name over a job line, in a PDF’s text layer with page markers', () => {
  const { record } = importTranscript(fixture('names-over-roles.txt'));

  it('reads each name over its job line as a label, the job as title or firm, and the IR host as moderator', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['narration', null, null],
        ['moderation', 'Tomas Orvik', null],
        ['question', 'Ravi Menon', 'Eastgate Capital Markets'],
        ['answer', 'Marta Ilse Quill', null],
        ['question', 'Ravi Menon', 'Eastgate Capital Markets'],
        ['answer', 'Dana Okafor', null],
        ['question', 'Ravi Menon', 'Eastgate Capital Markets'],
        ['moderation', 'Tomas Orvik', null],
      ],
    );
    assert.equal(record.conference.title, 'Quayside Ferries, Inc. FQ2 2031 Earnings Call Transcripts');
  });

  it('leaves page markers, running heads, job lines and the legal notice out of the words', () => {
    const words = record.turns
      .filter((t) => t.kind !== 'narration')
      .map((t) => t.text.en ?? '')
      .join('\n');
    for (const furniture of [
      '=== PAGE',
      'Copyright',
      'harbourline.example',
      'QUAYSIDE FERRIES, INC.',
      'Chief Financial Officer',
      'Research Division',
      'disclaims',
    ])
      assert.equal(words.includes(furniture), false, furniture);
    assert.equal(record.turns.at(-1)!.text.en, 'That concludes the call. Thank you all for joining.');
  });
});

describe('a transcription service’s timed labels ("Name: (mm:ss)")', () => {
  const { record } = importTranscript(fixture('timed-labels-rev.txt'));

  it('reads a label printed once, "Reporters" as the press, an official the principal hands over to, and the outlets hand-offs and introductions give', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Ada Quill', null],
        ['statement', 'Ada Quill', null],
        ['statement', 'Dr. Brandt', null],
        ['statement', 'Ada Quill', null],
        ['question', 'Tom Webb', 'North Wire'],
        ['answer', 'Ada Quill', null],
        ['question', 'Tom Webb', 'North Wire'],
        ['answer', 'Ada Quill', null],
        ['question', 'Mira', 'Delta Radio'],
        ['answer', 'Ada Quill', null],
        ['question', null, 'Harbour Television'],
        ['answer', 'Ada Quill', null],
        ['question', 'Jo Lind', 'Quay Gazette'],
        ['answer', 'Ada Quill', null],
      ],
    );
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ada Quill', 'Dr. Brandt'],
    );
  });
});

describe('a results call whose participants list gives each name a post', () => {
  const text = [
    'Quayside Ferries, Inc. (NASDAQ:QFRY) Q2 2031 Earnings Conference Call July 24, 2031 5:00 PM ET',
    'Company Participants',
    'Tomas Orvik - VP, IR\n Dana Okafor - EVP & CFO\n Marta Quill - President & CEO',
    'Conference Call Participants',
    'Ravi Menon - Eastgate Capital',
    'Operator',
    'Good afternoon. Tomas Orvik, you may begin your conference.',
    'Tomas Orvik',
    'Thank you. With me today are Marta Quill and Dana Okafor. Dana?',
    'Dana Okafor',
    'Thanks, Tomas. Revenue rose nine percent. Do we expect more? Yes, in the third quarter.',
    'QUAYSIDE Harbour Line carried a record number of passengers.',
    'QUAYSIDE Harbour Line will add two hulls next year.',
    'Question-and-Answer Session',
    'Operator',
    'Your first question comes from Ravi Menon with Eastgate Capital.',
    'Ravi Menon',
    'Thanks. Marta, how many crossings next quarter?',
    'Marta Quill',
    'About nine thousand.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes the one listed for investor relations the host and the ones listed with posts officials, and takes the part heading out', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.deepEqual(roles, {
      Operator: 'moderator',
      'Tomas Orvik': 'moderator',
      'Dana Okafor': 'principal',
      'Ravi Menon': 'journalist',
      'Marta Quill': 'principal',
    });
    assert.equal(
      record.turns.some((t) => (t.text.en ?? '').includes('Question-and-Answer Session')),
      false,
    );
  });
});

describe('a blog post set with kramdown: times over labels, styling lines, quoted words, an errata section', () => {
  const { record } = importTranscript(fixture('kramdown-post.md'));

  it('reads each label under its time, the numbered askers and their outlets, and leaves the styling, footnote and errata out', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.startsAt ?? null, t.text.en]),
      [
        ['statement', 'Okafor', null, 0, 'The new terminal opens in May, and the crossings double.'],
        ['question', null, 'Delta Radio', 70, 'Will the fares go up?'],
        ['answer', 'Okafor', null, 80, 'No, not for two years.[^fares]'],
        ['question', 'Ana Lima', 'Quay Gazette', 125, 'And the night crossings?'],
        ['answer', 'Okafor', null, 132, 'They stay.'],
      ],
    );
  });
});

describe('a magazine interview with no labels: bold questions over plain answers', () => {
  const text = [
    '# Harbour Mayor Ada Quill Defends the Ferry Plan',
    '*Last week Mayor Ada Quill met with reporters from the Quay Gazette at City Hall. The conversation, which began with a statement, is below; a link to [the plan](https://example.org/2031/05/02/plan) is on our site.*',
    'First of all, I want to thank you for coming. We have worked on this plan for two years, and I am proud of it.',
    '**Will the fares go up?**',
    'No. Not for two years, and then only with inflation.',
    '**And the night crossings?**',
    'They stay. We added two.',
    '![The mayor at City Hall (Photo: Jo Lind)](https://images.example.org/quill.jpeg)*The mayor at City Hall (Photo: Jo Lind)*',
    '**What do you say to the critics?**',
    'Ride the ferry, then we can talk.',
    '*This interview, conducted by [Ana Rey](https://example.org/ana), has been edited and condensed.*',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes each bold paragraph a question and the plain ones the answers of the official the headline names', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['narration', null],
        ['statement', 'Ada Quill'],
        ['question', null],
        ['answer', 'Ada Quill'],
        ['question', null],
        ['answer', 'Ada Quill'],
        ['question', null],
        ['answer', 'Ada Quill'],
      ],
    );
    assert.equal(record.conference.date, null);
    assert.equal(record.turns.at(-1)!.text.en, 'Ride the ferry, then we can talk.');
    assert.equal(record.turns[5]!.text.en, 'They stay. We added two.');
  });
});

describe('a transcript stored as one field of a data set, its paragraphs joined by commas', () => {
  const text =
    'THE PRESIDENT. I will take a few questions.,HARBOUR WORKS,[1.] Q. Mr. President, when will the harbour works end?,THE PRESIDENT. In the spring, as Mr. Brandt 1 told you.,1 Odile Brandt, the harbour commissioner.,The budget holds.,[2.] Q. And the cost?,THE PRESIDENT. About twelve million.,[3.] Q. Will the ferries run meanwhile?,THE PRESIDENT. They will.,Reporter: Thank you, Mr. President.';
  const { record } = importTranscript(text);

  it('reads the paragraphs apart again, the questions without their item numbers, and leaves the footnote out', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['statement', 'THE PRESIDENT'],
        ['question', 'Q'],
        ['answer', 'THE PRESIDENT'],
        ['question', 'Q'],
        ['answer', 'THE PRESIDENT'],
        ['question', 'Q'],
        ['answer', 'THE PRESIDENT'],
        ['question', 'Reporter'],
      ],
    );
    assert.equal(record.turns[2]!.text.en, 'In the spring, as Mr. Brandt 1 told you.\n\nThe budget holds.');
  });
});

describe('numbered questioners', () => {
  it('are each someone else: "Reporter 2" after a named reporter is not that reporter’s follow-up', () => {
    const text = [
      'MINISTER: Good morning.',
      'Reporter (Ana Lima, Delta Radio): When does the bridge open?',
      'MINISTER: In June.',
      'Reporter 2: And the tolls?',
      'MINISTER: None.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.speaker?.name ?? null),
      ['Ana Lima', null],
    );
  });
});

describe('an OCR’d typescript of a prime minister’s press conference', () => {
  const text = [
    'PRESS CONFERENCE GIVEN BY THE PRIME MINISTER, MR. ODILE BRANDT AT HARBOUR HOTEL',
    'PRIME MINISTER: Good morning. I will comment briefly and then take questions.',
    'QUESTION Prime Minister, will the port reopen this week?',
    'P. M. Well, on Friday, once the channel is checked.',
    'QUE STI ON And the ferries?',
    'P. M. They sail on Saturday.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads "QUESTION" without a stop, OCR-spaced too, and "P. M." as the prime minister', () => {
    assert.deepEqual(
      record.turns.slice(1).map((t) => [t.kind, t.label, t.speaker?.role ?? null]),
      [
        ['question', 'Q', null],
        ['answer', 'PM', 'principal'],
        ['question', 'Q', null],
        ['answer', 'PM', 'principal'],
      ],
    );
    assert.equal(record.turns[2]!.text.en, 'Well, on Friday, once the channel is checked.');
  });
});

describe('a collaborative note: numbered question headings, chat handles as labels', () => {
  const text = [
    '# Interview request from Ana Lima, Delta Radio',
    '### Q1: How did the project start?',
    '> 這個計畫是怎麼開始的？',
    '`<okafor>` We met at a hackathon in 2014.',
    'Then it grew.',
    '`<mira>` I joined a year later.',
    '`<quill>` 我們從一個小專案開始。',
    '`<mira translating quill>` We started from one small project.',
    '### Q2: What comes next?',
    '`<okafor>` More of the same.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each handle as a speaker, a translation as the turn it translates, and each heading as a question', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label, Object.keys(t.text).sort().join('+')]),
      [
        ['question', 'Q1', 'en+zh'],
        ['answer', 'okafor', 'en'],
        ['answer', 'mira', 'en'],
        ['answer', 'quill', 'en+zh'],
        ['question', 'Q2', 'en'],
        ['answer', 'okafor', 'en'],
      ],
    );
    assert.equal(record.turns[1]!.text.en, 'We met at a hackathon in 2014.\n\nThen it grew.');
  });
});

describe('a broadcaster’s interview labelled by first names in capitals, no colon', () => {
  const text = [
    'Q+A: Lind interviews Harbour Leader Ana Okafor',
    'Sunday 4th October,, 2031',
    'Harbour Weekly’s Jo Lind interviews Harbour Party Leader, Ana Okafor.',
    'JO Thank you Ana for joining us. Let’s start with the poll.',
    'ANA OKAFOR – Harbour Party Leader\nLook, we cannot take one poll as meaning anything.',
    'JO What about the ferry plan?',
    'Advertisement - scroll to continue reading',
    'ANA Well, the ferry plan is costed and ready.',
    'JO Thanks very much for coming in, Ana Okafor.',
    'ENDS',
    '© Harbour Media',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each capitals name as a label, names both in full, and leaves the advertisement and the site after ENDS out', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', 'Jo Lind'],
        ['answer', 'Ana Okafor'],
        ['question', 'Jo Lind'],
        ['answer', 'Ana Okafor'],
        ['question', 'Jo Lind'],
      ],
    );
    assert.equal(record.conference.date, '2031-10-04');
    assert.equal(record.turns.at(-1)!.text.en, 'Thanks very much for coming in, Ana Okafor.');
    assert.equal(
      record.turns.some((t) => (t.text.en ?? '').includes('Advertisement')),
      false,
    );
  });
});

describe('an interview whose questions are set in capitals', () => {
  const text = [
    'An Interview With Ana Okafor - Candidate',
    'The interview was conducted the day after her selection.',
    'HOW DO YOU FEEL AFTER BEING CONFIRMED AS THE CANDIDATE?',
    'Happy, grateful and a little scared.',
    'It has been a long road.',
    'WHAT WILL THE GOVERNMENT SAY?',
    'They will spend heaps to keep the seat.',
    'WHY NOW?',
    'Because the harbour needs a voice.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes each question in capitals a question and the plain paragraphs under it her answers', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Ana Okafor'],
        ['question', null],
        ['answer', 'Ana Okafor'],
        ['question', null],
        ['answer', 'Ana Okafor'],
      ],
    );
  });
});

describe('a podcast interview whose host introduces himself and his guest in one sentence', () => {
  const text = [
    '**Jo Lind:** Welcome to the show. I’m Jo Lind, managing editor of Harbour Weekly. Ana Okafor is here, CEO of Quay Ferries.',
    'Slides: https://example.org/slides',
    '**Ana Okafor:** Thanks for having me.',
    '**Jo Lind:** How many ferries will you run next year?',
    '**Ana Okafor:** Twelve, once the new hulls are in. We ordered them two years ago, and the yard has kept to its dates, which in shipbuilding is rare enough to mention, so we are confident about the timetable.',
    '**Jo Lind:** And the fares?',
    '**Ana Okafor:** They stay where they are.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('leaves the host a questioner (the post in his sentence is his guest’s) and the slides link out of his words', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.equal(roles['Jo Lind'], 'journalist');
    assert.equal(roles['Ana Okafor'], 'principal');
    assert.equal(
      record.turns.some((t) => (t.text.en ?? '').includes('https://example.org/slides')),
      false,
    );
  });
});

describe('handles in lower case before a colon, as a volunteer transcriber types them', () => {
  const text = [
    '---\ntitle: Stage interview with Ana Okafor\nspeakers:\n  - Ana Okafor\n  - Jo Lind\n---',
    'lind: Thank you all for coming. Ana, when did the ferry project start?',
    'okafor: In 2014, with two boats and a borrowed pier.',
    'lind: What was hardest?',
    'okafor: Keeping the timetable in winter.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('reads each recurring handle as a speaker’s label, named in full from the front matter', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.label, t.speaker?.name ?? null]),
      [
        ['lind', 'Jo Lind'],
        ['okafor', 'Ana Okafor'],
        ['lind', 'Jo Lind'],
        ['okafor', 'Ana Okafor'],
      ],
    );
  });

  it('reads them alike with a no-break space after the colon, as a page copied from the web has it', () => {
    const copied = importTranscript(text.replaceAll(': ', ':\u00a0').replace('title:\u00a0', 'title: ')).record;
    assert.deepEqual(
      copied.turns.map((t) => [t.label, t.speaker?.name ?? null]),
      record.turns.map((t) => [t.label, t.speaker?.name ?? null]),
    );
  });
});

describe('an interview of two, both listed as speakers', () => {
  const text = [
    '---\ntitle: Interview Ana Okafor Jo Lind\nspeakers:\n  - Ana Okafor\n  - Jo Lind\n---',
    'Jo Lind: Thank you all for coming, and thank you, Ana, for being here. I run the harbour festival, and I have wanted to ask you these questions for a long time. When did the ferry project start?',
    'Ana Okafor: In 2014.',
    'Jo Lind: What was hardest?',
    'Ana Okafor: Keeping the timetable in winter.',
    'Jo Lind: And what comes next?',
    'Ana Okafor: Two new hulls.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('makes the one who asks the journalist and the one who answers the principal, whoever says more', () => {
    const roles = Object.fromEntries(record.people.map((p) => [p.name, p.role]));
    assert.deepEqual(roles, { 'Jo Lind': 'journalist', 'Ana Okafor': 'principal' });
  });
});

describe('a results-call service’s names over long posts, and an analyst printed with no firm line', () => {
  const text = [
    'Quayside Ferries, Inc. FQ3 2031 Earnings Call',
    'Presentation',
    'Operator',
    'Good day, and welcome to the Quayside Ferries third quarter call.',
    'I would now like to turn the conference over to Mr. Tomas Orvik. Please go ahead.',
    'Tomas Orvik',
    'Senior Vice President of Public & Private Investor Relations',
    'Thank you, operator, and welcome, everyone. With me today is our CEO, Marta Quill.',
    'Marta Ilse Quill',
    'Chief Executive Officer',
    'Thanks, Tomas. The fleet ran nine thousand crossings this quarter.',
    'Question and Answer',
    'Operator',
    'The first question comes from Ravi Menon with Eastgate Capital.',
    'Ravi Menon',
    'Eastgate Capital Markets, Research Division',
    'How many crossings next quarter?',
    'Marta Ilse Quill',
    'Chief Executive Officer',
    'A few hundred more, once the new hulls are in service.',
    'Operator',
    'The next question comes from Jim Schneider with Harbour Sachs.',
    'James Schneider',
    'And the fuel bill, will it come down?',
    'Marta Ilse Quill',
    'Chief Executive Officer',
    'Down four percent.',
    'Ravi Menon',
    'Eastgate Capital Markets, Research Division',
    'One more, on the winter timetable: will it start earlier?',
    'Marta Ilse Quill',
    'Chief Executive Officer',
    'Yes, a week earlier.',
  ].join('\n');
  const { record } = importTranscript(text);

  it('reads the name over a long post as a label (the post cut to its office that runs the call), and the name alone under the hand-off that names him', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['moderation', 'Operator'],
        ['moderation', 'Tomas Orvik'],
        ['statement', 'Marta Ilse Quill'],
        ['moderation', 'Operator'],
        ['question', 'Ravi Menon'],
        ['answer', 'Marta Ilse Quill'],
        ['moderation', 'Operator'],
        ['question', 'James Schneider'],
        ['answer', 'Marta Ilse Quill'],
        ['question', 'Ravi Menon'],
        ['answer', 'Marta Ilse Quill'],
      ],
    );
  });
});

describe('an office’s interview record: the office’s mark on top, the principal’s label printed without its colon', () => {
  it('reads "PRIME MINISTER" alone over the words as the label printed elsewhere with its colon, and "E&OE……" as no one’s words', () => {
    const html = [
      '<p>12 April 2031</p>',
      '<p>E&amp;OE…………………………</p>',
      '<p><b>REYES:</b></p><p>Prime Minister, will the ferries run this winter?</p>',
      '<p><b>PRIME MINISTER:</b></p><p>They will, every day.</p>',
      '<p><b>REYES:</b></p><p>And the fares?</p>',
      '<p><b>PRIME MINISTER</b></p><p>Unchanged.</p>',
      '<p><b>REYES:</b></p><p>And the new berths?</p>',
      '<p><b>PRIME MINISTER</b></p><p>In the spring.</p>',
    ].join('\n');
    const { record } = importTranscript(`<html><body><h1>Interview with Jo Reyes, Harbour Radio</h1>${html}</body></html>`);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.label]),
      [
        ['question', 'REYES'],
        ['answer', 'PRIME MINISTER'],
        ['question', 'REYES'],
        ['answer', 'PRIME MINISTER'],
        ['question', 'REYES'],
        ['answer', 'PRIME MINISTER'],
      ],
    );
  });
});
