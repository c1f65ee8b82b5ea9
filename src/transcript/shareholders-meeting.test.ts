// A shareholders' meeting transcript (shareholders-meeting.md, our own words): two officials on the
// stage, the second adding to the first's answers; numbered section headings in bold between
// the turns; press-panel labels with a note of the asker's post and firm; microphone stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';

const { record } = importTranscript(fixture('shareholders-meeting.md'), { fileName: 'shareholders-meeting.md' });
const speakerOf = (name: string) => record.turns.filter((t) => t.speaker?.name === name);

describe('a shareholders’ meeting with two officials on the stage', () => {
  it('takes the title without its bold markers', () => {
    assert.equal(record.conference.title, '2031 annual meeting');
  });

  it('makes the official who adds to the answers a principal, never an asker', () => {
    const vice = record.people.find((p) => p.name === 'Tobias Vanterpool');
    assert.equal(vice?.role, 'principal');
    assert.ok(speakerOf('Tobias Vanterpool').every((t) => t.kind === 'answer'));
    assert.equal(speakerOf('Tobias Vanterpool').length, 6);
  });

  it('keeps numbered bold headings out of every turn', () => {
    for (const turn of record.turns) {
      assert.doesNotMatch(turn.text.en ?? '', /Questions begin|outlast us”\*\*/);
    }
  });

  it('reads a label whose note names a post and a firm with commas, and the outlet in an editor’s note', () => {
    assert.equal(speakerOf('Samir Okonjo').length, 2);
    assert.equal(speakerOf('Samir Okonjo')[0]!.outlet?.name, 'BELL, FARROW & LINDQVIST');
    assert.equal(speakerOf('Ruth Adebayo')[0]!.outlet?.name, 'LANTERN WEEKLY');
  });

  it('lists both outlets of a reporter who writes for two', () => {
    const joint = speakerOf('Kim Aldana')[0]!.outlet!;
    assert.deepEqual([joint.name, ...joint.aliases].slice(0, 3), ['QUAYSIDE TIMES/HARBOUR RADIO', 'QUAYSIDE TIMES', 'HARBOUR RADIO']);
  });

  it('gives a question after "Station 3." to a new asker, not to the last named one', () => {
    const audience = record.turns.filter((t) => t.label === 'AUDIENCE MEMBER');
    assert.equal(audience.length, 2);
    for (const turn of audience) {
      assert.equal(turn.kind, 'question');
      assert.equal(turn.speaker, null);
    }
  });

  it('counts the press: every asker’s turn is a question or interjection', () => {
    const press = record.turns.filter((t) => t.kind === 'question' || (t.kind === 'interjection' && t.speaker?.role === 'journalist'));
    assert.equal(press.length, 7);
  });
});
