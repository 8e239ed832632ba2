import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// The script-tag builds only; npm users get unbundled modules from `tsc` (bundling is the app's job).
const plugins = () => [
  nodeResolve({ browser: true }),
  // Lit's html`` and css`` contents are strings to esbuild; this one minifies them.
  minifyTemplateLiterals({ include: ['src/**/*.ts'] }),
  // esbuild must read tsconfig.json: legacy decorators without define-semantics class fields.
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2021', minify: true, legalComments: 'none' }),
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
