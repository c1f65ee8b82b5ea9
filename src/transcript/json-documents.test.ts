// Transcripts kept whole in a JSON document (fixtures in our own words): a knowledge base's entry
// whose "html" field holds the round table under a "title" field, with foreign reporters labelled
// by outlet and Latin name before a full-width colon ("1、《北岸周报》Ines Marlow：", "QNB 广播集团Pavel
// Östrom：", "Ines Marlow："); and a translation tool's { "en", "zh" } paragraph pairs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

describe('a JSON entry holding a round table as HTML', () => {
  const { record } = importTranscript(fixture('json-document-round-table.json'));

  it('takes the title field for the title, not the JSON', () => {
    assert.equal(record.conference.title, '港务局长与外国媒体圆桌纪要');
    assert.equal(record.conference.date, '2031-04-12');
  });

  it('reads every foreign reporter’s label, with the outlet the numbered one names', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
      [
        ['statement', '林海', null],
        ['question', 'Ines Marlow', '北岸周报'],
        ['answer', '林海', null],
        ['question', 'Ines Marlow', '北岸周报'],
        ['answer', '林海', null],
        ['question', 'Pavel Östrom', 'QNB 广播集团'],
        ['answer', '林海', null],
        ['question', 'Pavel Östrom', 'QNB 广播集团'],
      ],
    );
  });
});

describe('a JSON of English and Chinese paragraph pairs', () => {
  const { record } = importTranscript(fixture('json-translation-pairs.json'));

  it('reads each labelled pair as one turn in two languages, the glossary as nobody’s', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name, Object.keys(t.text).sort().join('+')]),
      [
        ['statement', 'Ines Marlow', 'en+zh'],
        ['moderation', 'Operator', 'en+zh'],
        ['question', 'Mira Chen', 'en+zh'],
        ['answer', 'Ines Marlow', 'en+zh'],
      ],
    );
    assert.equal(record.conference.date, '2031-08-12');
  });

  it('titles the call by the company and the quarter the data set names, as it prints no title', () => {
    assert.equal(record.conference.title, 'Lanternfish Robotics Q2 2031');
  });

  it('gives the asker the firm the operator’s hand-off names, read in the language it was spoken', () => {
    const question = record.turns.find((t) => t.kind === 'question');
    assert.equal(question?.outlet?.name, 'Harbour Securities');
  });
});

describe('a Hansard parser’s JSON events, speakers as objects, actions between speeches', () => {
  const { record } = importTranscript(fixture('json-events-speaker-objects.json'));

  it('labels each speech with the name the record prints, keeps the actions as narration and skips empty speeches', () => {
    assert.deepEqual(
      record.turns.map((t) => [t.kind === 'narration' ? 'narration' : (t.speaker?.name ?? null), Object.values(t.text).join('')]),
      [
        ['主席', '現在請港務局長向本會發言。'],
        ['港務局長', '主席，新碼頭五月啟用，渡輪班次會增加一倍。'],
        ['narration', '(有議員高聲叫喊)'],
        ['林海議員', '局長，票價會上漲嗎？'],
        ['港務局長', '不會，票價保持不變。'],
        ['主席', '會議到此結束。'],
      ],
    );
    assert.equal(record.conference.date, '2031-07-11');
  });
});

describe('numbered foreign reporters labelled by country, paper in book-title marks and a name with initials', () => {
  const text = [
    '林海：欢迎各位来到海港城。',
    '1、北岸国《海港日报》Ines Marlow：新码头什么时候启用？',
    '林海：五月启用。',
    '2、南岸国《航运》杂志Mohammad A M Quill：票价会上涨吗？',
    '林海：不会。',
    'Ines Marlow：工人什么时候培训？',
    '林海：冬天。',
  ].join('\n\n');

  it('reads each reporter with the paper, the country and the kind of paper left out', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Ines Marlow', '海港日报'],
        ['Mohammad A M Quill', '航运'],
        ['Ines Marlow', '海港日报'],
      ],
    );
  });
});

describe('a call as a pipeline’s JSON: participants objects beside the utterances', () => {
  const { record } = importTranscript(fixture('harbour-bank-q1-2031-results-call.json'), { fileName: 'harbour-bank-q1-2031-results-call.json' });

  it('reads the utterances, the participants lists giving who answers and for which firm each analyst asks', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name, t.outlet?.name ?? null]),
      [
        ['statement', 'Ines Marlow', null],
        ['statement', 'Tomas Berg', null],
        ['moderation', 'Louise', null],
        ['question', 'Dana Okafor', 'QUAYSIDE SECURITIES'],
        ['answer', 'Ines Marlow', null],
        ['moderation', 'Louise', null],
        ['question', 'Lee Park', 'North Shore Capital'],
        ['answer', 'Tomas Berg', null],
      ],
    );
    assert.equal(record.conference.date, '2031-04-29');
  });

  it('titles a record that prints none after the file it came in', () => {
    assert.equal(record.conference.title, 'harbour bank q1 2031 results call');
  });
});

// A knowledge base's entry made from text lines: the title, the place and date, and the first question each a
// bold run with no paragraph around it, set apart only by line breaks; the reporter introduced once with the
// outlet and post ("1、Tomas VanHollen，《北岸周报》驻亚洲记者："), later by a name with a capital inside it.
const LINES_IN_BOLD = JSON.stringify({
  title: '港务局长接受《北岸周报》采访纪要',
  html: [
    '<strong>港务局长接受《北岸周报》采访纪要</strong>',
    '<strong>2031年4月12日，港城</strong>',
    '',
    '',
    '<strong>1、Tomas  VanHollen，《北岸周报》驻亚洲记者：谢谢您再次接受采访。北闸今年修得怎么样？</strong>',
    '<p>林海：北闸年底完工。</p>',
    '',
    '<strong>Tomas VanHollen：会影响夜班船吗？</strong>',
    '<p>林海：不会，夜班船照常开行。</p>',
    '<strong>2、Tomas  VanHollen：明年还有什么计划？</strong>',
    '<p>林海：修南闸。</p>',
  ].join('\n'),
});

describe('a JSON entry whose HTML sets each line in bold, no paragraph around it', () => {
  const { record } = importTranscript(LINES_IN_BOLD, { fileName: 'entry.json' });

  it('reads each bold line as a line of its own: the first question apart from the title and the date', () => {
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null]),
      [
        ['question', 'Tomas VanHollen', '北岸周报'],
        ['answer', '林海', null],
        ['question', 'Tomas VanHollen', '北岸周报'],
        ['answer', '林海', null],
        ['question', 'Tomas VanHollen', '北岸周报'],
        ['answer', '林海', null],
      ],
    );
    assert.equal(record.conference.date, '2031-04-12');
  });
});
