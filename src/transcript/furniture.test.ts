// Page and site furniture around the speech of a ministerial PDF text layer: field lines that
// look like labels ("Subject(s):", a contact line with telephone numbers), a footer set in two
// columns repeated on every page, and a closing mark with footers after the last words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordProblems } from '../domain/record.ts';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { takeClosingFurniture } from './closing.ts';
import type { SourceLine } from './types.ts';

describe('a ministerial transcript with page footers, a closing mark and site footers', () => {
  const { record, report } = importTranscript(fixture('ministerial-footers.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.en!);

  it('has the minister and the questions only: "Subject(s):" is not a speaker', () => {
    assert.deepEqual(recordProblems(record), []);
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['Rosa Delacroix', 'principal']],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['narration', 'statement', 'question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer'],
    );
  });

  it('takes the two-column footer out of the answers and joins the words around it', () => {
    assert.equal(spoken[2], 'About twelve million for both. The contract was signed last week with a firm from the valley, and work starts on Monday.');
    assert.ok(spoken.every((text) => !text.includes('5550')));
  });

  it('ends the last answer before "[ends]" and reports the footers after it', () => {
    assert.equal(spoken[spoken.length - 1], 'We will look at it in the budget. Thanks very much.');
    const closing = report.filter((c) => c.reason === 'a closing mark or footer after the last words').map((c) => c.before);
    assert.deepEqual(closing, [
      '[ends]',
      "Media inquiries Minister's Office: (01) 5550 1234           Departmental Media Liaison: (01) 5550 9876",
      '[ Waterways Home ] [ back to top ]',
      '© Inland Waters Office 2031',
    ]);
  });
});

describe('takeClosingFurniture', () => {
  const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: i + 1, text, page: 0, pageStart: false }));

  it('keeps a last answer that ends without furniture', () => {
    const paragraphs = [lines('We will say more on Monday.')];
    assert.deepEqual(takeClosingFurniture(paragraphs), []);
    assert.equal(paragraphs[0]!.length, 1);
  });

  it('takes a transcription service’s marks ("End of Harbourscripts", "END_OF_SESSION_TEXT"), never "End of story."', () => {
    const paragraphs = [lines('Thank you, Coach.'), lines('End of Harbourscripts'), lines('END_OF_SESSION_TEXT')];
    assert.deepEqual(
      takeClosingFurniture(paragraphs).map((l) => l.text.trim()),
      ['End of Harbourscripts', 'END_OF_SESSION_TEXT'],
    );
    const story = [lines('We won, and that is that.'), lines('End of story.')];
    assert.deepEqual(takeClosingFurniture(story), []);
  });

  it('takes a service’s mark with its trailing periods ("End of Harbourscripts...") and its credit ("… Transcript by …")', () => {
    const paragraphs = [lines('Thank you, Coach.'), lines('End of Harbourscripts...'), lines('Harbourscripts Transcript by Quay Press Services')];
    assert.deepEqual(
      takeClosingFurniture(paragraphs).map((l) => l.text.trim()),
      ['End of Harbourscripts...', 'Harbourscripts Transcript by Quay Press Services'],
    );
    assert.deepEqual(takeClosingFurniture([lines('We won, and that is that.'), lines('End of story...')]), []);
  });

  it('takes "ENDS", a contact line and a typist’s stamp', () => {
    const paragraphs = [lines('That is all for today.'), lines('ENDS'), lines('MEDIA CONTACT: ALEX ROOK 0400 000 000'), lines('  kb  2031-02-03  09:14')];
    assert.deepEqual(
      takeClosingFurniture(paragraphs).map((l) => l.text.trim()),
      ['ENDS', 'MEDIA CONTACT: ALEX ROOK 0400 000 000', 'kb  2031-02-03  09:14'],
    );
    assert.deepEqual(paragraphs, [lines('That is all for today.')]);
  });

  it('does not cut at a mark followed by more speech than a footer', () => {
    const speech = Array.from({ length: 20 }, (_, i) => `Line ${i} of the answer goes on.`);
    const paragraphs = [lines('The end.', 'END', ...speech)];
    assert.deepEqual(takeClosingFurniture(paragraphs), []);
  });
});

describe('a PDF text layer with no blank lines: running head, title, date and the first label on the next lines', () => {
  const { record } = importTranscript(fixture('title-block-no-blanks.txt'));

  it('takes the printed title, not the running head, and keeps the opening as the principal’s statement', () => {
    assert.equal(record.conference.title, 'Transcript of Governor Amsel’s Press Conference');
    assert.equal(record.conference.date, '2031-06-04');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['statement', 'GOVERNOR AMSEL'],
        ['question', 'TOMAS VIRTANEN'],
        ['answer', 'GOVERNOR AMSEL'],
        ['question', 'TOMAS VIRTANEN'],
        ['answer', 'GOVERNOR AMSEL'],
      ],
    );
  });

  it('finds a label after a line cut off with an em dash', () => {
    assert.equal(record.turns[2]!.text.en, 'We will decide that meeting by meeting. If the data keep moving as they have, there could be room—');
  });
});

describe('a typescript’s page continuation marks', () => {
  it('takes "/2. . ." and "2." out of the statement that runs over the page', () => {
    const text = [
      'PM:  Good morning. We met the delegation yesterday and agreed on three points about the harbour',
      '',
      ' /2.  .  .',
      '',
      ' 2.',
      '',
      'works, the fishing rights and the new lighthouse.',
      '',
      'JOURNALIST:  When will the works start?',
      '',
      'PM:  In the spring.',
      '',
      'JOURNALIST:  And the cost?',
      '',
      'PM:  We will say next week.',
    ].join('\n');
    const { record, report } = importTranscript(text);
    assert.ok(!/\/2|\b2\./.test(record.turns[0]!.text.en!));
    assert.ok(record.turns[0]!.text.en!.endsWith('the new lighthouse.'));
    assert.deepEqual(
      report.filter((c) => c.rule === 'page-number').map((c) => c.before),
      ['/2.  .  .', '2.'],
    );
  });
});

describe('a web transcript printed to PDF: page heads with the page number, the address, and contact lines at the end', () => {
  const { record } = importTranscript(fixture('printed-web-transcript.txt'));
  const spoken = record.turns.filter((t) => t.kind !== 'narration').map((t) => t.text.en!);

  it('takes the head beside its page number and the browser’s dated address out of the speech', () => {
    assert.ok(spoken.every((text) => !text.includes('Office of the Prime Minister') && !text.includes('http')));
    assert.equal(
      spoken[0],
      'Thanks very much for coming. Today we are announcing the new harbour fund, which will pay for the sea walls along the whole of the northern shore.\n\nThe fund will be set in law next week, so that no future government can spend it on anything else.\n\nIt is a great day for the people of the shore, who have asked for these walls for twenty years.',
    );
  });

  it('reads the media contacts after the last answer as a footer, not a speaker', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['statement', 'PM'],
        ['question', 'JOURNALIST'],
        ['answer', 'PM'],
        ['question', 'JOURNALIST'],
        ['answer', 'PM'],
      ],
    );
    assert.equal(spoken[spoken.length - 1], 'They will pay a quarter, and they have agreed to it in writing.');
  });
});

describe('a letterhead whose topics line ends with a semicolon, right before the first label', () => {
  it('keeps the minister’s opening as her statement, not part of the topics', () => {
    const { record } = importTranscript(fixture('letterhead-topics.txt'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['narration', null],
        ['statement', 'ROSA HALE'],
        ['statement', 'CAPTAIN IDA MORO'],
        ['statement', 'ROSA HALE'],
        ['question', 'JOURNALIST'],
        ['answer', 'ROSA HALE'],
        ['question', 'JOURNALIST'],
        ['answer', 'ROSA HALE'],
      ],
    );
    assert.match(record.turns[0]!.text.en!, /Topics: the new night ferry; sea wall works; harbour fees;$/);
  });
});

describe('an OCR’d fax whose first page is one line, with a contact glued to the last answer', () => {
  const { record } = importTranscript(fixture('faxed-doorstop.txt'));

  it('starts a turn at each label inside the long line, and keeps the heading that names the minister as narration', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['narration', null],
        ['question', 'Question'],
        ['answer', 'Ms Hale'],
        ['question', 'Question'],
        ['answer', 'Ms Hale'],
        ['question', 'Question'],
        ['answer', 'Ms Hale'],
        ['question', 'Question'],
        ['answer', 'Ms Hale'],
      ],
    );
    assert.match(record.turns[0]!.text.en!, /Doorstop interview with Harbours Minister Rosa Hale/);
  });

  it('takes the contact glued to the last answer out of it', () => {
    const last = record.turns[record.turns.length - 1]!.text.en!;
    assert.equal(last, 'They will pay a quarter, and they have agreed to it in writing, so the work can start in the spring.');
  });
});

describe('a stenographer’s direction that closes a turn', () => {
  it('is narration, not the words of the speaker before it; one between two paragraphs stays in the turn', () => {
    const text = [
      'Canal Trust press conference',
      'MINISTER BERG: The lock reopens on Monday.',
      'QUESTION: Were the gates tested?',
      'MINISTER BERG: Twice a year.',
      '(Laughter)',
      'And once more after the flood.',
      'QUESTION: Thank you, Minister.',
      '*(The Minister withdrew)*',
      'MODERATOR: We will break there.',
      '*(A short break)*',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.text.en]),
      [
        ['statement', 'The lock reopens on Monday.'],
        ['question', 'Were the gates tested?'],
        ['answer', 'Twice a year.\n\n(Laughter)\n\nAnd once more after the flood.'],
        ['question', 'Thank you, Minister.'],
        ['narration', '*(The Minister withdrew)*'],
        ['moderation', 'We will break there.'],
        ['narration', '*(A short break)*'],
      ],
    );
  });
});

describe('a data set’s own label for the room’s noise', () => {
  it('makes every turn of a label that only gives directions narration, its "[Crosstalk]" too; a reporter’s one "[Inaudible]" stays theirs', () => {
    const text = [
      'Ada Lorne: Good morning. The ferries run again from Monday.',
      'SYSTEM: [Applause]',
      'Reporter: Will the fares change?',
      'Ada Lorne: Not this year.',
      'SYSTEM: [Crosstalk]',
      'Reporter: And the timetable?',
      'Ada Lorne: The same as last summer.',
      'Ines Marlow: [Inaudible]',
      'Ada Lorne: Thank you, everyone.',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind === 'narration', t.speaker?.name ?? null, Object.values(t.text)[0]]),
      [
        [false, 'Ada Lorne', 'Good morning. The ferries run again from Monday.'],
        [true, null, '[Applause]'],
        [false, null, 'Will the fares change?'],
        [false, 'Ada Lorne', 'Not this year.'],
        [true, null, '[Crosstalk]'],
        [false, null, 'And the timetable?'],
        [false, 'Ada Lorne', 'The same as last summer.'],
        [false, 'Ines Marlow', '[Inaudible]'],
        [false, 'Ada Lorne', 'Thank you, everyone.'],
      ],
    );
  });
});

describe('a data set’s noise label with one garbled row', () => {
  it('is still nobody’s where it gives nine directions for each row of words', () => {
    const rows = ['Ada Lorne: Good morning.'];
    for (let i = 0; i < 9; i++) rows.push('SYSTEM: [Applause]', `Ada Lorne: Point ${i + 1}.`);
    rows.push('SYSTEM: Laughter]', 'Reporter: Will the fares change?', 'Ada Lorne: No.');
    const { record } = importTranscript(rows.join('\n\n'));
    assert.equal(record.turns.filter((t) => t.kind === 'narration').length, 9);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ada Lorne'],
    );
  });
});

describe('a page printed without blank lines', () => {
  it('ends the last answer at the authors’ block or the related links', () => {
    const page = [
      'A canal outlook with Ines Quarry',
      'Nora Quell:',
      'When will the lock reopen?',
      'Ines Quarry:',
      'On Monday. The new gates are in.',
      'Nora Quell:',
      'Who paid for them?',
      'Ines Quarry:',
      'The trust did.',
      'Authors',
      'Ines Quarry',
      'Senior Engineer',
      'Related Content',
      'Meet the towpath wardens',
      'May 28, 2026',
    ].join('\n');
    const { record } = importTranscript(page);
    const last = record.turns[record.turns.length - 1]!;
    assert.equal(last.speaker?.name, 'Ines Quarry');
    assert.equal(last.text.en, 'The trust did.');
  });
});

describe('a photograph’s caption between two turns or inside one', () => {
  it('is furniture, not the end of the answer before it', () => {
    const { record, report } = importTranscript(fixture('interview-with-caption.md'));
    assert.equal(record.turns[1]!.text.en, 'At nineteen, when my own knee gave out. I started helping with the youth team the next week.');
    assert.ok(report.some((c) => c.before.startsWith('Mara Lind led the Harbour')));
    assert.equal(record.turns.filter((t) => t.kind === 'question').length, 2);
    // Inside a turn too, the answer's words on either side of it kept.
    assert.equal(
      record.turns[3]!.text.en,
      'Exhausting and wonderful. We won the last game in the final minute.\n\nIt still makes me smile when I think of the bus ride home.',
    );
  });
});

describe('a transcript site’s banners and its sidebar after the last words', () => {
  const { record } = importTranscript(fixture('transcript-site-sidebar.txt'));

  it('drops the banner between turns and the list of funds after the call', () => {
    const text = record.turns.map((t) => t.text.en).join('\n');
    assert.ok(!/Receive real-time|money back|Brook Capital|\$1,200,000/.test(text), text);
    assert.equal(record.turns.at(-1)!.text.en, 'Next autumn. Thank you all for joining us today.');
  });

  it('keeps a list the speaker reads out at the end', () => {
    const items = [
      'the east quay',
      'the west quay',
      'the ferry ramp',
      'the fish market',
      'the old pier',
      'the harbour wall',
      'the lighthouse path',
      'the boat yard',
    ];
    const spoken = `Q: Which works come first?\n\nMINISTER: In this order:\n\n${items.map((i) => `- ${i}`).join('\n\n')}`;
    const last = importTranscript(spoken).record.turns.at(-1)!.text.en!;
    assert.match(last, /- the boat yard$/);
  });
});

describe('a web page’s link back to its list, glued over the first label', () => {
  it('is furniture, and the principal’s opening is still a statement', () => {
    const html =
      '<html><head><title>Harbour Board Press Conference</title></head><body><a href="/index.html" class="back-link">← Back to List</a><div class="speaker">CHAIR QUILL.</div><p>Good afternoon. The board held the rate.</p><div class="speaker">ADA LIMA.</div><p>Will you cut in June?</p><div class="speaker">CHAIR QUILL.</div><p>We will see the data first.</p><div class="speaker">TOM REIS.</div><p>And wages?</p><div class="speaker">CHAIR QUILL.</div><p>Wages are rising.</p></body></html>';
    const { record } = importTranscript(html, { fileName: 'board.html' });
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Quill'],
        ['question', 'Ada Lima'],
        ['answer', 'Quill'],
        ['question', 'Tom Reis'],
        ['answer', 'Quill'],
      ],
    );
    assert.equal(
      record.turns.some((t) => (t.text.en ?? '').includes('Back to')),
      false,
    );
  });
});

describe('a label a PDF’s text layer wrapped over two lines', () => {
  it('is joined again: "Ada Lima," over "Harbour Weekly:   Could I …" is the reporter and her outlet', () => {
    const text = [
      'Harbour Board press conference',
      '',
      'Governor Quill:        Good afternoon. The board held the rate.',
      '',
      'Ada Lima,',
      'Harbour Weekly:        Could I ask about wages, please? Are they',
      '                       still rising?',
      '',
      'Governor Quill:        They are, more slowly.',
      '',
      'Tom Reis,',
      'Northern Ledger:       And the housing market?',
      '',
      'Governor Quill:        Cooling.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Quill', null],
        ['question', 'Ada Lima', 'Harbour Weekly'],
        ['answer', 'Quill', null],
        ['question', 'Tom Reis', 'Northern Ledger'],
        ['answer', 'Quill', null],
      ],
    );
    assert.equal(record.turns[1]!.text.en, 'Could I ask about wages, please? Are they still rising?');
  });
});

describe('a feed item whose page holds scripts between its paragraphs', () => {
  const script = [
    '<script type="text/javascript">',
    'jQuery(document).ready(function ($) {',
    '  $(".share").hide();',
    '  var a = 1;',
    '  var b = 2;',
    '  var c = 3;',
    '  var d = 4;',
    '  var e = 5;',
    '});',
    '</script>',
  ].join('\n');
  const page = [
    '<p><strong>SECRETARY LIMA: </strong>Good afternoon. The ferry treaty was signed this morning.</p>',
    script,
    '<p><strong>MR QUILL: </strong>Pam, go ahead.</p>',
    '<p><strong>QUESTION: </strong>Will fares rise?</p>',
    script,
    '<p><strong>SECRETARY LIMA: </strong>Not this year.</p>',
    '<p><strong>QUESTION: </strong>And the night crossing?</p>',
    '<p><strong>SECRETARY LIMA: </strong>From December.</p>',
  ].join('\n');

  it('reads the page as a page, the scripts left out', () => {
    const { record } = importTranscript(page);
    assert.deepEqual(
      record.turns.map((t) => t.label),
      ['SECRETARY LIMA', 'MR QUILL', 'QUESTION', 'SECRETARY LIMA', 'QUESTION', 'SECRETARY LIMA'],
    );
    assert.ok(!record.turns.some((t) => Object.values(t.text).join('').includes('jQuery')));
  });
});

describe('an electoral authorisation line at every page’s foot', () => {
  const text = [
    'Authorised by Ana Reyes MP, Harbour Party, Saint-Anselm.',
    'PRESS CONFERENCE, HARBOUR HOUSE',
    'ANA REYES: The ferry runs again on Monday.',
    'Authorised by Ana Reyes MP, Harbour Party, Saint-Anselm.',
    'JOURNALIST: Every day?',
    'ANA REYES: Every day but Sunday.',
    'Authorised by Ana Reyes MP, Harbour Party, Saint-Anselm.',
  ].join('\n\n');
  const { record } = importTranscript(text);

  it('is no one’s words and no title', () => {
    assert.equal(record.conference.title, 'PRESS CONFERENCE, HARBOUR HOUSE');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.text.en]),
      [
        ['statement', 'The ferry runs again on Monday.'],
        ['question', 'Every day?'],
        ['answer', 'Every day but Sunday.'],
      ],
    );
  });
});

describe('a reposted Chinese interview’s foot: a note on the one interviewed, an image and "更多精彩内容"', () => {
  const PAGE = `港口的冬天

**《港湾周刊》：**今年冬天渡轮会停吗？

**林海：**不会停，夜班也照常。

**《港湾周刊》：**新码头什么时候建成？

**林海：**明年春天，如果天气允许。

① 林海，系港湾航运公司合伙人，长期从事港口管理工作。

![图片](https://example.com/img/1.png)

**更多精彩内容**

[港湾](https://example.com/a/1)
`;
  const { record } = importTranscript(PAGE);

  it('keeps every line of the foot out of the last answer', () => {
    const last = record.turns.filter((t) => t.kind === 'answer').at(-1)!;
    assert.equal(last.text.zh, '明年春天，如果天气允许。');
    for (const text of ['系港湾航运公司合伙人', '更多精彩内容', 'example.com'])
      assert.ok(!record.turns.some((t) => t.kind !== 'narration' && t.text.zh?.includes(text)), text);
  });

  it('leaves a point the speaker numbers with a circled figure in the answer', () => {
    const { record: listed } = importTranscript(`港口\n\n问：有哪些计划？\n\n答：两件事。\n\n① 先修码头，再买新船。\n`);
    assert.ok(listed.turns.at(-1)!.text.zh?.includes('先修码头'));
  });
});

describe('a pointer to the briefing’s slides under the closing time', () => {
  it('keeps the time and the pointer out of the last answer', () => {
    const text = `MS. FENN: Good morning.

Q: Will the ferries run?

MS. FENN: They will. And with that, we have taken our last question.

11:38 A.M. EDT

To view the Harbour Briefing Slides,
visit <https://example.gov/slides/harbour.pdf>
`;
    const { record } = importTranscript(text);
    const last = record.turns.filter((t) => t.kind !== 'narration').at(-1)!;
    assert.equal(last.text.en, 'They will. And with that, we have taken our last question.');
  });
});
