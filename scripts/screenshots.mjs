#!/usr/bin/env node
// `npm run screenshots`: regenerates docs/theming-light.png and docs/theming-dark.png from the
// theming demo page in headless Chromium (the same pages `npm start` serves).
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';
import { screenshot } from './screenshot.mjs';

const server = await startDevServer({
  config: { ...config, port: 0, open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
try {
  const { port } = server.server.address();
  const url = `http://localhost:${port}/demo/theming.html`;
  for (const scheme of ['light', 'dark']) {
    const out = `docs/theming-${scheme}.png`;
    await screenshot(url, out, { dark: scheme === 'dark', selector: '#themes', width: 1200 });
    console.log(`wrote ${out}`);
  }
} finally {
  await server.stop();
}
