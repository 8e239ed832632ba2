#!/usr/bin/env node
// The command Stryker runs once per mutant of a controller: the given browser test files in
// Chromium (the mutant id reaches the page through web-test-runner.config.mjs). Exit code 0 means
// every test passed, so the mutant survived.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['web-test-runner', '--files', ...process.argv.slice(2)], {
  stdio: process.env.MUTATION_VERBOSE ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, BROWSERS: 'chromium' },
});
process.exit(run.status ?? 1);
