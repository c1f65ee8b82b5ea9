// Every fixture damaged the ways copied text gets damaged (blanks and tabs at the ends of lines,
// old Mac line ends, cut short, run onto one line, quoted or listed, stray NULs): the importer
// reads each or refuses it with a TranscriptError, never another exception. And every fixture of
// lines (plain text, Markdown) pasted with a margin reads as it does flush left.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTranscript, TranscriptError } from './import.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** A fixed sequence of numbers below n (a linear congruential generator): the same damage on every run. */
function sequence(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const DAMAGE: Record<string, (text: string) => string> = {
  'blanks and a tab after every line': (t) => t.replace(/$/gm, ' \t'),
  'a tab before every line': (t) => t.replace(/^/gm, '\t'),
  'lines of blanks and tabs before the text': (t) => `${'\t\n \n'.repeat(25)}${t}`,
  'carriage returns only': (t) => t.replace(/\r?\n/g, '\r'),
  'cut in half': (t) => t.slice(0, t.length >> 1),
  'only the first three lines': (t) => t.split('\n').slice(0, 3).join('\n'),
  'every line break gone': (t) => t.replace(/\n+/g, ' '),
  'every colon gone': (t) => t.replace(/:/g, ''),
  'nothing but the colons': (t) => t.replace(/[^:\n]/g, ''),
  'lines shuffled': (t) => {
    const next = sequence(t.length);
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = next(i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  },
  'NULs among the spaces': (t) => {
    const next = sequence(7);
    return t.replace(/ /g, (space) => (next(50) === 0 ? '\u0000' : space));
  },
  'all capitals': (t) => t.toUpperCase(),
  'every line a heading': (t) => t.replace(/^(?=\S)/gm, '# '),
  'every line quoted': (t) => t.replace(/^/gm, '> '),
  'every line a list item': (t) => t.replace(/^(?=\S)/gm, '* '),
  'every line break doubled': (t) => t.replace(/\n/g, '\n\n'),
};

describe('damaged fixtures', () => {
  const names = readdirSync(FIXTURES).filter((name) => !name.endsWith('.ts'));

  it('has fixtures to damage', () => assert.ok(names.length > 100, `${names.length} fixtures`));

  for (const [damage, apply] of Object.entries(DAMAGE)) {
    it(`reads or refuses every fixture with ${damage}`, () => {
      const crashes: string[] = [];
      for (const name of names) {
        const text = apply(readFileSync(new URL(name, FIXTURES), 'utf8'));
        try {
          importTranscript(Buffer.from(text), { fileName: name });
        } catch (error) {
          if (!(error instanceof TranscriptError)) crashes.push(`${name}: ${String(error)}`);
        }
      }
      assert.deepEqual(crashes, []);
    });
  }
});

describe('fixtures pasted with a margin', () => {
  // Formats whose lines carry no margin of their own: data, markup, captions.
  const LINES = /\.(?:txt|md)$/;
  const names = readdirSync(FIXTURES).filter((name) => LINES.test(name));
  /** Each turn's kind, speaker, role and outlet, and the title and date. */
  const shape = (text: string) => {
    const { record } = importTranscript(Buffer.from(text));
    return [record.conference.title, record.conference.date, ...record.turns.map((t) => [t.kind, t.speaker?.name, t.speaker?.role, t.outlet?.name])];
  };

  it('reads every fixture indented by four blanks, or by a tab, as it reads it flush left', () => {
    assert.ok(names.length > 80, `${names.length} fixtures`);
    for (const name of names) {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const matter = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) + 5 : 0;
      const [head, body] = [text.slice(0, matter), text.slice(matter)];
      for (const margin of ['    ', '\t']) {
        const indented = head + body.replace(/^(?=.)/gm, margin);
        assert.deepEqual(shape(indented), shape(text), `${name} indented by ${JSON.stringify(margin)}`);
      }
    }
  });
});
