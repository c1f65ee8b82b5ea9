// A machine transcript of a briefing by several named officials, the reporters left as numbered
// voices (our own words): the voices ask whichever official answers, a numbered voice that only
// calls time is staff, and an official labelled by surname is named in full where another
// introduces them, however late.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript } from './import.ts';

// Forty exchanges on other things first: the introduction comes long after the opening turns.
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Speaker 9: (${String(i).padStart(2, '0')}:00)\nMinister, will stop ${i} keep its ferry?\nAda Brennan: (${String(i).padStart(2, '0')}:30)\nIt will, on the winter timetable.\n`,
  ).join('');

const BRIEFING = `Ada Brennan: (00:01)
Good afternoon. The harbour task force met this morning, and I will ask the commissioner to report.
${filler(25)}Tomas Velde: (00:40)
Thank you. The quay repairs are on schedule, and the dredging starts next week.
Ada Brennan: (01:10)
Thank you, Tomas. Questions for Tomas or for me?
Speaker 1: (01:12)
Commissioner, the unions say the repair crews have had no safety briefing at all since the storm, and the contractors blame the port for the delay. Who is right?
Tomas Velde: (01:40)
Both of them have a point, and we are meeting them on Friday.
Speaker 2: (02:05)
Commissioner, on the dredging. The fishermen say it will close the north channel for a month and nobody asked them about it. Will you compensate them?
Tomas Velde: (02:30)
We will talk to them first.
Speaker 1: (02:50)
And the cost of the repairs, is it still twelve million?
Tomas Velde: (03:00)
About that.
Speaker 3: (03:10)
Last question, folks.
Speaker 2: (03:12)
Minister, the ferries. Will the winter timetable change?
Ada Brennan: (03:30)
Not this year. Before I go, you will hear from Commodore Lena Marsh, who runs the pilots. Under Okafor, the tugs have gone well.
Speaker 3: (03:50)
Thank you all, that's time.
Marsh: (09:00)
The pilots are ready, and the channel markers are in.
Okafor: (09:10)
The tugs are ready.
Marsh: (09:20)
We start on Monday.
Okafor: (09:30)
So do we.
`;

describe('numbered voices among named officials', () => {
  const { record } = importTranscript(BRIEFING);

  it('reads the numbered voices that put questions to the officials as the press, whoever answers', () => {
    const questions = record.turns.filter((t) => t.kind === 'question');
    assert.equal(questions.length, 29);
    assert.ok(questions.every((t) => t.speaker === null));
    assert.deepEqual(
      questions.slice(25).map((t) => t.text.en?.slice(0, 14)),
      ['Commissioner, ', 'Commissioner, ', 'And the cost o', 'Minister, the '],
    );
  });

  it('reads a numbered voice that only calls time as staff, not a reporter', () => {
    const calls = record.turns.filter((t) => /Last question, folks|that's time/.test(t.text.en ?? ''));
    assert.equal(calls.length, 2);
    for (const turn of calls) assert.equal(turn.kind, 'moderation');
  });

  it('names a surname label in full from a later turn that introduces them, never from a sentence that opens on it', () => {
    const marsh = record.people.find((p) => p.name.endsWith('Marsh'));
    assert.equal(marsh?.name, 'Lena Marsh');
    assert.ok(record.people.some((p) => p.name === 'Okafor'));
    assert.ok(!record.people.some((p) => p.name.startsWith('Under ')));
  });
});
