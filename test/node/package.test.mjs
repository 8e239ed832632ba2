// Node tests of what `npm run build` ships (run by `npm test` after a build): the packed file list
// holds every path package.json names, the CDN module has no bare imports, the budget holds, and
// importing the npm entry in Node touches neither window nor document.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
)[0];
const files = new Set(packed.files.map((file) => file.path));

function named(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(named);
}

test('every path package.json names is inside the package', () => {
  const paths = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.unpkg, pkg.jsdelivr, ...named(pkg.exports)];
  for (const path of paths.map((p) => p.replace(/^\.\//, ''))) {
    if (path === 'package.json') continue;
    assert.ok(files.has(path), `${path} is named in package.json but not packed`);
  }
});

test('the package ships declarations beside every module and no tests, sources or maps', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /^(test|src|demo|scripts)\/|\.map$/, `${file} should not be packed`);
    if (file.startsWith('dist/npm/') && file.endsWith('.js'))
      assert.ok(files.has(file.replace(/\.js$/, '.d.ts')), `${file} lacks .d.ts`);
  }
});

test('the CDN module is self-contained (no bare imports) and within its 20 KB budget', () => {
  const cdn = readFileSync('dist/cdn/kombo-integration-card.js', 'utf8');
  const specifiers = [...cdn.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]);
  assert.ok(specifiers.length > 0, 'expected chunk imports');
  for (const specifier of specifiers) assert.match(specifier, /^\.\.?\//, `bare import ${specifier}`);
  assert.ok(gzipSync(cdn, { level: 9 }).length <= 20 * 1024);
});

test('the custom elements manifest describes the element', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const card = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === 'kombo-integration-card');
  assert.ok(card, 'kombo-integration-card declared');
  assert.deepEqual(card.events.map((event) => event.name).sort(), ['kombo-error', 'kombo-load', 'kombo-loadstart']);
  for (const name of ['src', 'refresh-interval', 'theme', 'density', 'variant'])
    assert.ok(
      card.attributes.some((a) => a.name === name),
      name,
    );
  for (const part of ['base', 'status', 'model', 'field', 'badge', 'retry'])
    assert.ok(
      card.cssParts.some((p) => p.name === part),
      part,
    );
  assert.ok(card.cssProperties.some((p) => p.name === '--kombo-card-accent'));
  assert.deepEqual(card.cssStates.map((s) => s.name).sort(), ['busy', 'empty', 'error', 'loading', 'ready']);
});

test('the npm entry imports and parses in plain Node, where there is no window or document', async () => {
  const script = `
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain Node');
    const module = await import('./dist/npm/index.js');
    if (typeof module.KomboIntegrationCard !== 'function' || typeof module.parseIntegration !== 'function') throw new Error('exports missing');
    const result = module.parseIntegration(${JSON.stringify(JSON.stringify({ status: 'success', data: { id: 'x:1', tool: { id: 'x', label: 'X' }, category: 'HRIS', status: 'ACTIVE', end_user: { organization_name: 'Acme' }, created_at: '2024-01-01T00:00:00Z', read_models: [] } }))});
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  `;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
});
