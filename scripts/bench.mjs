#!/usr/bin/env node
// `npm run bench`: time to render an integration of 50 read models × 200 fields with the built CDN
// module in headless Chromium (median of several runs), plus expanding one model's 200 field rows.
// Needs `npm run build` first. Prints a Markdown table for the README.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = process.cwd();
const bundle = 'dist/cdn/kombo-integration-card.js';
if (!existsSync(bundle)) {
  console.error(`Missing ${bundle}: run \`npm run build\` first.`);
  process.exit(1);
}

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };
const page = `<!doctype html><html lang="en"><body><script type="module">
  import '/${bundle}';
  import { large } from '/demo/fixtures.mjs';
  const data = large(50, 200);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const runs = { render: [], expand: [] };
  for (let i = 0; i < 12; i++) {
    const card = document.createElement('kombo-integration-card');
    document.body.append(card);
    await frame();
    let start = performance.now();
    card.integration = structuredClone(data);
    await card.updateComplete;
    card.getBoundingClientRect();
    runs.render.push(performance.now() - start);
    const details = card.shadowRoot.querySelector('details');
    start = performance.now();
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await card.updateComplete;
    card.getBoundingClientRect();
    runs.expand.push(performance.now() - start);
    card.remove();
  }
  window.result = runs;
</script></body></html>`;

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') return response.end(page);
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const runs = await tab.waitForFunction(() => window.result, { timeout: 120000 }).then((handle) => handle.jsonValue());
  const median = (values) => values.slice(2).sort((a, b) => a - b)[Math.floor((values.length - 2) / 2)];
  const version = await browser.version();
  console.log(`| measure (${version}, median of 10 after 2 warm-up runs) | ms |\n| --- | --- |`);
  console.log(`| render 50 models × 200 fields (collapsed), set → laid out | ${median(runs.render).toFixed(1)} |`);
  console.log(`| expand one model (200 field rows) | ${median(runs.expand).toFixed(1)} |`);
} finally {
  await browser.close();
  server.close();
}
