import { esbuildPlugin } from '@web/dev-server-esbuild';
import { komboChain } from './demo/kombo-chain.mjs';
import { mockBackend } from './demo/mock-backend.mjs';
import { vendor } from './demo/vendor-plugin.mjs';
import { svelte } from './test/plugins/svelte.mjs';

// `npm start`: the demo pages on the TypeScript sources, with the mock backend behind /api/.
export default {
  rootDir: '.',
  open: '/demo/',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  watch: true,
  port: Number(process.env.PORT ?? 8000),
  middleware: [mockBackend, komboChain],
  // The build's target, as the tests use: native #private fields, as shipped.
  plugins: [svelte, vendor, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
};
