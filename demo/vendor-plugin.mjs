import { build } from 'esbuild';

// React and Vue publish CommonJS or bundler builds that expect `process.env`; the framework demos and tests
// import them from /__vendor/NAME.js, bundled by esbuild once per server start (React and ReactDOM in
// one bundle so they share one React).
const vendorEntries = {
  react:
    "export { createElement } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
  vue: "export { createApp, h } from 'vue';",
};
const vendorBundles = new Map();
export const vendor = {
  name: 'framework-vendor-bundles',
  async serve(context) {
    const name = /^\/__vendor\/(\w+)\.js$/.exec(context.path)?.[1];
    if (!name || !vendorEntries[name]) return undefined;
    if (!vendorBundles.has(name)) {
      const result = await build({
        stdin: { contents: vendorEntries[name], resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      vendorBundles.set(name, result.outputFiles[0].text);
    }
    return { body: vendorBundles.get(name), type: 'js' };
  },
};
