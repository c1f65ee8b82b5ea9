// Bytes to text, and every input that is not a transcript's text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeTranscript } from './decode.ts';
import { TranscriptError } from './errors.ts';

const SAMPLE = 'Zoë Müller: “Thank you.” We’re glad — truly — to be here; the café’s façade is finished.\n';
const CHINESE = '新华社记者：请问今年中国外交有哪些重点？\n发言人：我们将继续推动构建人类命运共同体，同各方一道维护世界和平与发展。\n';

function fails(input: Uint8Array | string, code: string, message: RegExp): void {
  assert.throws(
    () => decodeTranscript(input),
    (error: unknown) => {
      assert.ok(error instanceof TranscriptError);
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    },
  );
}

describe('decode: encodings', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    assert.equal(decodeTranscript(Buffer.from(SAMPLE)).text, SAMPLE);
    assert.equal(decodeTranscript(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])).text, SAMPLE);
  });

  it('reads UTF-16 LE and BE with a byte order mark, and LE without one', () => {
    assert.equal(decodeTranscript(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf-16le')])).text, SAMPLE);
    assert.equal(decodeTranscript(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')])).text, SAMPLE);
    assert.equal(decodeTranscript(iconv.encode(SAMPLE, 'utf-16le')).text, SAMPLE);
  });

  it('reads windows-1252 (smart quotes, dashes, accents)', () => {
    const decoded = decodeTranscript(iconv.encode(SAMPLE.repeat(3), 'windows-1252'));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text, SAMPLE.repeat(3));
  });

  it('reads GB18030', () => {
    const decoded = decodeTranscript(iconv.encode(CHINESE, 'gb18030'));
    assert.equal(decoded.encoding, 'GB18030');
    assert.equal(decoded.text, CHINESE);
  });

  it('reads a long windows-1252 or GB18030 text whose only non-ASCII bytes come late, from a sample', () => {
    const filler = 'Minister: The ferries run on time and the fares stay as they are this year.\n'.repeat(400);
    const late = iconv.encode(filler + SAMPLE, 'windows-1252');
    assert.ok(late.length > 20_000);
    assert.deepEqual(decodeTranscript(late), { text: filler + SAMPLE, encoding: 'windows-1252' });
    const chinese = CHINESE.repeat(200);
    assert.equal(decodeTranscript(iconv.encode(chinese, 'gb18030')).text, chinese);
  });

  it('takes a string as it is, without a BOM', () => {
    assert.equal(decodeTranscript('\uFEFF' + SAMPLE).text, SAMPLE);
  });
});

describe('decode: refusals', () => {
  it('refuses empty and whitespace-only input', () => {
    fails(new Uint8Array(), 'empty', /empty/);
    fails(Buffer.from(' \n\t\r\n  \n'), 'empty', /only whitespace/);
    fails('   ', 'empty', /only whitespace/);
  });

  it('refuses a PDF, pointing to pdftotext', () => {
    fails(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), 'binary', /PDF.*extract the text layer first, e\.g\. with pdftotext/);
  });

  it('refuses archives and images by their signatures', () => {
    fails(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'binary', /ZIP archive/);
    fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary', /PNG image/);
    fails(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'binary', /JPEG image/);
  });

  it('refuses bytes with NUL bytes or many control characters', () => {
    fails(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x01, 0x02, 0x43, 0x44, 0x45, 0x46]), 'binary', /NUL bytes/);
    fails(Buffer.from('ab\x01\x02\x03\x04cd\x05\x06\x07\x08ef\x0e\x0f\x10\x11'), 'binary', /control characters/);
  });

  it('refuses bytes that are neither UTF-8 nor a confident legacy encoding', () => {
    const noise = Buffer.alloc(400);
    let state = 7;
    for (let i = 0; i < noise.length; i++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = 0x80 + ((state >> 16) % 128);
    }
    fails(noise, 'unknown_encoding', /not UTF-8 .*could not be told with confidence.*convert it to UTF-8 first/);
  });

  it('refuses text that claims UTF-8 by its BOM but is not', () => {
    fails(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42]), 'unknown_encoding', /byte order mark/);
  });
});
