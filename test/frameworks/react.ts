// Types of /__vendor/react.js (served by web-test-runner.config.mjs): tsconfig.test.json maps it here.
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
