import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rateLimitSettingsFrom } from './rate-limit-settings.ts';

test('rate limits: flags change the named limits, the environment is used without flags', () => {
  assert.deepEqual(rateLimitSettingsFrom(['sign-ins=5', ' hands = 12 '], {}), { signInFailuresPer15Minutes: 5, handsPerMinute: 12 });
  assert.deepEqual(rateLimitSettingsFrom(undefined, { PRESSER_RATE_LIMITS: 'applications=3,access-links=40' }), {
    applicationsPerHour: 3,
    accessLinkFailuresPer15Minutes: 40,
  });
  assert.deepEqual(rateLimitSettingsFrom(['sign-ins-per-account=2'], { PRESSER_RATE_LIMITS: 'hands=1' }), { signInFailuresPerAccountPer15Minutes: 2 });
  assert.deepEqual(rateLimitSettingsFrom([], {}), {});
});

test('rate limits: an unknown name, a value that is not a whole number from 1 up, or no value is refused', () => {
  assert.throws(() => rateLimitSettingsFrom(['logins=5'], {}), /unknown rate limit "logins": use one of sign-ins, /);
  assert.throws(() => rateLimitSettingsFrom(['hands=0'], {}), /from 1 to 1000000/);
  assert.throws(() => rateLimitSettingsFrom(['hands=-1'], {}), /NAME=N/);
  assert.throws(() => rateLimitSettingsFrom(['hands=2.5'], {}), /NAME=N/);
  assert.throws(() => rateLimitSettingsFrom(['hands'], {}), /NAME=N/);
  assert.throws(() => rateLimitSettingsFrom(undefined, { PRESSER_RATE_LIMITS: 'constructor=3' }), /unknown rate limit/);
  assert.throws(() => rateLimitSettingsFrom(['hands=99999999999999999999'], {}), /from 1 to 1000000/);
});
