import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from './errors.ts';
import { parseSelection } from './selection.ts';

test('a selection is read from raw values: slugs repeated or comma-separated, names trimmed, lang lower-cased', () => {
  assert.deepEqual(
    parseSelection({
      conference: ['a-1,b-2', ' c-3 ', 'a-1'],
      from: '2024-01-01',
      to: '2024-12-31',
      outlet: ' North Wire ',
      origin: 'foreign',
      speaker: 'Lena Marsh',
      lang: 'ZH',
    }),
    {
      conferences: ['a-1', 'b-2', 'c-3'],
      from: '2024-01-01',
      to: '2024-12-31',
      outlet: 'North Wire',
      origin: 'foreign',
      speaker: 'Lena Marsh',
      lang: 'zh',
    },
  );
  assert.deepEqual(parseSelection({}), { conferences: [] });
  assert.deepEqual(parseSelection({ conference: '', from: '', outlet: '  ' }), { conferences: [] });
});

test('bad values are validation_failed errors naming the field', () => {
  const cases: [Parameters<typeof parseSelection>[0], string][] = [
    [{ from: '2024-02-30' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2025-01-01', to: '2024-01-01' }, 'from'],
    [{ origin: 'martian' }, 'origin'],
    [{ lang: 'Chinese!' }, 'lang'],
    [{ conference: 'Not A Slug' }, 'conference'],
    [{ outlet: 'x'.repeat(201) }, 'outlet'],
  ];
  for (const [raw, field] of cases) {
    assert.throws(
      () => parseSelection(raw),
      (e: unknown) => e instanceof AppError && e.code === 'validation_failed' && e.field === field && e.message.startsWith(`${field}: `),
      field,
    );
  }
});
