// Conversations kept in files that are not printed transcripts: subtitles (WebVTT voice tags,
// broadcast captions with ">>"), tables of who spoke and what they said (Markdown, HTML), CSV rows,
// and speaker headings naming a reporter and the outlet. Each is read as labelled turns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { captionsText, looksLikeCaptions } from './captions.ts';
import { csvRecordsText } from './csv-records.ts';
import { importTranscript } from './import.ts';
import { withTablesAsTurns } from './markdown-tables.ts';
import { conversationOf } from './speaker-rows.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const turnsOf = (name: string) =>
  importTranscript(fixture(name)).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.text.en ?? '']);

// The library conference as every one of these files holds it.
const LIBRARY = [
  ['statement', 'Greta Sandoval', null],
  ['question', 'Milo Hartmann', 'Fernhill Courier'],
  ['answer', 'Greta Sandoval', null],
  ['question', 'Ada Quist', null],
  ['answer', 'Greta Sandoval', null],
];
const shapeOf = (turns: ReturnType<typeof turnsOf>) => turns.filter(([kind]) => kind !== 'narration').map(([kind, speaker, outlet]) => [kind, speaker, outlet]);

describe('subtitles', () => {
  it('reads WebVTT voice tags as speakers, one turn for a speaker’s run of cues, with the cue’s time', () => {
    const turns = turnsOf('captions-voices.vtt');
    assert.deepEqual(shapeOf(turns), LIBRARY);
    assert.equal(turns[0]![3], 'Good afternoon. The library reopens on Saturday with longer hours on weekdays & a new reading room.');
    assert.equal(turns[2]![3], 'About two hundred thousand, from the building fund.');
    const { record } = importTranscript(fixture('captions-voices.vtt'));
    assert.deepEqual(
      record.turns.map((t) => t.startsAt),
      [1, 10, 14, 19, 23],
    );
    assert.equal(JSON.stringify(record).includes('-->'), false);
    assert.equal(JSON.stringify(record).includes('Fernhill Library press room'), false);
  });

  it('reads broadcast captions: ">>" a new speaker, a repeated rolling line once, cues joined', () => {
    const turns = turnsOf('captions-broadcast.srt');
    assert.deepEqual(
      turns.map(([kind, speaker]) => [kind, speaker]),
      [
        ['statement', 'Pell'],
        ['question', null],
        ['answer', 'Pell'],
        ['question', null],
        ['answer', 'Pell'],
      ],
    );
    assert.equal(turns[0]![3], 'THANK YOU ALL FOR COMING THIS MORNING. THE RIVER CROSSED THE FLOOD MARK AT FOUR A.M. AND IS FALLING NOW.');
  });

  it('knows subtitles by their header or first cue, and keeps unmarked cues as paragraphs by their pauses', () => {
    assert.equal(looksLikeCaptions('WEBVTT\n\n00:01.000 --> 00:02.000\nHello'), true);
    assert.equal(looksLikeCaptions('1\n00:00:01,000 --> 00:00:02,000\nHello'), true);
    assert.equal(looksLikeCaptions('1. The first point\n2. The second'), false);
    assert.equal(
      captionsText(
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nThe river is high.\n\n00:00:02.000 --> 00:00:03.000\nIt is falling.\n\n00:00:09.000 --> 00:00:10.000\nNext, the roads.\n',
      ),
      'The river is high. It is falling.\n\nNext, the roads.\n',
    );
  });
});

describe('tables of who spoke and what they said', () => {
  it('reads a Markdown table’s rows as turns, a row with no speaker continuing the one before; other tables stay', () => {
    const turns = turnsOf('speaker-table.md');
    assert.deepEqual(shapeOf(turns), LIBRARY);
    assert.equal(turns.find(([kind]) => kind === 'answer')![3], 'About two hundred thousand, from the building fund. The fund also pays for the new lifts.');
    assert.match(turns[0]![3] ?? '', /\| Before \| 9–17 \| 10–13 \|/);
  });

  it('reads a web page’s table the same way, and prints a table of figures as a table', () => {
    const turns = turnsOf('speaker-table.html');
    assert.deepEqual(shapeOf(turns), LIBRARY);
    assert.equal(turns[1]![3], 'Good afternoon. The library reopens on Saturday with longer hours on weekdays.');
    assert.match(turns[0]![3] ?? '', /DAY BEFORE AFTER Weekdays 9–17 8–20/);
  });

  it('finds the speaker column by its cells when the header does not name it, and only then', () => {
    const rows = [
      ['Ana Lima', 'The port opens at six, and the ferries run every hour.'],
      ['Tom Webb', 'Will the fares change this winter at all?'],
      ['Ana Lima', 'No, they stay as they are until the spring review.'],
    ];
    assert.deepEqual(conversationOf(null, rows), [
      'Ana Lima: The port opens at six, and the ferries run every hour.',
      'Tom Webb: Will the fares change this winter at all?',
      'Ana Lima: No, they stay as they are until the spring review.',
    ]);
    // No name printed twice: a list of people and their posts, not a conversation.
    assert.equal(
      conversationOf(null, [
        ['Ana Lima', 'Minister for Ports and Harbours'],
        ['Tom Webb', 'Reporter for the North Wire paper'],
        ['Iris Vale', 'Chair of the board of the port'],
      ]),
      null,
    );
    assert.equal(withTablesAsTurns('No tables | here\n\nat all.'), null);
  });
});

describe('CSV rows', () => {
  it('reads a header naming the speaker and the words, quoted fields and all', () => {
    const turns = turnsOf('utterances.csv');
    assert.deepEqual(shapeOf(turns), LIBRARY);
    assert.equal(turns[3]![3], 'Will the reading room be open on Sundays? I ask for the "Sunday readers" group.');
    assert.equal(JSON.stringify(turns).includes('00:00:10'), false);
  });

  it('reads tab-separated rows, and leaves text with commas alone', () => {
    assert.equal(
      csvRecordsText('Speaker\tText\nAna Lima\tGood morning.\nTom Webb\tA question.\nAna Lima\tAn answer.\n'),
      'Ana Lima: Good morning.\n\nTom Webb: A question.\n\nAna Lima: An answer.\n',
    );
    assert.equal(csvRecordsText('Yes, we will, and soon.\nMINISTER: Good morning, all.\n'), null);
  });
});

describe('speaker headings', () => {
  it('reads "### Name, Outlet" headings as a reporter and the outlet', () => {
    assert.deepEqual(shapeOf(turnsOf('heading-labels.md')), [...LIBRARY.slice(0, 3), ['question', 'Ada Quist', 'Radio Fernhill'], LIBRARY[4]]);
  });
});

describe('a data set’s CSV of one sentence a row, with the speaker’s label ("index,speaker,sentence")', () => {
  const { record } = importTranscript(fixture('sentence-rows.csv'));

  it('makes each speaker’s run of sentences one turn', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Hale', null],
        ['question', 'Ana Ortega', 'Harbour Times'],
        ['answer', 'Hale', null],
        ['question', 'Lukas Brandt', 'Coastal Radio'],
        ['answer', 'Hale', null],
      ],
    );
    assert.equal(record.turns[2]!.text.en, 'We have not decided. It will depend on the data over the coming months.');
  });
});

describe('a data set’s TSV of one sentence a row with no header ("12<TAB>SPEAKER<TAB>sentence")', () => {
  const { record } = importTranscript(fixture('sentence-rows-headerless.tsv'));

  it('finds the speaker’s column in the rows, keeps quotation marks as printed, and reads a label that only ever applauds as narration', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['statement', 'Governor'],
        ['narration', null],
        ['statement', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
        ['question', null],
        ['answer', 'Governor'],
        ['question', null],
      ],
    );
    assert.equal(record.turns[4]!.text.en, 'No. As I said in "the plan," they stay where they are.');
  });
});

describe('a tagger’s speaker tags in one line of text ("<NAME>CHAIR POWELL</NAME>. Good afternoon.")', () => {
  const { record } = importTranscript(fixture('tagged-speakers.txt'));

  it('opens each speaker’s turn at the tag, the name as a capitals-and-period label', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', 'Okafor', null],
        ['question', 'Ana Lima', 'Harbour Times'],
        ['answer', 'Okafor', null],
        ['question', 'Tom Reyes', 'Coastal Radio'],
        ['answer', 'Okafor', null],
      ],
    );
    assert.ok(!record.turns.some((t) => t.text.en?.includes('<NAME>')));
  });
});

describe('a speech recogniser’s rows: title and date in every row, diarization labels for the press', () => {
  const csv = [
    'segment_id,speaker,text,title,date',
    '1,Mayor Quill,"Good afternoon. The harbour wall is finished.",Mayor Quill on the harbour wall,20310412',
    '2,Mayor Quill,"It opens on Monday.",Mayor Quill on the harbour wall,20310412',
    '3,SPEAKER_03,"Mayor, what did it cost?",Mayor Quill on the harbour wall,20310412',
    '4,Mayor Quill,"Forty million, on budget.",Mayor Quill on the harbour wall,20310412',
    '5,SPEAKER_07,"Will the ferry move back?",Mayor Quill on the harbour wall,20310412',
    '6,Mayor Quill,"Next spring.",Mayor Quill on the harbour wall,20310412',
  ].join('\n');
  const { record } = importTranscript(csv);

  it('takes the title and the day the rows share', () => {
    assert.equal(record.conference.title, 'Mayor Quill on the harbour wall');
    assert.equal(record.conference.date, '2031-04-12');
  });

  it('reads "SPEAKER_03" as an unnamed voice of the press, one turn per run of rows', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.role ?? null]),
      [
        ['statement', 'principal'],
        ['question', null],
        ['answer', 'principal'],
        ['question', null],
        ['answer', 'principal'],
      ],
    );
  });
});

describe('a scrape kept as CSV, an article a row ("title,date,body")', () => {
  it('reads the row’s words under its title and date, not the header', () => {
    const csv =
      'title,date,body\n港口新规答记者问,2031-04-16,"近日，港务局发布新规，港务局负责人就新规答记者问。\n记者：新规何时实施？\n港务局负责人：下月起实施。\n记者：费用如何？\n港务局负责人：不收费。"\n';
    const { record } = importTranscript(csv);
    assert.equal(record.conference.title, '港口新规答记者问');
    assert.equal(record.conference.date, '2031-04-16');
    assert.equal(
      record.turns.some((t) => Object.values(t.text).some((v) => v.includes('title,date'))),
      false,
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => t.kind),
      ['question', 'answer', 'question', 'answer'],
    );
  });
});
