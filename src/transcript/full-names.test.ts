// A speaker labelled by surname is named in full where the document prints the full name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullNameFor } from './full-names.ts';

describe('the full name of a surname label', () => {
  it('takes the given name printed before the surname', () => {
    assert.equal(fullNameFor('MR. OKAFOR', 'Okafor', 'Remarks by Minister Lena Okafor at the pier.'), 'Lena Okafor');
  });

  it('takes no word of the language after a surname its honorific labels ("Ms. Quist" under "Quist Interview #4")', () => {
    assert.equal(fullNameFor('MS. QUIST', 'Quist', '# Quist Interview #4\n\nMS. QUIST\n\nWe are back on the record.'), null);
    assert.equal(fullNameFor('Mr. Lee', 'Lee', 'Remarks by Prime Minister Lee Hsien Loong\n'), 'Lee Hsien Loong');
  });

  it('takes no adverb a sentence puts before a capitalised surname ("Never Trump")', () => {
    assert.equal(fullNameFor('TRUMP', 'Trump', 'They said it was a Never Trump movement, and it was.'), null);
  });

  it('takes no greeting before a given name, nor a word made of the name after it', () => {
    assert.equal(fullNameFor('Tamsin', 'Tamsin', 'Hey Tamsin. Glad to be here.'), null);
    assert.equal(fullNameFor('Tamsin', 'Tamsin', 'and now the guests all talk of getting Tamsin Tamsinised.'), null);
  });
});

describe('the full name in a title printed in capitals after an office and its complement', () => {
  it('takes the given name, not the complement’s last word', () => {
    assert.equal(fullNameFor('Secretary Okafor', 'Okafor', 'SECRETARY OF THE HARBOURS LENA OKAFOR PRESS CONFERENCE. The Secretary spoke.'), 'Lena Okafor');
  });
});

describe('an office label under a title that names the holder after the office’s complement', () => {
  it('names "Minister" from "MINISTER FOR COASTAL AFFAIRS DR ADA QUILL’S FIRESIDE CHAT", not from the complement', () => {
    const title = 'TRANSCRIPT OF MINISTER FOR COASTAL AFFAIRS DR ADA QUILL’S FIRESIDE CHAT WITH PODCAST HOST JO REYES, 12 APRIL 2031\n';
    assert.equal(fullNameFor('Minister', 'Minister', title), 'Ada Quill');
    // With no honorific to say where the name starts, the complement names nobody.
    assert.equal(fullNameFor('Minister', 'Minister', 'MINISTER FOR COASTAL AFFAIRS ADA QUILL AT THE PIER\n'), null);
  });
});
