#!/usr/bin/env node
// The command Stryker runs once per mutant of a controller: that controller's browser test files in
// Chromium (the mutant id reaches the page through web-test-runner.config.mjs). Exit code 0 means
// every test passed, so the mutant survived.
import { spawnSync } from 'node:child_process';

const files = process.env.MUTATION_TEST_FILES ?? 'test/card-src.test.ts';
const run = spawnSync('npx', ['web-test-runner', '--files', ...files.split(' ')], {
  stdio: process.env.MUTATION_VERBOSE ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, BROWSERS: 'chromium' },
});
process.exit(run.status ?? 1);
