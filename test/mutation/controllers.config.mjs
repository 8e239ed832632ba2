// @ts-check
// `npm run mutation:controllers`: Stryker mutates one group of controllers (MUTATION_GROUP) and, for
// each mutant, runs that group's browser tests in Chromium through the command runner
// (test/mutation/run-chromium.mjs). Slow (a browser run per mutant): run before resolving an issue
// that touches a controller, not in CI. test/mutation/run-controllers.mjs runs every group.
export const groups = {
  loader: { mutate: ['src/load/source-loader.ts'], files: 'test/card-src.test.ts' },
  connect: {
    mutate: ['src/connect/connect-controller.ts', 'src/connect/connect-flow.ts'],
    files: 'test/card-connect.test.ts',
  },
  find: { mutate: ['src/find/filter-controller.ts'], files: 'test/card-find.test.ts' },
};

const name = process.env.MUTATION_GROUP ?? 'loader';
const group = groups[/** @type {keyof typeof groups} */ (name)];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: `node test/mutation/run-chromium.mjs ${group.files}` },
  mutate: group.mutate,
  coverageAnalysis: 'off',
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/controllers-${name}.json` },
  thresholds: { high: 85, low: 75, break: 75 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
