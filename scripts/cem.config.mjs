// Custom Elements Manifest (`npm run build`): read from the TypeScript sources (the JSDoc on the
// class is the public API), written for the published package. Every path points at a built module
// in dist/npm/ (beside its .d.ts); the definition is where `define.js` registers the tag, and the
// analyzer's guess from `customElements.define(tag, this)` (a definition named "tag") is dropped.
const built = (path) => path.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js');

/** Rewrites every `path` and `module` in the manifest from a source file to its built module. */
function publish(node) {
  if (Array.isArray(node)) return node.forEach(publish);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = built(value);
    else publish(value);
  }
}

export default {
  globs: ['src/kombo-integration-card.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'published-package',
      packageLinkPhase({ customElementsManifest: manifest }) {
        for (const module of manifest.modules)
          module.exports = (module.exports ?? []).filter((each) => each.kind !== 'custom-element-definition');
        publish(manifest);
        manifest.modules.push({
          kind: 'javascript-module',
          path: 'dist/npm/define.js',
          declarations: [],
          exports: [
            {
              kind: 'custom-element-definition',
              name: 'kombo-integration-card',
              declaration: { name: 'KomboIntegrationCard', module: 'dist/npm/kombo-integration-card.js' },
            },
          ],
        });
      },
    },
  ],
};
