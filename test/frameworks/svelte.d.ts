// Types of .svelte imports in the framework tests (the test runner compiles them; see test/plugins/svelte.mjs).
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>>;
  export default component;
}
