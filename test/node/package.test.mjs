// Node tests of what `npm run build` ships, read from the packed tarball as a user installs it:
// every path package.json and the manifest name is inside, declarations beside every module,
// source maps that resolve, the CDN module within its budget and without bare imports, the card's
// cost inside a bundled app as the README states it, and a plain-Node import of the entry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const APP = "import 'kombo-integration-card/define';";

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let app; // a directory standing for an app that installed the package
let root; // the package, installed in the app's node_modules
let files; // paths inside it
before(() => {
  // Inside the project's node_modules, so the package's own dependencies (lit, zod) resolve from
  // it as they would from an app's.
  mkdirSync('node_modules/.cache', { recursive: true });
  app = mkdtempSync(join(process.cwd(), 'node_modules/.cache/kombo-pack-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { encoding: 'utf8' }),
  );
  root = join(app, 'node_modules', 'kombo-integration-card');
  mkdirSync(root, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, filename), '-C', root, '--strip-components=1']);
  files = new Set(
    execFileSync('tar', ['-tzf', join(app, filename)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((path) => path.replace(/^package\//, '')),
  );
});
after(() => rmSync(app, { recursive: true, force: true }));

const inPackage = (path) => files.has(normalize(path).replace(/^\.\//, ''));
const read = (path) => readFileSync(join(root, path), 'utf8');

function named(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(named);
}

test('every path package.json names is inside the package', () => {
  const paths = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg.unpkg, pkg.jsdelivr, ...named(pkg.exports)];
  for (const path of paths) {
    if (path.endsWith('package.json')) continue;
    assert.ok(inPackage(path), `${path} is named in package.json but not packed`);
  }
});

test('every export a bundler resolves has types, the CDN entries included', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.match(entry, /package\.json|custom-elements\.json/, `${entry} has no types`);
      continue;
    }
    assert.ok(inPackage(target.types), `${entry}: ${target.types}`);
  }
  assert.match(read('dist/npm/cdn-classic.d.ts'), /KomboIntegrationCard: typeof KomboIntegrationCard/);
});

test('the package ships declarations beside every module, and no tests or sources', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /^(test|src|demo|scripts)\//, `${file} should not be packed`);
    if (file.startsWith('dist/npm/') && file.endsWith('.js'))
      assert.ok(files.has(file.replace(/\.js$/, '.d.ts')), `${file} lacks .d.ts`);
  }
});

test('every source map comment resolves inside the package, to a map that carries its sources', () => {
  let maps = 0;
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(read(file));
    if (!comment) continue;
    const map = join(dirname(file), comment[1]);
    assert.ok(inPackage(map), `${file} points at ${map}, which is not packed`);
    const { sources, sourcesContent } = JSON.parse(read(map));
    assert.equal(sourcesContent?.length, sources.length, `${map} lacks the sources it names`);
    maps++;
  }
  assert.ok(maps > 20, 'maps were checked');
});

test('custom-elements.json describes the published package', () => {
  const manifest = JSON.parse(read(pkg.customElements));
  const paths = [];
  (function walk(node) {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
      else walk(value);
    }
  })(manifest);
  assert.ok(paths.length > 2);
  for (const path of paths) assert.ok(inPackage(path), `the manifest names ${path}, which is not packed`);
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  assert.deepEqual(
    declarations.map((each) => each.name),
    ['KomboIntegrationCard'],
    'no stray declarations (a "tr", an "anonymous_0")',
  );
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((each) => each.kind === 'custom-element-definition'),
  );
  assert.deepEqual(
    definitions.map((each) => [each.name, each.declaration.module]),
    [['kombo-integration-card', 'dist/npm/kombo-integration-card.js']],
  );
  const card = declarations[0];
  assert.equal(card.tagName, 'kombo-integration-card');
  assert.deepEqual(card.events.map((event) => event.name).sort(), [
    'kombo-connect-cancel',
    'kombo-connect-complete',
    'kombo-connect-error',
    'kombo-connect-start',
    'kombo-error',
    'kombo-filter',
    'kombo-load',
    'kombo-loadstart',
  ]);
  for (const name of [
    'integration',
    'src',
    'refresh-interval',
    'relink-src',
    'setup-link-src',
    'requirements',
    'filter',
  ])
    assert.ok(
      card.attributes.some((each) => each.name === name),
      name,
    );
  for (const part of ['base', 'status', 'model', 'field', 'reconnect', 'requirements', 'search', 'match'])
    assert.ok(
      card.cssParts.some((each) => each.name === part),
      part,
    );
  assert.equal(card.cssProperties.length, 14);
  assert.deepEqual(card.cssStates.map((each) => each.name).sort(), [
    'busy',
    'empty',
    'error',
    'loading',
    'ready',
    'requirements-unmet',
  ]);
});

test('the CDN module is self-contained (no bare imports) and within its 20 KB budget', () => {
  const cdn = read('dist/cdn/kombo-integration-card.js');
  const specifiers = [...cdn.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]);
  assert.ok(specifiers.length > 0, 'expected chunk imports');
  for (const specifier of specifiers) assert.match(specifier, /^\.\.?\//, `bare import ${specifier}`);
  assert.ok(gzipSync(cdn, { level: 9 }).length <= 20 * 1024);
  assert.ok(inPackage('dist/cdn/chunks/source-loader.js'), 'the loader chunk keeps its stable, preloadable name');
});

test('in a bundled app, the card costs what the README says', async () => {
  // As a Vite app builds it: the package's define entry with lit and zod from node_modules, bundled
  // by rollup and minified by esbuild, split where the card loads code on first use. What the page
  // loads up front is the entry chunk and whatever it imports statically.
  const entry = '\0app';
  const bundle = await rollup({
    input: entry,
    onwarn() {},
    plugins: [
      { name: 'app', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? APP : null) },
      nodeResolve({ browser: true, rootDir: app }),
      esbuild({ minify: true, target: 'es2020', include: /\.[cm]?js$/ }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', dir: join(app, 'out') });
  const chunks = new Map(output.filter((each) => each.type === 'chunk').map((each) => [each.fileName, each]));
  const upfront = new Set();
  (function walk(name) {
    if (upfront.has(name)) return;
    upfront.add(name);
    for (const imported of chunks.get(name).imports) walk(imported);
  })(output.find((each) => each.isEntry).fileName);
  const bytes = [...upfront].reduce((sum, name) => sum + gzipSync(chunks.get(name).code, { level: 9 }).length, 0);
  const kb = bytes / 1024;
  const stated = /bundled into an app[^|]*\|\s*([\d.]+) KB/i.exec(readFileSync('README.md', 'utf8'));
  assert.ok(stated, 'the README states the cost in an app');
  assert.ok(
    kb <= Number(stated[1]) + 0.05,
    `the card costs ${kb.toFixed(2)} KB in an app, the README says ${stated[1]}`,
  );
  assert.ok(kb >= Number(stated[1]) - 0.5, `the README's ${stated[1]} KB is out of date: now ${kb.toFixed(2)} KB`);
});

test('the npm entry imports and parses in plain Node, where there is no window or document', () => {
  const script = `
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('not plain Node');
    const module = await import('kombo-integration-card');
    if (typeof module.KomboIntegrationCard !== 'function' || typeof module.parseIntegration !== 'function') throw new Error('exports missing');
    const result = module.parseIntegration(${JSON.stringify(JSON.stringify({ status: 'success', data: { id: 'x:1', tool: { id: 'x', label: 'X' }, category: 'HRIS', status: 'ACTIVE', end_user: { organization_name: 'Acme' }, created_at: '2024-01-01T00:00:00Z', read_models: [] } }))});
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  `;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: app });
});
