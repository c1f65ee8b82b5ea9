import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEmbedOrigin, frameAncestors } from './embed-origin.ts';

const ok = (value: string) => {
  const checked = checkEmbedOrigin(value);
  assert.ok(checked.ok, `${value} should be accepted: ${checked.ok ? '' : checked.reason}`);
  return checked.origin;
};
const refused = (value: string) => {
  const checked = checkEmbedOrigin(value);
  assert.equal(checked.ok, false, `${value} should be refused`);
  return checked.ok ? '' : checked.reason;
};

test('an origin is kept in its normal form: lower case, punycode, no default port or trailing slash', () => {
  assert.equal(ok('https://www.Example.gov'), 'https://www.example.gov');
  assert.equal(ok(' https://www.example.gov/ '), 'https://www.example.gov');
  assert.equal(ok('https://www.example.gov:443'), 'https://www.example.gov');
  assert.equal(ok('https://news.example.gov:8443'), 'https://news.example.gov:8443');
  assert.equal(ok('https://bücher.example'), 'https://xn--bcher-kva.example');
  assert.equal(ok('http://localhost:3000'), 'http://localhost:3000');
  assert.equal(ok('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
  assert.equal(ok('https://203.0.113.7'), 'https://203.0.113.7');
});

test('paths, queries, fragments, users, wildcards, other schemes and plain http elsewhere are refused', () => {
  for (const value of [
    '',
    'www.example.gov',
    'https://www.example.gov/news',
    'https://www.example.gov/?a=1',
    'https://www.example.gov?',
    'https://www.example.gov#top',
    'https://user:pw@www.example.gov',
    'https://*.example.gov',
    '*',
    "'self'",
    "'none'",
    'data:',
    'javascript:alert(1)',
    'ftp://files.example.gov',
    'http://www.example.gov',
    'https://[::1]:3000',
    'https://www.example.gov; script-src *',
    'https://a.example.gov https://b.example.gov',
    'https://a_b.example.gov',
    `https://${'a'.repeat(260)}.example`,
  ])
    refused(value);
  assert.match(refused('https://*.example.gov'), /wildcard/);
  assert.match(refused('http://www.example.gov'), /https/);
  assert.match(refused('https://www.example.gov/news'), /path/);
});

test("frame-ancestors names this site and every listed origin, or only 'self'", () => {
  assert.equal(frameAncestors([]), "'self'");
  assert.equal(frameAncestors(['https://a.example', 'https://b.example:8443']), "'self' https://a.example https://b.example:8443");
});
