// `convert --profile FILE` and `import --profile FILE`: a user's publisher profile, the report
// naming it and the rule behind every turn, and a bad profile refused in one line.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/process.ts';
import { tempDir } from '../support/tmp.ts';

const dir = tempDir();
const transcript = join(dir, 'call.txt');
writeFileSync(
  transcript,
  [
    'Quarry Works Results Call',
    '',
    'Desk: Welcome. Our first question comes from Ines Ruud with Fjord Markets.',
    '',
    'Ines Ruud: Will the new kiln open this year?',
    '',
    'Arne Volden: Yes, in October, on budget, and the old kiln will close a month later once the new one has passed its tests.',
    '',
  ].join('\n'),
);
const profile = join(dir, 'quarry.yaml');
writeFileSync(profile, 'name: quarry-works\ncues: [quarry works]\nlabels:\n  Desk: { role: moderator }\n');

test('convert --profile applies a user profile and --report says which rule decided each turn', () => {
  const run = cli(['convert', transcript, '--to', 'json', '--profile', profile, '--report']);
  assert.equal(run.status, 0, run.stderr);
  const record = JSON.parse(run.stdout);
  assert.deepEqual(
    record.turns.map((t: { kind: string }) => t.kind),
    ['moderation', 'question', 'answer'],
  );
  assert.match(run.stderr, /^profile: quarry-works$/m);
  assert.match(run.stderr, /turn 1 +moderation +kind: the moderator speaks; speaker "Desk": profile quarry-works: label Desk/);
  assert.match(run.stderr, /turn 2 +question .*outlet "Fjord Markets": hand-off names them/);
});

test('the built CLI recognises a shipped profile from the cues in the opening, with no --profile', () => {
  const call = join(dir, 'earnings.txt');
  writeFileSync(
    call,
    'Northwind Q3 Earnings Call\n\nOperator: Our first question comes from Ines Ruud with Fjord Markets.\n\nInes Ruud: Will margins hold?\n\nArne Volden: They will, through the winter and into the spring.\n',
  );
  const run = cli(['convert', call, '--to', 'json', '--report']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^profile: earnings-call$/m);
});

test('a bad profile is refused with exit 2 and a one-line reason, by convert and import alike', () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'name: quarry-works\nlabels:\n  Desk: { role: boss }\n');
  for (const args of [
    ['convert', transcript, '--profile', bad],
    ['import', transcript, '--db', join(dir, 'x.db'), '--profile', bad],
  ]) {
    const run = cli(args);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^presser: .*bad\.yaml: labels\.Desk\.role: .+\n$/);
  }
  assert.equal(cli(['convert', transcript, '--profile', join(dir, 'missing.yaml')]).status, 2);
});
