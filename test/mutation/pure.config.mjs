// @ts-check
// `npm run mutation`: Stryker mutates the pure modules (no DOM) and runs their unit tests
// (test/unit/, the same files the browsers run) in Node through mocha and tsx.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { spec: ['test/unit/**/*.test.ts'] },
  testRunnerNodeArgs: ['--import', 'tsx'],
  mutate: [
    'src/data/**/*.ts',
    'src/i18n/*.ts',
    '!src/i18n/find-locale.ts',
    '!src/i18n/lang-observer.ts',
    'src/templates/tones.ts',
    'src/find/match.ts',
    // Requests and reading answers take their fetcher as an argument: pure enough for Node.
    'src/load/request.ts',
    'src/load/read-response.ts',
    'src/load/fetch-integration.ts',
    // How chunks are loaded (a failed one stays failed); the chunk's own import runs in browsers.
    'src/load/lazy-module.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/pure.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
