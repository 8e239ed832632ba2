// @ts-check
// `npm run mutation:controllers`: Stryker mutates the controllers (the `src` loader and its
// request, the connection flow, the filter) and, for each mutant, runs their browser tests in
// Chromium through the command runner (test/mutation/run-chromium.mjs). Slow (a browser run per
// mutant): run it before resolving an issue that touches a controller, not in CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: 'node test/mutation/run-chromium.mjs' },
  mutate: ['src/load/source-loader.ts', 'src/load/request.ts', 'src/load/fetch-integration.ts'],
  coverageAnalysis: 'off',
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/controllers.json' },
  thresholds: { high: 85, low: 75, break: 75 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
