// The card on the strictest page we can think of, in Chromium (the engine here with Trusted Types):
// served with the policy the README gives, it goes through every state and feature, for the module
// with its chunks and for the classic script. Zero CSP violations, no console errors, no page errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { localLogos } from '../plugins/no-network.mjs';

// The fixtures' logos come from this test's server (img-src 'self'); the fixtures load after.
const { port, middleware: logoFiles } = await localLogos();
const [{ mockBackend }, { integrations }] = await Promise.all([
  import('../../demo/mock-backend.mjs'),
  import('../../demo/fixtures.mjs'),
]);

/** The policy the README states, word for word. */
export const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "frame-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

test('the README states this exact policy', () => {
  assert.ok(readFileSync('README.md', 'utf8').includes(`Content-Security-Policy: ${POLICY}`));
});

const csp = (ctx, next) => {
  ctx.set('Content-Security-Policy', POLICY);
  return next();
};

let server;
let browser;
let origin;
before(async () => {
  server = await startDevServer({
    config: { rootDir: process.cwd(), port, middleware: [csp, logoFiles, mockBackend] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://localhost:${server.server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a strict page and collects what went wrong on it. */
async function strictPage(path) {
  const page = await browser.newPage();
  const problems = [];
  // The policy allows images from any https: host, so a request that leaves this machine is a problem
  // of the page too (the tests never reach the network).
  page.on('request', (request) => {
    if (!['localhost', '127.0.0.1'].includes(new URL(request.url()).hostname))
      problems.push(`request to another host: ${request.url()}`);
  });
  page.on('console', (message) => {
    // The browser logs each failed request itself; this test provokes failures (502, 401, a dropped
    // connection) on purpose. Anything else counts.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  assert.equal(response.headers()['content-security-policy'], POLICY);
  await page.waitForFunction(() => customElements.get('kombo-integration-card'));
  const violations = async () => [...(await page.evaluate(() => window.violations)), ...problems];
  return { page, violations };
}

/** Adds a card with `properties` and `attributes`, resolving once it is ready or failed. */
function addCard(page, { properties = {}, attributes = {}, until = 'settled' } = {}) {
  return page.evaluate(
    async ({ properties, attributes, until }) => {
      const card = document.createElement('kombo-integration-card');
      for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
      Object.assign(card, properties);
      const settled = new Promise((resolve) => {
        card.addEventListener('kombo-load', resolve, { once: true });
        card.addEventListener('kombo-error', resolve, { once: true });
      });
      document.querySelector('#cards').append(card);
      await (until === 'settled' ? settled : card.updateComplete);
      await card.updateComplete;
      window.card = card;
      return card.state;
    },
    { properties, attributes, until },
  );
}

const waitFor = (page, check, ...args) => page.waitForFunction(check, { timeout: 10000 }, ...args);

for (const [file, name] of [
  ['module.html', 'the module and its chunks'],
  ['classic.html', 'the classic script'],
]) {
  test(`${name}: every state and feature under a strict CSP with Trusted Types, without a violation`, async () => {
    const { page, violations } = await strictPage(`/test/csp/${file}`);
    const healthy = { status: 'success', data: integrations.healthy };

    assert.equal(await addCard(page, { until: 'rendered' }), 'empty');
    assert.equal(
      await addCard(page, { attributes: { src: '/api/integrations/healthy?latency=400' }, until: 'rendered' }),
      'loading',
    );
    // A logo from another host (the policy's `https:`): nothing listens there, so after the logo and
    // the icon fail the card draws its monogram, but neither request may be a violation.
    const elsewhere = { logo_url: 'https://127.0.0.1:9/logo.svg', icon_url: 'https://127.0.0.1:9/icon.svg' };
    const tool = { ...integrations.healthy.tool, ...elsewhere };
    await addCard(page, { properties: { integration: { ...healthy, data: { ...integrations.healthy, tool } } } });
    await waitFor(page, () => window.card.shadowRoot.querySelector('[part~="monogram"]'));
    assert.equal(await addCard(page, { properties: { integration: healthy } }), 'ready');
    // The fixtures' own logo, from this server (`'self'`).
    await waitFor(page, () => window.card.shadowRoot.querySelector('img')?.naturalWidth === 40);

    // Field rows, a language loaded on demand, theming, the summary variant.
    await page.evaluate(() => window.card.shadowRoot.querySelector('summary').click());
    await waitFor(page, () => window.card.shadowRoot.querySelectorAll('[part~="field"]').length === 10);
    await addCard(page, {
      properties: { integration: healthy },
      attributes: { lang: 'de', theme: 'dark', density: 'compact' },
    });
    await waitFor(page, () => window.card.shadowRoot.textContent.includes('Datenabdeckung'));
    await addCard(page, { properties: { integration: healthy }, attributes: { variant: 'summary', theme: 'light' } });

    // Every error: from src, and bad data given directly.
    for (const fail of ['network', 'timeout', 'http', 'api', 'parse', 'type', 'empty', 'invalid'])
      assert.equal(
        await addCard(page, { attributes: { src: `/api/integrations/healthy?fail=${fail}`, timeout: '300' } }),
        'error',
        fail,
      );
    assert.equal(await addCard(page, { properties: { integration: '{ not json' } }), 'error');
    await waitFor(page, () => window.card.shadowRoot.querySelector('[role="alert"]'));

    // The src lifecycle: a refresh, a failed refresh beside the data, polling, lazy loading.
    await addCard(page, { attributes: { src: '/api/integrations/healthy', 'refresh-interval': '0.1' } });
    await page.evaluate(() => window.card.refresh());
    await page.evaluate(() => (window.card.src = '/api/integrations/healthy?fail=http'));
    await waitFor(page, () => window.card.state === 'error');
    await addCard(page, { attributes: { src: '/api/integrations/beta', loading: 'lazy' }, until: 'rendered' });
    await page.evaluate(() => window.card.scrollIntoView());
    await waitFor(page, () => window.card.state === 'ready');

    // Search and required data.
    await addCard(page, {
      properties: { integration: healthy, requirements: ['hris_employees.ssn', 'hris_payroll_runs'] },
    });
    await waitFor(page, () => window.card.shadowRoot.querySelector('[part~="search"]'));
    await page.evaluate(() => {
      const field = window.card.shadowRoot.querySelector('[part~="search"]');
      field.value = 'birth';
      field.dispatchEvent(new Event('input'));
    });
    await waitFor(page, () => window.card.shadowRoot.querySelector('mark'));

    // The repair flow: a link, Kombo Connect's frame (frame-src), finishing there, the refresh.
    const session = `csp${Math.random().toString(36).slice(2)}`;
    await addCard(page, {
      attributes: {
        src: `/api/integrations/credentials-invalid?session=${session}`,
        'relink-src': `/api/integrations/credentials-invalid/relink?session=${session}`,
      },
    });
    await page.evaluate(() => window.card.shadowRoot.querySelector('[part~="reconnect"]').click());
    const frameHandle = await page.waitForSelector('body > iframe');
    const frame = await frameHandle.contentFrame();
    await frame.waitForSelector('#finish');
    await frame.click('#finish');
    await waitFor(page, () => window.card.data?.status === 'ACTIVE');

    assert.deepEqual(await violations(), []);
    await page.close();
  });
}
