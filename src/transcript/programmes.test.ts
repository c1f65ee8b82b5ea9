// Where an interview names the programme or paper that held it (our own words): an office's
// letterhead with "RADIO INTERVIEW" over the programme, a host who welcomes the audience to the
// programme ("欢迎收看运河夜话"), a title that is the medium's interview ("运河之声访问"), and a lead
// saying the paper printed the interview ("《港湾日报》为此刊登了记者和他的问答").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';
import { programmeWelcomedTo } from './outlets.ts';
import { interviewsInLead, publisherOf } from './publisher.ts';
import { foldedToSimplified } from './zh/script.ts';

const LETTERHEAD = `SENATOR ODA VENN

SHADOW MINISTER FOR PORTS

E&OE TRANSCRIPT

RADIO INTERVIEW

HARBOUR RADIO DRIVE

TUESDAY, 4 MARCH 2031

Subjects: Ferry fares; the new quay.

TAMSIN ROE, HOST: Senator, thanks for joining us. Will ferry fares rise?

ODA VENN, SHADOW MINISTER FOR PORTS: Good afternoon Tamsin. Not if we can help it.

ROE: And the new quay, when will it open?

VENN: It should open in the spring.

ROE: Who will pay for it?

VENN: The port, as it always has.

ROE: Last one: will you stand again next year?

VENN: I will, if the party will have me.
`;

describe('a broadcast interview whose letterhead names the programme', () => {
  const { record } = importTranscript(LETTERHEAD);

  it('gives the host who asks every question the programme as outlet', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 4);
    for (const turn of questions) assert.deepEqual([turn.speaker?.name, turn.outlet?.name], ['Tamsin Roe', 'HARBOUR RADIO DRIVE']);
  });

  it('reads the programme under the kind of interview, or after it on the same line', () => {
    assert.equal(publisherOf({}, 'TELEVISION INTERVIEW – CANAL NEWS TONIGHT', undefined, []), 'CANAL NEWS TONIGHT');
    assert.equal(publisherOf({}, 'Ports policy', undefined, ['E&OE TRANSCRIPT', 'RADIO INTERVIEW', 'HARBOUR RADIO DRIVE']), 'HARBOUR RADIO DRIVE');
    // A date under the kind line names no programme.
    assert.equal(publisherOf({}, 'RADIO INTERVIEW', undefined, ['TUESDAY, 4 MARCH 2031']), undefined);
  });

  it('reads the station after the interviewer in a title in capitals, the day after it', () => {
    assert.equal(publisherOf({}, 'INTERVIEW WITH TAMSIN ROE, HARBOUR 96.3 KELPTON  4 March 2031', undefined, []), 'HARBOUR 96.3 KELPTON');
    assert.equal(publisherOf({}, 'Interview with Tamsin Roe, 4KP Kelpton', undefined, []), '4KP Kelpton');
    // A place after the interviewer, no station or medium in it, names no outlet.
    assert.equal(publisherOf({}, 'INTERVIEW WITH TAMSIN ROE, KELPTON  4 March 2031', undefined, []), undefined);
  });
});

const STATION_TITLE = `SENATOR ODA VENN

TRANSCRIPT

INTERVIEW WITH TAMSIN ROE, HARBOUR 96.3 KELPTON  4 March 2031

E&OE

TAMSIN ROE

Senator Venn joins me on the line. Will ferry fares rise?

ODA VENN

Not if we can help it, Tamsin.

TAMSIN ROE

And the new quay, when will it open?

ODA VENN

In the spring, once the piles are in.

TAMSIN ROE

Who will pay for it?

ODA VENN

The port, as it always has. The state will not put in a cent.

TAMSIN ROE

Last one: will you stand again next year?

ODA VENN

I will, if the party will have me.

TAMSIN ROE

Senator, thanks for your time.
`;

describe('a radio interview whose title names the host and the station', () => {
  it('gives the host’s questions the station as outlet', () => {
    const { record } = importTranscript(STATION_TITLE);
    const questions = record.turns.filter((t) => t.kind === 'question');
    // Every turn of the host's, the thanks at the end too.
    assert.equal(questions.length, 5);
    for (const turn of questions) assert.deepEqual([turn.speaker?.name.toLowerCase(), turn.outlet?.name], ['tamsin roe', 'HARBOUR 96.3 KELPTON']);
    assert.equal(record.conference.date, '2031-03-04');
  });
});

describe('a Chinese interview’s medium, named where it is printed', () => {
  const zh = foldedToSimplified;

  it('reads the programme a host welcomes the audience to', () => {
    assert.equal(programmeWelcomedTo('观众朋友大家好，我是阿兰，欢迎收看运河夜话，今天我们请到了'), '运河夜话');
    assert.equal(programmeWelcomedTo('我是阿兰，欢迎收听《港湾之声》（Harbour Voice）。'), '港湾之声');
    assert.equal(programmeWelcomedTo('大家好，今天我们请到了'), null);
  });

  it('reads a title that is the medium’s interview, and a lead saying the paper printed it', () => {
    assert.equal(publisherOf({}, zh('2031-03-04 運河之聲網訪問'), undefined), zh('運河之聲網'));
    // A title naming who was interviewed, no medium, is no publisher.
    assert.equal(publisherOf({}, zh('艾維訪問'), undefined), undefined);
    assert.equal(publisherOf({}, zh('作家艾維：水上的城'), zh('著名的《港灣日報》 為此刊登了記者和艾維的問答。')), zh('港灣日報'));
  });

  it('gives the host’s questions the programme the host welcomes the audience to', () => {
    const text = `# 2031-03-04 網友提問

### 陳小蘭：
觀眾朋友大家好，我是小蘭，歡迎收看運河夜話，今天請到艾維。艾維，你好嗎？

### 艾維：
很好，謝謝。

### 陳小蘭：
你最近在忙什麼？

### 艾維：
在寫一本關於船閘的書。
`;
    const { record } = importTranscript(text);
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 2);
    for (const turn of questions) assert.equal(turn.outlet?.name, '運河夜話');
  });
});

describe('a medium that interviews, named as the questions’ label', () => {
  it('reads the label the lead names as interviewing as the medium, not a person', () => {
    const text = `# 北閘該不該修？

原文來自「港灣APP」

採訪 | 林岚

港灣日前在上海專訪了艾維和周明。

港灣：北閘該不該修？

艾維：該修，已經用了六十年。

港灣：周先生怎麼看？

周明：我同意，但要先修南閘。

港灣：修的時候船怎麼走？

艾維：走南閘，南閘去年已經擴建。

港灣：要花多少錢？

周明：大約八億，由港務部和運河公司分擔。
`;
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        [null, '港灣'],
        [null, '港灣'],
        [null, '港灣'],
        [null, '港灣'],
      ],
    );
  });

  it('knows the sentences that tell of a medium interviewing', () => {
    assert.equal(interviewsInLead('港湾', '港湾日前在上海专访了艾维。'), true);
    assert.equal(interviewsInLead('港湾', '艾维接受港湾专访时说'), true);
    assert.equal(interviewsInLead('港湾', '港湾的船很多。'), false);
    assert.equal(publisherOf({}, '北闸', '运河电台近日专访了艾维。'), '运河电台');
  });
});

describe('an interview a head of state’s site says was given to a medium', () => {
  const PAGE = `Interview to Ruritanian newspaper Harbour Herald

Ahead of his visit, President Anton Vell gave an interview to the newspaper Harbour Herald.

Question: What do you expect of the visit?

President of Ruritania Anton Vell: Agreements on the ports, and on the ferries.

Question: And the new quay?

President of Ruritania Anton Vell: It will be built by the spring.

Question: Will the tariffs fall?

President of Ruritania Anton Vell: They will, for both sides.
`;
  const { record } = importTranscript(PAGE);

  it('gives the unnamed questions the medium the title names, its kind around it left out', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 3);
    for (const turn of questions) assert.equal(turn.outlet?.name, 'Harbour Herald');
  });

  it('reads "Interview to … TV channel" and the lead’s "gave an interview to", never an "interview with" a person', () => {
    assert.equal(publisherOf({}, 'Interview to Harbour Today TV channel', undefined, []), 'Harbour Today');
    assert.equal(publisherOf({}, 'Events', 'Anton Vell gave an interview to the Coastal Broadcasting Company (Ostrava).', []), 'Coastal Broadcasting Company');
    assert.equal(publisherOf({}, 'Interview with Ian Marsh', undefined, []), undefined);
    // "with" names the medium only where it is said to be one: "Interview with Harbour TV channel".
    assert.equal(publisherOf({}, 'Interview with Harbour TV channel', undefined, []), 'Harbour');
    assert.equal(publisherOf({}, 'Interview with Harbour Ports', undefined, []), undefined);
    assert.equal(publisherOf({}, 'Interview for the team website', undefined, []), undefined);
  });
});

describe('an account’s dialogue: the account’s name in bold over each question, its host named in the lead', () => {
  const PAGE = `对话港湾科技 CEO 林海：聊聊渡轮

近日，港湾Talk 主理人 Mia 与港湾科技的创始人林海展开了一次对话。

**港湾Talk：请你简单介绍一下公司的主要业务？**

**林海：**好的，我们做港口的软件。

**港湾Talk：现在渡轮还会停吗？**

**林海：**不会停。

**港湾Talk：明年有什么计划？**

**林海：**修新码头。

**✦ 线下活动****✦**

![](https://example.com/c/filters:no_upscale()?imageUrl=a.png)

**✦****往期精选推荐****✦**

[港口的冬天](https://example.com/a/1)
`;
  const { record } = importTranscript(PAGE);

  it('reads the label with a Latin name as the account, and its host as the one who asks', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 3);
    for (const turn of questions) assert.deepEqual([turn.speaker?.name, turn.outlet?.name, turn.text.zh?.startsWith('港湾Talk')], ['Mia', '港湾Talk', false]);
  });

  it('leaves the account’s advertisement and further reading out of the last answer', () => {
    const last = record.turns.filter((t) => t.kind !== 'narration').at(-1)!;
    assert.deepEqual([last.kind, last.text.zh], ['answer', '修新码头。']);
  });
});

describe('a show named by its host, not by a publisher', () => {
  it('takes the show the host welcomes the guest to ("special guest of the Harbour Hour Show") as the asking outlet', () => {
    const text = [
      'President Ana Reyes: Today’s special guest of the Harbour Hour Show is the Minister for Ferries. Minister, what brings you to the quays?',
      'Minister: The new berths, President.',
      'President: When will they open?',
      'Minister: In the spring.',
    ].join('\n');
    const { record } = importTranscript(text, { fileName: 'harbour-hour-show.txt' });
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['Harbour Hour Show', 'Harbour Hour Show'],
    );
  });

  it('takes the show a title names the host of ("WITH HOST OF THE HARBOUR HOUR PODCAST JO REYES")', () => {
    const text = [
      'TRANSCRIPT OF MINISTER FOR FERRIES DR ADA QUILL’S FIRESIDE CHAT WITH HOST OF THE HARBOUR HOUR PODCAST JO REYES',
      'Minister: Thank you, Jo. Let me begin with the ferries.',
      'Jo Reyes: What comes first?',
      'Minister: The north lock.',
      'Jo: And then?',
      'Minister: The south lock.',
      'Jo: Who pays for the locks?',
      'Minister: The harbour board, as it always has.',
      'Jo: And the ferries, will the fares go up?',
      'Minister: Not this year.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['Harbour Hour Podcast', 'Harbour Hour Podcast', 'Harbour Hour Podcast', 'Harbour Hour Podcast'],
    );
  });
});

describe('an interview page whose title names the medium and whose lead names the interviewee', () => {
  const text = [
    'Tariffs as a spur to the docks (interview to Harbour Radio)',
    'The third part of Lena Okafor’s interview to Harbour Radio has been published.',
    'Tomas Weller: We have been hit with tariffs because of the dispute.',
    'Lena Okafor: So be it. We lost some trade, but we built two new berths.',
    'Tomas Weller: That is a lot of money.',
    'Lena Okafor: It is, and the berths will pay it back.',
    'Tomas Weller: But the counter-tariffs hurt our own shippers.',
    'Lena Okafor: Nonsense. They helped the yards.',
  ].join('\n\n');
  const { record } = importTranscript(Buffer.from(text));

  it('has the one the lead does not name interview the one it does, for the medium, questions or not', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name, t.speaker?.role, t.outlet?.name ?? null]),
      [
        ['Tomas Weller', 'journalist', 'Harbour Radio'],
        ['Lena Okafor', 'principal', null],
        ['Tomas Weller', 'journalist', 'Harbour Radio'],
        ['Lena Okafor', 'principal', null],
        ['Tomas Weller', 'journalist', 'Harbour Radio'],
        ['Lena Okafor', 'principal', null],
      ],
    );
  });
});
