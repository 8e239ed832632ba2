import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// The script-tag builds only; npm users get unbundled modules from `tsc` (bundling is the app's job).
/**
 * `module` tells terser the output is an ES module. Only true for the module build: told so about
 * the classic script, terser drops its top-level `var KomboIntegrationCard = …`, and the script
 * defines no global.
 */
const plugins = ({ module }) => [
  nodeResolve({ browser: true }),
  // Lit's html`` and css`` contents are strings to esbuild; this one minifies them.
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  // esbuild must read tsconfig.json: legacy decorators without define-semantics class fields.
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
  // terser packs about 3% tighter than esbuild's minifier: bytes every page with the script tag pays for.
  // A third pass and dropping unused parameters save 28 more bytes; the latter is safe because no
  // code in the bundle (ours, Lit's, zod's) reads a function's `length`.
  terser({ ecma: 2022, module, compress: { passes: 3, keep_fargs: false }, format: { comments: false } }),
];

export default [
  {
    // The module: English inside; other languages and the field rows are small chunks beside it,
    // fetched relative to it on first use.
    input: 'src/cdn.ts',
    // Lets the chunks import shared code from the entry instead of splitting it into a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'kombo-integration-card.js',
      // The `src` lifecycle keeps a stable name, so a page can preload it with the module
      // (<link rel="modulepreload">) and its first request waits for nothing.
      chunkFileNames: (chunk) => (chunk.name === 'source-loader' ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
      sourcemap: true,
    },
    plugins: plugins({ module: true }),
  },
  {
    // The classic script cannot load chunks: every language is inside.
    input: 'src/cdn-classic.ts',
    output: {
      file: 'dist/cdn/kombo-integration-card.iife.js',
      format: 'iife',
      name: 'KomboIntegrationCard',
      exports: 'default',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: plugins({ module: false }),
  },
];
