// The direction of dependencies in docs/ARCHITECTURE.md, checked by `npm run lint` (depcruise).
// Each rule names a folder and what it may import from this repository; libraries are free.
// Tests (*.test.ts, the store contract suite) are cross-cutting and may import anything.
const TESTS = '(\\.test\\.tsx?$|^src/store/store[a-z-]*\\.contract\\.ts$)';
const OURS = '^(src|web|test|bench|scripts)/';

/** A rule: files under `from` may import from this repository only what `allowed` matches. */
function layer(name, from, allowed, comment) {
  return { name, comment, severity: 'error', from: { path: from, pathNot: TESTS }, to: { path: OURS, pathNot: allowed } };
}

module.exports = {
  forbidden: [
    layer('domain-is-pure', '^src/domain/', '^src/domain/', 'domain imports nothing else in src and does no I/O'),
    layer('transcript-is-pure', '^src/transcript/', '^src/(domain|transcript)/', 'parsers and exporters depend only on domain'),
    layer('search-is-text', '^src/search/', '^src/(domain|search)/', 'search owns query parsing, matching, segmentation and snippets; it never imports the store'),
    layer('analytics-is-pure', '^src/analytics/', '^src/(domain|search|analytics)/', 'measures are pure functions of records'),
    layer('i18n-is-data', '^src/i18n/', '^src/i18n/', 'catalogs are plain data'),
    layer('store-only-stores', '^src/store/', '^src/(domain|search|store)/', 'the store depends on domain and on search (index text) only; never on app, http or live'),
    layer('live-is-transport', '^src/live/', '^src/(domain|live)/', 'the bus and hub carry events; signing in and audiences are app/ and http/'),
    layer(
      'app-uses-the-contract',
      '^src/app/',
      '^src/(domain|transcript|search|analytics|live|app|i18n)/|^src/store/store\\.ts$',
      'use cases take a store through its contract (store/store.ts), never an implementation; i18n for the e-mails they write',
    ),
    layer('http-is-a-layer', '^src/http/', '^src/(domain|transcript|search|analytics|live|app|i18n|http)/|^src/store/store\\.ts$', 'routes call app/ and read the store through its contract; they never build anything'),
    layer('cli-is-a-layer', '^src/cli/', '^src/(domain|transcript|search|analytics|app|i18n|http|cli)/|^src/store/(store|open|copy)\\.ts$', 'commands call app/, open the store through store/open.ts and copy one store into another (store/copy.ts)'),
    {
      name: 'web-is-bundled-alone',
      comment: 'the browser bundle imports domain, i18n/fill, the time and zone helpers of i18n, and the page data shapes; the store contract only for types',
      severity: 'error',
      from: { path: '^web/' },
      to: {
        path: OURS,
        pathNot: '^web/|^src/domain/|^src/i18n/(fill|time|zone-input)\\.ts$|^src/http/pages/(page-data|chart-data)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'web-types-only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: OURS, pathNot: '^web/|^src/(domain|i18n|http/pages|store/store\\.ts)', dependencyTypes: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a mistake',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
  },
};
