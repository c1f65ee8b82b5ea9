// isIsoDate is asked for every date the importer reads and every date filter a user types: a real
// day in YYYY-MM-DD, leap years by the Gregorian rule, nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIsoDate } from './record.ts';

test('a real day written YYYY-MM-DD, leap days by the Gregorian rule', () => {
  for (const day of ['2024-03-07', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31']) assert.equal(isIsoDate(day), true, day);
  for (const day of [
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-07',
    '24-01-07',
    '2024-01-07T00:00',
    ' 2024-01-07',
    '',
  ])
    assert.equal(isIsoDate(day), false, day);
});

test('agrees with the calendar of Date on every day of four centuries', () => {
  const byDate = (value: string) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  };
  for (let year = 1800; year < 2200; year++)
    for (let month = 1; month <= 12; month++)
      for (let day = 28; day <= 32; day++) {
        const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        assert.equal(isIsoDate(value), byDate(value), value);
      }
});
