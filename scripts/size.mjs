#!/usr/bin/env node
// `npm run size` (after a build): the gzipped size of every script-tag file and of the card inside
// a bundled app, as a Markdown table for the README; fails when the module is over its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const BUDGET = 20 * 1024;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What each chunk is and when it loads, by its name. */
const ROLES = {
  'source-loader':
    'requests, reading answers, polling, lazy loading, the “Updating…” line: a card’s first `src` or repair link',
  'error-view': 'the error views: the first failure (and alongside the first `src` request)',
  'field-table': 'field rows: preloaded once data shows',
  'field-label': 'readable field labels, shared by field rows, search and required data',
  'find-view': 'search: preloaded for 20 fields or more, or with a filter',
  'requirements-view': 'required data: when a card is given `requirements`',
  'connect-flow': 'the repair flow with `@kombo-api/connect`: the first Reconnect or Finish setup',
};

const module = readFileSync('dist/cdn/kombo-integration-card.js');
const rows = [
  [
    `\`dist/cdn/kombo-integration-card.js\`, the module (budget 20 KB = 20,480 bytes)`,
    `${kb(gz(module))} (${gz(module).toLocaleString('en')} bytes)`,
  ],
];
const languages = [];
for (const file of readdirSync('dist/cdn/chunks')
  .filter((name) => name.endsWith('.js'))
  .sort()) {
  const bytes = gz(readFileSync(`dist/cdn/chunks/${file}`));
  const name = file.replace(/(-[\w-]{8})?\.js$/, '');
  if (/^(de|fr|es|it)$/.test(name)) languages.push(bytes);
  else rows.push([`\`chunks/${file.replace(/-[\w-]{8}\.js$/, '-*.js')}\`: ${ROLES[name] ?? name}`, kb(bytes)]);
}
rows.push([
  '`chunks/{de,fr,es,it}-*.js`: that language, on first use',
  `${kb(Math.min(...languages))}–${kb(Math.max(...languages)).replace(' KB', '')} KB each`.replace(/ KB–/, '–'),
]);
rows.push([
  '`dist/cdn/kombo-integration-card.iife.js`, the classic script (everything inside; no budget)',
  kb(gz(readFileSync('dist/cdn/kombo-integration-card.iife.js'))),
]);

// In an app: what Vite does (rollup, esbuild's minifier), up front = the entry and its static imports.
const entry = '\0app';
const bundle = await rollup({
  input: entry,
  onwarn() {},
  plugins: [
    {
      name: 'app',
      resolveId: (id) => (id === entry ? id : null),
      load: (id) => (id === entry ? "import './dist/npm/define.js';" : null),
    },
    nodeResolve({ browser: true }),
    esbuild({ minify: true, target: 'es2020', include: /\.[cm]?js$/ }),
  ],
});
const { output } = await bundle.generate({ format: 'es', dir: 'dist/.app' });
const chunks = new Map(output.filter((each) => each.type === 'chunk').map((each) => [each.fileName, each]));
const upfront = new Set();
(function walk(name) {
  if (upfront.has(name)) return;
  upfront.add(name);
  for (const imported of chunks.get(name).imports) walk(imported);
})(output.find((each) => each.isEntry).fileName);
rows.push([
  "bundled into an app (`import 'kombo-integration-card/define'`, rollup and esbuild as Vite builds; up front)",
  kb([...upfront].reduce((sum, name) => sum + gz(chunks.get(name).code), 0)),
]);

console.log('| file | gzipped |\n| --- | --- |');
for (const [file, size] of rows) console.log(`| ${file} | ${size} |`);
if (gz(module) > BUDGET) {
  console.error(`\nThe module is over its budget: ${gz(module)} > ${BUDGET} bytes.`);
  process.exitCode = 1;
}
