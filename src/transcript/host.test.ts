import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferHostCountry } from './host.ts';
import { importTranscript } from './import.ts';

describe('the host country from the institutions a transcript names', () => {
  it('reads one country from the title, venue, occasion or dateline', () => {
    assert.equal(inferHostCountry(['Second Session of the 14th National People’s Congress']), 'CN');
    assert.equal(inferHostCountry([null, 'James S. Brady Press Briefing Room']), 'US');
    assert.equal(inferHostCountry(['2031年3月7日外交部发言人林剑主持例行记者会']), 'CN');
    assert.equal(inferHostCountry(['Press conference at the Kremlin']), 'RU');
  });

  it('leaves it unknown with no such institution, or two countries’ at once', () => {
    assert.equal(inferHostCountry(['Minister of Harbours Meets the Press', 'Old Customs House']), null);
    assert.equal(inferHostCountry(['Joint press conference at the White House with the CPC Central Committee’s envoy']), null);
  });

  it('makes outlets domestic or foreign in an imported record; front matter wins', () => {
    const body = '\n\nJane Roe: Good morning.\n\nChina Daily: A question?\n\nJane Roe: An answer.\n\nReuters: Another?\n\nJane Roe: Yes.\n';
    const inferred = importTranscript('Press Conference on the Margins of the National People’s Congress' + body).record;
    assert.equal(inferred.conference.hostCountry, 'CN');
    assert.deepEqual(
      inferred.outlets.map((o) => [o.name, o.origin]),
      [
        ['China Daily', 'domestic'],
        ['Reuters', 'foreign'],
      ],
    );
    const given = importTranscript('---\ncountry: GB\n---\nPress Conference on the Margins of the National People’s Congress' + body).record;
    assert.deepEqual(
      given.outlets.map((o) => [o.name, o.origin]),
      [
        ['China Daily', 'foreign'],
        ['Reuters', 'domestic'],
      ],
    );
  });
});
