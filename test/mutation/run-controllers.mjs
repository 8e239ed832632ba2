#!/usr/bin/env node
// `npm run mutation:controllers`: one Stryker run per group of controllers (see controllers.config.mjs),
// or only those named: `npm run mutation:controllers -- connect`.
import { spawnSync } from 'node:child_process';
import { groups } from './controllers.config.mjs';

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(groups);
let failed = false;
for (const name of names) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/controllers.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_GROUP: name },
  });
  console.log(
    `\n${name}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 60000)} min`,
  );
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
