import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutCommonIndent } from './common-indent.ts';

describe('the margin every line shares', () => {
  it('is taken off, each line keeping the indent it has beyond it', () => {
    assert.equal(withoutCommonIndent('  Title\n\n  ANA: Hello.\n      (applause)\n'), 'Title\n\nANA: Hello.\n    (applause)\n');
    assert.equal(withoutCommonIndent('\tQ: Why?\r\n\t\r\n\tA: Because.\r\n'), 'Q: Why?\r\n\t\r\nA: Because.\r\n');
  });

  it('stays where one line opens flush left, or the blanks differ', () => {
    // (One space stays too: a PDF layer marks its pages' first lines so.)
    for (const text of ['Title\n  ANA: Hello.\n', '  ANA: Hello.\n\tBEN: Hi.\n', 'no margin at all', ' ANA: Hello.\n BEN: Hi.\n'])
      assert.equal(withoutCommonIndent(text), text);
  });

  it('leaves front matter as it is and reads the margin under it', () => {
    assert.equal(withoutCommonIndent('---\ntitle: Briefing\n---\n    ANA: Hello.\n    BEN: Hi.\n'), '---\ntitle: Briefing\n---\nANA: Hello.\nBEN: Hi.\n');
  });
});
