#!/usr/bin/env node
// `npm run size`: the gzipped size of each script-tag file, failing when the module is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const files = ['dist/cdn/kombo-integration-card.js', 'dist/cdn/kombo-integration-card.iife.js'];
let failed = false;
for (const file of files) {
  const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
  const budgeted = file.endsWith('card.js');
  const over = budgeted && bytes > BUDGET;
  failed ||= over;
  console.log(
    `${file}: ${(bytes / 1024).toFixed(1)} KB gzipped${budgeted ? ` (budget ${BUDGET / 1024} KB)${over ? ' OVER BUDGET' : ''}` : ''}`,
  );
}
process.exitCode = failed ? 1 : 0;
