// A web page's transcript is its article: the site's links, address and cookie banners around it
// are not read as anyone's words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixtures/read.ts';
import { htmlToText } from './html.ts';
import { importTranscript } from './import.ts';

describe('a web page with an article', () => {
  it('reads the article alone, not the links, address and cookie banners after it', () => {
    const text = htmlToText(fixture('article-and-site.html').toString('utf8'));
    assert.match(text, /^# Harbour Bank Press conference: Opening remarks/);
    for (const outside of ['Menu', 'Find out more', 'Quay Street', 'Reproduction', 'cookies']) assert.ok(!text.includes(outside), outside);
    const { record } = importTranscript(fixture('article-and-site.html'));
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.label]),
      [
        ['statement', 'Governor Tove Aalberg'],
        ['question', 'Question'],
        ['answer', 'Governor Tove Aalberg'],
      ],
    );
  });

  it('reads the whole page when the article is only a teaser', () => {
    const page =
      '<html><body><article><p>Read more</p></article><div><p>Jane Roe: Good afternoon, and welcome to the briefing on the harbour works, which begin on Monday and run for most of the summer.</p><p>Question: Will the ferry run?</p><p>Jane Roe: Yes, every hour, from the north pier, for as long as the works last.</p></div></body></html>';
    assert.match(htmlToText(page), /Jane Roe: Good afternoon/);
  });

  it('leaves out the links that file the page under topics and persons (rel="tag"), keeping other links’ words', () => {
    const page =
      '<html><body><article><p>Jane Roe: Good afternoon. The works begin on Monday, as the <a href="/plan">plan</a> says.</p><p>Question: Will the ferry run?</p><p>Jane Roe: Yes, every hour.</p><div class="tags"><h3>Persons</h3><ul><li><a href="/persons/12" rel="tag">Roe Jane</a></li></ul></div></article></body></html>';
    const text = htmlToText(page);
    assert.match(text, /as the plan says/);
    assert.ok(!text.includes('Roe Jane'));
  });
});

describe('a page of its own elements', () => {
  it('reads each of the site’s own elements as a block, a speaker’s name apart from the words before it, and <font> inline', () => {
    const page = [
      '<html><body><h1>Quist Interview</h1>',
      '<bubble><author>Ms. Quist</author><p>You mentioned the north pier. Which contractor was it?</p></bubble>',
      '<bubble class="interviewee"><author>Mr. Berg</author>Harbourworks.</bubble>',
      '<bubble><author>Ms. Quist</author><p>Harbourworks, which we can spell for you. Is that <font color="red">right</font>?</p></bubble>',
      '<bubble class="interviewee"><author>Mr. Berg</author><p>Yes, that is the one.</p></bubble>',
      '</body></html>',
    ].join('\n');
    const text = htmlToText(page);
    assert.match(text, /\nMr\. Berg\n+Harbourworks\.\n+Ms\. Quist\n/);
    assert.match(text, /Is that right\?/);
  });
});

describe('an old page laid out in tables, its transcript set between rows outside any cell', () => {
  it('reads the transcript a browser would draw, not only the cells', () => {
    const page = [
      '<html><body><table width="760"><tr><td><b>Harbour Archive</b></td></tr>',
      '<tr><td></td><script>function setCookie() { return 1; }</script>',
      '<table width="98%"><tr><td><span class="displaytext">',
      '<p>SECRETARY QUIST: Good afternoon. The north pier reopens on Monday, and the ferries will run every hour from the first morning boat.</p>',
      '<p>Q Will the fares change?</p><p>SECRETARY QUIST: No, the fares stay as they are for the whole summer.</p>',
      '</span></td></tr></table></tr></table></body></html>',
    ].join('\n');
    const text = htmlToText(page);
    assert.match(text, /SECRETARY QUIST: Good afternoon\./);
    assert.match(text, /Q Will the fares change\?/);
    assert.ok(!text.includes('setCookie'));
  });
});

describe('a statement page with a byline and no labels', () => {
  it('reads the byline as the speaker and the day, the text as the speaker’s statement', () => {
    const { record } = importTranscript(fixture('byline-statement.html'));
    assert.deepEqual([record.conference.title, record.conference.date], ['Harbour Bank Press conference: Introductory statement', '2031-03-14']);
    assert.deepEqual(
      record.turns.map((t) => [t.kind, t.speaker?.name, t.speaker?.role]),
      [['statement', 'Tove A. Aalberg', 'principal']],
    );
    assert.match(record.turns[0]!.text.en!, /The Board: \(i\) adopted its rules of procedure/);
  });

  it('still refuses unlabelled text that names no speaker', () => {
    assert.throws(() => importTranscript('# Harbour notes\n\nThe board met today and adopted its rules.\n\nIt meets again in May.\n'), /no speaker labels/);
  });
});

describe('a page laid out in a table', () => {
  it('reads the article’s cell, then the sidebar’s, not the two side by side; the sidebar’s headlines end the interview', () => {
    const page = `<html><head><title>:: Canal Monthly - June 2026 ::</title></head><body>
<table width="760"><tr>
<td width="520"><p><b>Open Water</b></p>
<p>The canal trust's chair, Ines Quarry, tells Canal Monthly why the locks will reopen early this year, and what it will cost the boaters who use them every week.</p>
<p>CM: When do the locks open?<br>Chair Quarry: On the first of May, three weeks early.</p>
<p>CM: Why so early?<br>Chair Quarry: The new gates went in ahead of time.</p>
<p>CM: And the tolls?<br>Chair Quarry: They stay as they are.</p></td>
<td width="240"><p>Other Headlines</p><p>Towpath Reopens</p><p>The towpath reopens next week after the winter repairs to the old bridge...</p></td>
</tr></table></body></html>`;
    const text = htmlToText(page);
    assert.match(text, /CM: When do the locks open\?\nChair Quarry: On the first of May, three weeks early\./);
    const { record } = importTranscript(page);
    assert.deepEqual(
      record.turns.filter((t) => t.kind !== 'narration').map((t) => [t.kind, t.kind === 'answer' ? t.speaker?.name : t.label]),
      [
        ['question', 'CM'],
        ['answer', 'Ines Quarry'],
        ['question', 'CM'],
        ['answer', 'Ines Quarry'],
        ['question', 'CM'],
        ['answer', 'Ines Quarry'],
      ],
    );
    assert.equal(JSON.stringify(record.turns).includes('Towpath Reopens'), false);
  });
});

describe('bold runs with no paragraph around them', () => {
  it('reads a bold run alone on its line as a line of its own, its bold kept where it asks', () => {
    const text = htmlToText('<strong>港务局长答问</strong>\n<strong>2031年4月12日</strong>\n\n<strong>记者：北闸什么时候修好？</strong>\n<p>林海：年底。</p>');
    assert.deepEqual(
      text.split(/\n+/).filter((l) => l.trim() !== ''),
      ['港务局长答问', '2031年4月12日', '**记者：北闸什么时候修好？**', '林海：年底。'],
    );
  });

  it('keeps bold inline inside a paragraph, and where words run on after it on the same line', () => {
    const text = htmlToText('<p>林海：开始。</p>\n<p>记者：<strong>北闸</strong>什么时候修好？</p>\n<b>记者：</b>南闸呢？\n<p>林海：明年。</p>');
    assert.deepEqual(
      text.split(/\n+/).filter((l) => l.trim() !== ''),
      ['林海：开始。', '记者：北闸什么时候修好？', '记者：南闸呢？', '林海：明年。'],
    );
  });
});
