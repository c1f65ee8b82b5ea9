// Who is who where the document says so, or where only the conduct of its voices tells: a cast
// declared in fields above the transcript ("Interviewer: … (OT), The Ledger", "主持人：…",
// "发布人：…"), principals announced by full name in the title or a lead line, and a machine
// transcript's numbered voices ("Speaker 1", "Speaker 2") with nobody named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const cast = (file: string) => importTranscript(fixture(file)).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null] as const);

describe('a cast declared in fields above the transcript', () => {
  it('names initials labels after the people the fields list, in their parts, with the interviewer’s outlet', () => {
    const { record } = importTranscript(fixture('declared-cast.txt'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Oren Talbot', 'journalist'],
        ['Beatrix Nwosu', 'principal'],
      ],
    );
    assert.equal(record.turns[0]!.outlet?.name, 'The Ledger');
    assert.equal(record.conference.title, 'Conversation with the Chief Statistician');
  });

  it('reads a Chinese release’s 主持人 as the moderator and 发布人 as the principal, its 时间 and 地点 as date and venue', () => {
    const { record } = importTranscript(fixture('zh-declared-cast.txt'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['林晓', 'moderator'],
        ['周海', 'principal'],
      ],
    );
    assert.deepEqual(
      record.turns.map((t) => t.kind),
      ['moderation', 'statement', 'moderation', 'question', 'answer', 'question', 'answer', 'moderation'],
    );
    assert.equal(record.conference.date, '2031-05-06');
    assert.equal(record.conference.venue, '市政府新闻发布厅');
  });
});

describe('principals announced in the title or the lead', () => {
  it('makes each official the title names in full a principal, however briefly they answer', () => {
    assert.deepEqual(cast('title-principals.txt'), [
      ['statement', 'Rafael Quintero', null],
      ['statement', 'Elena Dahl', null],
      ['question', 'Silvia Marin', 'El Faro'],
      ['answer', 'Rafael Quintero', null],
      ['question', 'Silvia Marin', 'El Faro'],
      ['answer', 'Elena Dahl', null],
    ]);
  });

  it('names the answerer from a lead line "An interview with Coach Ruth Abara by …", without the office or the words after the name', () => {
    const text = [
      '# Talking to the new coach',
      '',
      '*An interview with Coach Ruth Abara by our sports desk, 2 August 2031.*',
      '',
      '**Where do you start with a team that finished last?**',
      '',
      'With the defence. We conceded seventy goals last year.',
      '',
      '**Who will be your captain?**',
      '',
      'I will decide after the first three matches.',
      '',
      '**What do you say to the fans?**',
      '',
      'Be patient with us until October, then judge us.',
    ].join('\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker?.name),
      ['Ruth Abara', 'Ruth Abara', 'Ruth Abara'],
    );
  });
});

describe('numbered voices of a machine transcript', () => {
  it('makes the voice that answers and says the most the principal, the first voice the host, the others reporters', () => {
    assert.deepEqual(cast('numbered-voices.txt'), [
      ['moderation', null, null],
      ['statement', null, null],
      ['question', 'Tom Adeyemi', 'Valley Post'],
      ['answer', null, null],
      ['question', null, null],
      ['answer', null, null],
      ['question', 'Tom Adeyemi', 'Valley Post'],
      ['answer', null, null],
    ]);
  });
});

describe('a Chinese write-up of an earnings call', () => {
  it('reads "firm(share price)分析师Latin Name：" labels as the analyst and the firm, and "详见：" as no label', () => {
    const { record } = importTranscript(fixture('zh-analyst-labels.txt'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Lena Okafor', '东海证券'],
        ['answer', '周海', null],
        ['question', 'Tom Berg', 'Harbour Capital'],
        ['answer', '林晓', null],
        ['question', 'Ivan Petrov', '南岸研究'],
        ['answer', '周海', null],
      ],
    );
  });
});

describe('an earnings call whose host introduces the management team', () => {
  const { record } = importTranscript(fixture('results-call-pdf.txt'));

  it('makes each member the host lists with a post a principal, initials and all ("A. Kannan")', () => {
    const principals = record.people.filter((p) => p.role === 'principal').map((p) => p.name);
    for (const name of ['Asha Menon', 'A. Kannan', 'Ravi Iyer']) assert.ok(principals.includes(name), name);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Priya Shah', 'Delta Securities'],
        ['Tom Berg', 'Quay Capital'],
      ],
    );
  });

  it('keeps the closing disclaimer out of the last turn', () => {
    assert.equal(JSON.stringify(record.turns).includes('transcription errors'), false);
  });
});

describe('a results call filed with its covering letter', () => {
  const { record } = importTranscript(fixture('filed-call-pdf.txt'));

  it('reads no label in the letter ("Sub:", "Ref:", "Encl:") or the management list, and takes the quoted title without its quotes', () => {
    assert.equal(record.conference.title, 'Larkspur Railways Limited Q4 FY ‘31 Earnings Conference Call');
    const labels = new Set(record.turns.map((t) => t.label));
    for (const label of ['Sub', 'Ref', 'Encl', 'MANAGEMENT']) assert.equal(labels.has(label), false, label);
  });

  it('dates the call by the day each page is headed with, not the letter’s', () => {
    assert.equal(record.conference.date, '2031-03-11');
  });

  it('does not take the chairman for the host who shares his surname', () => {
    assert.deepEqual(
      record.people.filter((p) => p.name.endsWith('Jain')).map((p) => [p.name, p.role]),
      [
        ['Rohit Jain', 'moderator'],
        ['Arun Kumar Jain', 'principal'],
      ],
    );
  });
});

describe('a Chinese briefing with the office printed before the name and outlets in brackets', () => {
  it('reads "市卫健委副主任 王立新：" as the official (the office apart, later "王立新：" the same person) and "记者（江城日报）：" as that outlet’s reporter', () => {
    const { record } = importTranscript(fixture('zh-bracketed-outlets.txt'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [['王立新', 'principal']],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['statement', '王立新', null],
        ['question', null, '江城日报'],
        ['answer', '王立新', null],
        ['question', null, '海峡电视台'],
        ['answer', '王立新', null],
      ],
    );
  });
});

describe('a Chinese release page', () => {
  const { record } = importTranscript(fixture('zh-release-page.html'));

  it('reads "主持人 刘明：" as the moderator, later "刘明：" too, and the spokesman as the principal', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['刘明', 'moderator'],
        ['李华', 'principal'],
      ],
    );
  });

  it('dates it by "发布时间：" (no label) and keeps the rights line out of the last turn', () => {
    assert.equal(record.conference.date, '2031-04-16');
    assert.equal(
      record.turns.some((t) => t.label === '发布时间'),
      false,
    );
    assert.equal(record.turns.at(-1)!.text.zh, '今天的发布会到此结束。谢谢各位。');
  });
});
