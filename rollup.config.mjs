import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// The script-tag builds only; npm users get unbundled modules from `tsc` (bundling is the app's job).
const plugins = () => [
  nodeResolve({ browser: true }),
  // Lit's html`` and css`` contents are strings to esbuild; this one minifies them.
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  // esbuild must read tsconfig.json: legacy decorators without define-semantics class fields.
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
  // terser packs about 3% tighter than esbuild's minifier: bytes every page with the script tag pays for.
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/define.ts',
    output: { file: 'dist/cdn/kombo-integration-card.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    input: 'src/cdn-classic.ts',
    output: {
      file: 'dist/cdn/kombo-integration-card.iife.js',
      format: 'iife',
      name: 'KomboIntegrationCard',
      exports: 'default',
      sourcemap: true,
    },
    plugins: plugins(),
  },
];
