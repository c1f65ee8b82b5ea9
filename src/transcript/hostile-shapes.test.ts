// Text crafted against the importer's newer readers (signatures, tables, captions, titles, bracketed
// asides, a post's HTML, dash dialogue, declared casts): each is read or refused in one pass, never left backtracking over a long run of spaces or
// marks. The timeout is a hang guard, not a speed target (those are in bench/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTranscript, TranscriptError } from './import.ts';

const RUN = 200_000;
const HOSTILE: Record<string, string> = {
  'spaces before an author tag': `a${' '.repeat(RUN)}x [name=ines]\n`,
  'spaces before a table rule': `${' '.repeat(RUN)}---\n| a | b |\n`,
  'a title line of spaces': `Interview with Ana${' '.repeat(RUN)}x\n\nQ: a?\n\nA: b.\n`,
  'unclosed voice tags': `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<v '.repeat(RUN / 3)}\n`,
  'a voice tag of classes': `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v${'.a'.repeat(RUN / 2)}!\n`,
  'brackets before a colon': `${'['.repeat(RUN)}: x]\n[Audience member: a]\n[Audience member: b]\n`,
  'an unquoted CSV field': `speaker,text\nA,"${'x'.repeat(RUN)}\n`,
  'many dashed paragraphs': '— Why?\n\n— Because.\n\n'.repeat(RUN / 10),
  'a tag never closed in a post': `# Post\n\n<p><span class="${'a '.repeat(RUN)}\n\n<b>Q:</b> a?\n`,
  'many tags in a post': `# Post\n\n${'<span>x</span> '.repeat(RUN / 10)}\n`,
  'bold capitals never closed': `**${'A '.repeat(RUN)}\n**B C** Hello.\n`,
  'a portfolio of capitals in a title': `Interview with Minister of ${'Aa '.repeat(RUN / 3)}\n\nQ: a?\n\nA: b.\n`,
  'a field line of spaces': `Moderator:${' '.repeat(RUN)}x\n\nQ: a?\n\nA: b.\n`,
  'lines of blanks and tabs before the turns': `${' \t\n'.repeat(30)}Q: a?\n\nA: b.\n`,
};

describe('hostile text for the conversation readers', () => {
  for (const [what, text] of Object.entries(HOSTILE)) {
    it(`reads or refuses ${what} in one pass`, { timeout: 20_000 }, () => {
      try {
        const { record } = importTranscript(text);
        assert.ok(Array.isArray(record.turns));
      } catch (error) {
        assert.ok(error instanceof TranscriptError, String(error));
      }
    });
  }
});
