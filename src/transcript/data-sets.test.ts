// Transcripts as data sets store them: UTF-8 once read as Windows-1252 ("Q.Â\u00a0", "itâ€™s") and a
// capitals label with a name's prefix in small letters ("LeBRON JAMES:"), as a basketball data set keeps
// its press conferences; a diarized CSV whose voices are numbered, the guest greeted by name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { importTranscript } from './import.ts';
import { withMojibakeRepaired } from './mojibake.ts';

describe('withMojibakeRepaired', () => {
  it('reads runs of misread UTF-8 back as the characters they were', () => {
    assert.equal(withMojibakeRepaired('Q.Â\u00a0 It’s here. itâ€™s fine, Ã©tÃ©.'), 'Q.\u00a0 It’s here. it’s fine, été.');
  });

  it('leaves a name spelt with accents alone', () => {
    assert.equal(withMojibakeRepaired('Ângela Souza met Ãlvaro.'), 'Ângela Souza met Ãlvaro.');
  });
});

describe('a press conference stored with misread no-break spaces', () => {
  const text = [
    '# HARBOUR FINALS: NORTH v SOUTH',
    'Q.Â\u00a0 Dana, how is the knee?',
    'DeSHAWN OKAFOR:Â\u00a0 Better every day.Â\u00a0 I will play on Sunday.',
    'Q.Â\u00a0 And the travel?',
    'DeSHAWN OKAFOR:Â\u00a0 Long, but fine.',
    'Q.Â\u00a0 And the crowd on Sunday?',
    'DeSHAWN OKAFOR:Â\u00a0 Thank you.',
  ].join('\n\n');

  it('reads "Q." and the capitals label with its prefix, the name in natural case', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name ?? null]),
      [
        ['question', null],
        ['answer', 'DeShawn Okafor'],
        ['question', null],
        ['answer', 'DeShawn Okafor'],
        ['question', null],
        ['answer', 'DeShawn Okafor'],
      ],
    );
    assert.ok(!record.turns.some((t) => Object.values(t.text).join('').includes('Â')));
  });
});

describe('a diarized interview whose interviewer greets the guest by name', () => {
  const text = [
    'start,end,speaker,text',
    '1.0,3.0,SPEAKER_02,I know you want straight answers.',
    '3.5,6.0,SPEAKER_03," Ines Marlow, thanks for having us at the harbour office."',
    '6.5,9.0,SPEAKER_02,"Glad you came. The office has been busy all week, with the new terminal opening in May and the crews training."',
    '9.5,12.0,SPEAKER_03,Will the ferry run all winter?',
    '12.5,15.0,SPEAKER_02,"It will, every day the weather allows, and the night crossing comes back in December once the pilots agree."',
    '15.5,18.0,SPEAKER_03,And the fares?',
    '18.5,21.0,SPEAKER_02,"They stay where they are for now. We looked at a rise and decided against it, because the levy covers the new pier."',
  ].join('\n');

  it('names the answering voice after the greeting', () => {
    const { record } = importTranscript(text);
    assert.deepEqual(
      record.people.filter((p) => p.role === 'principal').map((p) => p.name),
      ['Ines Marlow'],
    );
  });
});

describe('a call a parser grouped by analyst in YAML', () => {
  it('reads the dialogue records in order, each analyst asking for the firm beside their group', () => {
    const { record } = importTranscript(fixture('call-by-analyst.yml'));
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.speaker?.name, t.outlet?.name ?? null]),
      [
        ['Dana Okafor', 'Quayside Securities'],
        ['Ines Marlow', null],
        ['Dana Okafor', 'Quayside Securities'],
        ['Tomas Berg', null],
        ['Lee', 'North Shore Capital'],
        ['Tomas Berg', null],
      ],
    );
  });
});

describe('a call kept as Speaker, Title and Content rows', () => {
  it('reads each speaker’s post: the firm most of them work for answers, the others ask for theirs', () => {
    const { record } = importTranscript(fixture('call-speaker-title-rows.tsv'));
    assert.deepEqual(
      record.people.map((p) => [p.name, p.role]),
      [
        ['Operator', 'moderator'],
        ['Nadia Brook', 'moderator'],
        ['Tobias Renner', 'principal'],
        ['Greta Holm', 'principal'],
        ['Dana Okafor', 'journalist'],
        ['Oscar Lind', 'principal'],
        ['Lee Ashby', 'journalist'],
      ],
    );
    assert.deepEqual(
      record.turns.filter((t) => t.kind === 'question').map((t) => [t.speaker?.name, t.outlet?.name]),
      [
        ['Dana Okafor', 'Quayside Securities'],
        ['Lee Ashby', 'North Shore Capital'],
        ['Lee Ashby', 'North Shore Capital'],
      ],
    );
  });
});
