// The front matter read without the YAML library must be what the library reads: every block
// here (our own writing) is read both ways, and what the subset does not cover is left to the library.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yamlLibrary } from './lazy-libraries.ts';
import { simpleYamlMapping } from './simple-yaml.ts';

const READ_ALIKE = [
  'title: "Harbour Board Briefing: Winter Storms"\ndate: "2031-01-22"',
  "title: 'It''s the Harbour Board'\ndate: '2031-01-22'",
  'title: Harbour Board Briefing on the Winter Storms\ndate: 2031-01-22\ntime: 09:30',
  'creators:\n  - "Corrin, Adaeze"\n  - "Harbour Party of Westmark"\nsource: "MINISTER FOR PORTS"\nsubjects:\n  - "ferries"\n  - timetables',
  'creators:\n- Corrin, Adaeze\n- Westmark Harbour Party',
  'source_url: https://harbour.example/media/2031/01/22/briefing?id=7&lang=en\ntrove_url: http://archive.example/version/123;page=2',
  'modified_time: 2031-01-22 19:45:50-05:00\npublished_time: 2031-01-22T19:45:49Z\ntags: speeches-remarks',
  'title: "Remarks by Minister\\_Corrin in Press\\_Conference \\"Live\\" \\\\ \\/ end"',
  'title: Minister Corrin’s Doorstop – Harbour Quay (Lorn), [edited] {draft} 50% done!',
  'venue: Café Ålesund, 港口大厦\nlanguage: en, zh',
  'empty:\nnext: value',
  'title: ""\nnote: \'\'',
  'count: 12th meeting\nversion: 1.2.3\nyear: 2031 edition',
  'title: trailing spaces   \ndate: "2031-01-22"   ',
];

const LEFT_TO_THE_LIBRARY = [
  'count: 12',
  'ratio: 1.5',
  'hex: 0x1F',
  'flag: true',
  'nothing: null',
  'nothing: ~',
  'title: a # comment',
  'title: "tab\\tescape"',
  'title: "unclosed',
  'title: "two\n  lines"',
  'languages: [en, zh]',
  'title: a: b',
  'title: ends with a colon:',
  'title: -starts with a dash',
  '  indented: key',
  'title: x\n\ndate: y',
  'title: x\ntitle: y',
  'people:\n  - a\n    - b',
  'people:\n  - a\n - b',
  'title:\ttab',
  'true: key',
  'title: "a\u0001b"',
  "title: 'a\u0001b'",
  '',
];

describe('front matter read without the YAML library', () => {
  it('is what the library reads', () => {
    for (const block of READ_ALIKE) {
      const simple = simpleYamlMapping(block.split('\n'));
      assert.notEqual(simple, null, block);
      assert.deepEqual(simple, yamlLibrary().parse(block), block);
    }
  });

  it('leaves numbers, keywords, comments, flow and multi-line forms, escapes beyond the common ones and duplicate keys to the library', () => {
    for (const block of LEFT_TO_THE_LIBRARY) assert.equal(simpleYamlMapping(block === '' ? [] : block.split('\n')), null, block);
  });
});
