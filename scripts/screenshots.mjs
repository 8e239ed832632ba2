#!/usr/bin/env node
// `npm run screenshots`: regenerates the images in docs/ in headless Chromium from the demo pages
// `npm start` serves: theming-light.png and theming-dark.png (demo/theming.html), layout-320.png and
// layout-1024.png (demo/layout.html, the card in a container 320 and 1,024 px wide).
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
  for (const width of [320, 1024]) {
    const out = `docs/layout-${width}.png`;
    await screenshot(`http://localhost:${port}/demo/layout.html?width=${width}`, out, {
      selector: '#frame',
      width: Math.max(width + 80, 400),
    });
    console.log(`wrote ${out}`);
  }
} finally {
  await server.stop();
}
