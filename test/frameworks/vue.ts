// Types of /__vendor/vue.js (served by web-test-runner.config.mjs): tsconfig.test.json maps it here.
export { createApp, h } from 'vue';
