// Serves .svelte files compiled by Svelte 5's compiler (client code), for the framework tests and the
// demo's Svelte page: web-test-runner and web-dev-server resolve the compiled module's `svelte/*`
// imports like any other bare import.
import { compile } from 'svelte/compiler';

export const svelte = {
  name: 'svelte',
  resolveMimeType(context) {
    if (context.path.endsWith('.svelte')) return 'js';
  },
  transform(context) {
    if (!context.path.endsWith('.svelte')) return undefined;
    const { js } = compile(context.body, { filename: context.path, generate: 'client', dev: false });
    return { body: js.code };
  },
};
