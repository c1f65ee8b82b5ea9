// A podcast interview kept as a bilingual note (podcast-note-bilingual.md, our own words): each
// turn in Chinese, then its English original in a "<details>" disclosure block under the same
// label; two hosts and one guest; and a note-taking app's bracketed bold labels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { publisherOf } from './publisher.ts';
import { foldedToSimplified } from './zh/script.ts';

describe('a bilingual podcast note with disclosure blocks', () => {
  const { record } = importTranscript(fixture('podcast-note-bilingual.md'), { fileName: 'podcast-note-bilingual.md' });

  it('reads the Markdown as Markdown, each turn once with both languages', () => {
    assert.equal(record.turns.length, 10);
    assert.deepEqual(record.turns[2]!.text, { zh: '谢谢邀请，我准备好了。', en: 'Thanks for having me. I am ready.' });
    assert.equal(JSON.stringify(record).includes('Original English'), false);
  });

  it('makes the guest who hardly ever asks the principal and both hosts the askers', () => {
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Ana Reyes', 'journalist'],
        ['Tom Lind', 'journalist'],
        ['Ines Okafor', 'principal'],
      ],
    );
    assert.equal(record.turns.filter((t) => t.kind === 'answer').length, 4);
  });
});

describe('labels in brackets inside the bold', () => {
  it('reads "**[周岐原]**:" and "**[Ana Lima]**:" as the names inside', () => {
    const zh = importTranscript(['**[周岐原]**: 今天的来宾是谁？', '**[周冠男]**: 是我。', '**[周岐原]**: 你好吗？', '**[周冠男]**: 很好。'].join('\n\n'));
    assert.deepEqual(
      zh.record.people.map((p) => p.name),
      ['周岐原', '周冠男'],
    );
    const en = importTranscript(
      ['**[Ana Lima]**: Who is here today?', '**[Tom Reyes]**: I am.', '**[Ana Lima]**: How are you?', '**[Tom Reyes]**: Well.'].join('\n\n'),
    );
    assert.deepEqual(
      en.record.people.map((p) => p.name),
      ['Ana Lima', 'Tom Reyes'],
    );
  });
});

describe('the publisher of an interview, named outside its turns', () => {
  const turns = [
    '**Ana Reyes**: Who is our guest today?',
    '**Ines Okafor**: I am.',
    '**Ana Reyes**: Will the quay open?',
    '**Ines Okafor**: In spring.',
    '**Ana Reyes**: And the fares?',
    '**Ines Okafor**: They stay.',
  ];

  it('is the interviewers’ outlet: an outlet the front matter lists as the author', () => {
    const { record } = importTranscript(['---\ntitle: Harbour talk\nauthor: Reuters Podcasts\n---', ...turns].join('\n\n'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => t.outlet?.name ?? null),
      ['Reuters', 'Reuters', 'Reuters'],
    );
  });

  it('is a publication in book-title marks in the title', () => {
    const { record } = importTranscript(['---\ntitle: 《港湾周刊》专访港务局长\n---', ...turns].join('\n\n'));
    assert.equal(record.turns[0]!.outlet?.name, '港湾周刊');
  });

  it('is nobody where the document does not name one', () => {
    const { record } = importTranscript(['---\ntitle: Harbour talk\nauthor: Ana Reyes\n---', ...turns].join('\n\n'));
    assert.equal(record.turns[0]!.outlet, null);
  });
});

describe('an interview’s publisher named in its title', () => {
  it('reads "The X Interview", "X Interviews Name" and "接受X採訪" as the interviewers’ outlet', () => {
    assert.equal(publisherOf({}, 'Ines Quarry: The Towpath Times Interview', undefined), 'Towpath Times');
    assert.equal(publisherOf({}, 'The Lock Crisis - Barge Radio Interviews Ines Quarry', undefined), 'Barge Radio');
    // (The importer reads Chinese folded to Simplified characters, zh/script.ts, and prints its own back.)
    const zh = foldedToSimplified;
    assert.equal(publisherOf({}, zh('艾維接受運河電視台採訪'), undefined), zh('運河電視台'));
    assert.equal(publisherOf({}, zh('艾維談船閘'), zh('艾維昨日在運河之聲節目（Canal Voice）上接受採訪。')), zh('運河之聲節目'));
    // A guest is not a publisher: "interview with Ines Quarry" names who answers.
    assert.equal(publisherOf({}, 'An Interview with Ines Quarry', undefined), undefined);
  });
});
