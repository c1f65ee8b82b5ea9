// How labels are set in the wild beyond "Name:": behind a Markdown list or quotation mark, in
// italics, with the asker's outlet in square brackets or after a dash, in Chinese lenticular
// brackets, and questions numbered in order with plain answers under them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

const turnsOf = (text: string) =>
  importTranscript(text).record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.outlet?.name ?? null, t.text.en ?? t.text.zh ?? '']);

describe('label settings', () => {
  it('reads labels behind list markers and quotation marks, the marks no part of the words', () => {
    const listed =
      '# Questions for the lock keeper\n\n- **Q:** When does the lock open?\n- **A:** At six, every day.\n- **Q:** And in winter?\n- **A:** At eight.\n';
    assert.deepEqual(turnsOf(listed), [
      ['question', null, null, 'When does the lock open?'],
      ['answer', null, null, 'At six, every day.'],
      ['question', null, null, 'And in winter?'],
      ['answer', null, null, 'At eight.'],
    ]);
    const quoted =
      '# Questions for the lock keeper\n\n> **Q:** When does the lock open?\n\nIves Barra: At six.\n\n> **Q:** And in winter?\n\nIves Barra: At eight.\n\n> **Q:** Who pays?\n\nIves Barra: The canal trust.\n';
    assert.deepEqual(
      turnsOf(quoted).map(([kind, speaker, , words]) => [kind, speaker, words]),
      [
        ['question', null, 'When does the lock open?'],
        ['answer', 'Ives Barra', 'At six.'],
        ['question', null, 'And in winter?'],
        ['answer', 'Ives Barra', 'At eight.'],
        ['question', null, 'Who pays?'],
        ['answer', 'Ives Barra', 'The canal trust.'],
      ],
    );
  });

  it('reads labels in italics', () => {
    const text =
      '# Lock keeper interview\n\n*Reporter*: When does the lock open?\n\n*Ives Barra*: At six.\n\n_Reporter:_ And in winter?\n\n_Ives Barra:_ At eight.\n';
    assert.deepEqual(
      turnsOf(text).map(([kind, speaker]) => [kind, speaker]),
      [
        ['question', null],
        ['answer', 'Ives Barra'],
        ['question', null],
        ['answer', 'Ives Barra'],
      ],
    );
  });

  it('reads the asker’s outlet in square brackets or after a dash', () => {
    const text =
      'Canal Trust press conference, 9 June 2026\n\nIVES BARRA: The lock reopens on Monday.\n\nNora Quell [Towpath Times]: Who pays for the gates?\n\nIVES BARRA: The trust does.\n\nPiet Lamm – Barge Radio: And the tolls?\n\nIVES BARRA: They stay as they are.\n';
    assert.deepEqual(
      turnsOf(text).map(([kind, speaker, outlet]) => [kind, speaker, outlet]),
      [
        ['statement', 'Ives Barra', null],
        ['question', 'Nora Quell', 'Towpath Times'],
        ['answer', 'Ives Barra', null],
        ['question', 'Piet Lamm', 'Barge Radio'],
        ['answer', 'Ives Barra', null],
      ],
    );
  });

  it('does not read a field whose value is a link as a label', () => {
    const text =
      '# Meet the lock keeper\n\n- GitHub: [@ibarra](https://example.org/ibarra)\n- Website: https://example.org\n\nQ: When does the lock open?\n\nIves Barra: At six.\n\nQ: And in winter?\n\nIves Barra: At eight.\n';
    const turns = turnsOf(text);
    assert.deepEqual(
      turns.filter(([kind]) => kind !== 'narration').map(([, speaker]) => speaker),
      [null, 'Ives Barra', null, 'Ives Barra'],
    );
    assert.equal(
      turns.some(([, speaker]) => speaker === 'GitHub'),
      false,
    );
  });

  it('reads Chinese labels in lenticular brackets, not a bracketed note of the page', () => {
    const text =
      '运河管理处新闻发布会\n\n【主持人】各位记者，上午好。\n\n【艾维】谢谢。船闸下周一重新开放。\n\n【运河日报记者】请问过闸费会调整吗？\n\n【艾维】不会调整。\n\n【版权声明】本文版权归运河日报所有。\n';
    assert.deepEqual(
      turnsOf(text).map(([kind, speaker, outlet]) => [kind, speaker, outlet]),
      [
        ['moderation', '主持人', null],
        ['statement', '艾维', null],
        ['question', null, '运河日报'],
        ['answer', '艾维', null],
      ],
    );
  });

  it('reads questions numbered in order as questions, the plain paragraphs under each as its answer', () => {
    const text =
      'Written answers of the canal trust to the Towpath Times, 9 June 2026\n\n1. When does the lock reopen?\n\nOn Monday. The new gates are in.\n\nThey were made in the trust’s own yard.\n\n2. Who pays for the gates?\n\nThe trust does, from its reserve.\n\n3. Will the tolls change?\n\nNo.\n';
    assert.deepEqual(turnsOf(text), [
      ['question', null, null, 'When does the lock reopen?'],
      ['answer', null, null, 'On Monday. The new gates are in.\n\nThey were made in the trust’s own yard.'],
      ['question', null, null, 'Who pays for the gates?'],
      ['answer', null, null, 'The trust does, from its reserve.'],
      ['question', null, null, 'Will the tolls change?'],
      ['answer', null, null, 'No.'],
    ]);
  });

  it('reads "(1) …?" questions and a title line that names the interview and ends like a sentence', () => {
    const text =
      'Interview with Wren Aldous, towpath warden (profile at https://example.org/wren).\n\n(1) How long is the towpath?\n\nNine miles, lock to lock.\n\n(2) Who mends it?\n\nVolunteers, every second Sunday.\n\n(3) Is it open at night?\n\nIt is, but unlit.\n';
    const { record } = importTranscript(text);
    assert.equal(record.conference.title, 'Interview with Wren Aldous, towpath warden');
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'Wren Aldous'],
        ['question', null],
        ['answer', 'Wren Aldous'],
        ['question', null],
        ['answer', 'Wren Aldous'],
      ],
    );
  });

  it('reads stream handles set in bold as labels when they recur', () => {
    const text =
      '[00:05] **wren_a**: Morning, all.\n\n[00:09] **lockbot()**: Morning. Is the lock open?\n\n[00:12] **wren_a**: It is.\n\n[00:15] **lockbot()**: And tomorrow?\n\n[00:18] **wren_a**: Tomorrow too.\n';
    assert.deepEqual(
      importTranscript(text).record.turns.map((t) => [t.speaker?.name ?? null, t.startsAt]),
      [
        ['wren_a', 5],
        ['lockbot()', 9],
        ['wren_a', 12],
        ['lockbot()', 15],
        ['wren_a', 18],
      ],
    );
  });

  it('names the asker a spokesman calls on with a question mark ("Dezhi?"), and drops "Excellency" from a name', () => {
    const text = [
      'Noon briefing by the canal trust spokesman',
      'Spokesman: Good afternoon. The lock reopens on Monday.',
      'Question: Who pays for the gates?',
      'Spokesman: The trust does. Marit?',
      'Question: And the tolls?',
      'Spokesman: They stay as they are.',
      'Question: Ambassador, will the ferry run?',
      'Excellency Tomas Vell: It will, from the north pier.',
      'Question: Every day?',
      'Excellency Tomas Vell: Every day but Sunday.',
    ].join('\n\n');
    const turns = importTranscript(text).record.turns.map((t) => [t.kind, t.speaker?.name ?? null]);
    assert.deepEqual(turns.slice(0, 5), [
      ['statement', 'Spokesman'],
      ['question', null],
      ['answer', 'Spokesman'],
      ['question', 'Marit'],
      ['answer', 'Spokesman'],
    ]);
    assert.deepEqual(turns[6], ['answer', 'Tomas Vell']);
  });

  it('ends a reposted Chinese interview at the reposter’s comment and links', () => {
    const text = [
      '运河管理处主任接受专访',
      '记者：船闸什么时候开放？',
      '艾维：下周一。',
      '记者：过闸费会调整吗？',
      '艾维：不会。',
      '评：这次采访说明了很多问题，值得关注。',
      '原文链接：https://example.org/canal',
      '翻译报道：小河',
    ].join('\n\n');
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null, t.text.zh]),
      [
        ['question', null, '船闸什么时候开放？'],
        ['answer', '艾维', '下周一。'],
        ['question', null, '过闸费会调整吗？'],
        ['answer', '艾维', '不会。'],
      ],
    );
  });

  it('reads the name a long one-paragraph answer ends on, and the first of "Alan, then Tony."', () => {
    const long =
      'The gates were made in the trust’s own yard over the winter, by the same six people who made the last ones, and they were tested twice before they went in, once in the dry dock and once in the lock itself, with the water at its highest.';
    const text = [
      'Canal trust briefing',
      'Spokesman: The lock reopens on Monday.',
      'Question: Who made the gates?',
      `Spokesman: ${long} Gabriel?`,
      'Question: And the cost?',
      'Spokesman: Forty thousand. Alan, then Tony.',
      'Question: Is the towpath open?',
      'Spokesman: It is.',
    ].join('\n\n');
    assert.deepEqual(
      importTranscript(text)
        .record.turns.filter((t) => t.kind === 'question')
        .map((t) => t.speaker?.name ?? null),
      [null, 'Gabriel', 'Alan'],
    );
  });

  it('does not take a contraction for a given name ("I\'m Wren" names Wren, not "I\'m Wren")', () => {
    const text = [
      "Wren: Hello, and welcome to the towpath podcast. I'm Wren, and with me is Tomas.",
      'Tomas: Hi. Today we talk with the lock keeper.',
      'Ives: Thanks for having me. The lock opens at six.',
      'Wren: And in winter?',
      'Ives: At eight.',
    ].join('\n\n');
    const names = importTranscript(text).record.people.map((p) => p.name);
    assert.ok(names.includes('Wren'), names.join(', '));
    assert.ok(!names.some((n) => n.startsWith("I'm")), names.join(', '));
  });
});
