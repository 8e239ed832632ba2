// The README's backend half (demo/kombo-backend.mjs), run: Kombo's SDK pointed at a fake Kombo API
// on loopback, the example server in front, asked what the card asks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Kombo } from '@kombo-api/sdk';
import { integrations } from '../../demo/fixtures.mjs';
import { startFakeKomboApi } from '../../demo/fake-kombo-api.mjs';
import { komboBackend } from '../../demo/kombo-backend.mjs';
import { renderCard } from '../../demo/ssr-render.mjs';
import { parseIntegration } from '../../dist/npm/index.js';

const API_KEY = 'test-api-key';
let fake;
let backend;
let base;

before(async () => {
  fake = await startFakeKomboApi({ apiKey: API_KEY });
  backend = createServer(komboBackend({ apiKey: API_KEY, serverURL: fake.url, timeoutMs: 500 }));
  await new Promise((resolve) => backend.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${backend.address().port}/api/kombo/integrations`;
});

after(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
  await fake.close();
});

const get = async (id) => {
  const response = await fetch(`${base}/${id}`);
  return { status: response.status, body: await response.json() };
};
const post = async (path, body) => {
  const response = await fetch(`${base}/${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

test('GET answers Kombo’s envelope, dates as the ISO strings the API sent, and the card reads it', async () => {
  const { status, body } = await get('credentials-invalid');
  assert.equal(status, 200);
  assert.deepEqual(body, { status: 'success', data: integrations['credentials-invalid'] });
  assert.equal(typeof body.data.created_at, 'string');
  const parsed = parseIntegration(body);
  assert.equal(parsed.ok, true);
  assert.equal(parsed.integration.status, 'INVALID');
  assert.equal(fake.requests.at(-1).authorization, `Bearer ${API_KEY}`, 'the API key from the backend, never the page');
});

test('relink and setup-link create links through the SDK, in the card’s language', async () => {
  for (const [route, kind] of [
    ['relink', 'relink'],
    ['setup-link', 'setup'],
  ]) {
    const { status, body } = await post(`setup-incomplete/${route}`, { language: 'de' });
    assert.equal(status, 200);
    const link = new URL(body.data.link);
    assert.equal(link.origin, fake.url);
    assert.equal(link.searchParams.get('kind'), kind);
    assert.equal(link.searchParams.get('language'), 'de');
    assert.deepEqual(fake.requests.at(-1), {
      method: 'POST',
      path: `/integrations/setup-incomplete/${route}`,
      authorization: `Bearer ${API_KEY}`,
      body: { language: 'de', link_type: 'EMBEDDED' },
    });
  }
  // A language Kombo does not offer falls back to English rather than failing the request.
  const { body } = await post('healthy/relink', { language: 'pt' });
  assert.equal(new URL(body.data.link).searchParams.get('language'), 'en');
});

test('Kombo’s errors pass on as Kombo’s envelopes with their status, each code as Kombo sent it', async () => {
  for (const [id, status, code] of [
    ['no-such-integration', 404, 'PLATFORM.INTEGRATION_NOT_FOUND'],
    ['rate-limited', 429, 'PLATFORM.RATE_LIMIT_EXCEEDED'],
    ['broken', 500, 'PLATFORM.UNKNOWN_ERROR'],
  ]) {
    const answer = await get(id);
    assert.equal(answer.status, status, id);
    assert.equal(answer.body.status, 'error');
    assert.equal(answer.body.error.code, code);
    assert.match(answer.body.error.log_url, /^https:\/\/app\.kombo\.dev\/logs\//);
    const linkAnswer = await post(`${id}/relink`, { language: 'en' });
    assert.equal(linkAnswer.status, status, `${id} relink`);
    assert.equal(linkAnswer.body.error.code, code);
  }
  // A wrong API key is Kombo's 401, passed on too.
  const wrongKey = createServer(komboBackend({ apiKey: 'wrong', serverURL: fake.url }));
  await new Promise((resolve) => wrongKey.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${wrongKey.address().port}/api/kombo/integrations/healthy`);
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, 'PLATFORM.AUTHENTICATION_INVALID');
  } finally {
    wrongKey.closeAllConnections();
    wrongKey.close();
  }
});

test('a Kombo that does not answer in time is a 504 in Kombo’s envelope; one out of reach a 502', async () => {
  // Garbage collected all along: Node's fetch can lose the SDK's abort signal to a collection, and
  // the timeout must hold anyway (it once waited out the fake's 30 s in a busy test run).
  setFlagsFromString('--expose-gc');
  const collect = setInterval(runInNewContext('gc'), 50);
  const started = Date.now();
  const slow = await get('slow').finally(() => clearInterval(collect));
  assert.equal(slow.status, 504);
  assert.deepEqual(slow.body.error, {
    code: null,
    title: 'The integration service did not answer in time',
    message: null,
    log_url: null,
  });
  assert.ok(Date.now() - started < 10_000, 'the SDK’s timeout, not the fake’s 30 s');
  const down = createServer(komboBackend({ apiKey: API_KEY, serverURL: 'http://127.0.0.1:9' }));
  await new Promise((resolve) => down.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${down.address().port}/api/kombo/integrations/healthy`);
    assert.equal(response.status, 502);
    assert.equal((await response.json()).error.title, 'The integration service could not be reached');
  } finally {
    down.close();
  }
});

test('a value newer than the SDK (an unknown status or category) reaches the card as it is', async () => {
  const { status, body } = await get('unknown-values');
  assert.equal(status, 200);
  // As JSON carries it (the fixture's `write_actions: undefined` is no key at all).
  assert.deepEqual(body, JSON.parse(JSON.stringify({ status: 'success', data: integrations['unknown-values'] })));
});

test('the card takes the SDK’s result unchanged (Dates), and renders it on the server with ISO strings inline', async () => {
  const kombo = new Kombo({ api_key: API_KEY, server_url: fake.url });
  const result = await kombo.general.getIntegrationDetails({ integration_id: 'data-expired' });
  assert.ok(result.data.created_at instanceof Date);
  assert.ok(result.data.data_expired_at instanceof Date);
  for (const input of [result, result.data]) {
    const parsed = parseIntegration(input);
    assert.equal(parsed.ok, true);
    assert.equal(parsed.integration.created_at, integrations['data-expired'].created_at);
  }
  const markup = await renderCard(result);
  // The same markup as for the JSON the API sends, which the hydration test hydrates (no refetch).
  assert.equal(markup, await renderCard(JSON.parse(JSON.stringify(result))));
  assert.ok(markup.includes('Data expired') || markup.includes(integrations['data-expired'].tool.label));
  const inline = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(markup)[1]);
  assert.equal(inline.data.created_at, integrations['data-expired'].created_at);
  assert.equal(inline.data.data_expired_at, integrations['data-expired'].data_expired_at);
});

test('the README shows the example server line for line', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const source = readFileSync(new URL('../../demo/kombo-backend.mjs', import.meta.url), 'utf8');
  assert.ok(readme.includes(`\`\`\`js\n${source}\`\`\``), 'README’s backend block differs from demo/kombo-backend.mjs');
});

test('the SDK is for the examples and tests only: not a runtime dependency, not in any built file', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@kombo-api/connect', 'lit', 'zod']);
  assert.ok(pkg.devDependencies['@kombo-api/sdk']);
  const { readdirSync } = await import('node:fs');
  const built = readdirSync(new URL('../../dist/', import.meta.url), { recursive: true }).filter((file) =>
    file.endsWith('.js'),
  );
  assert.ok(built.length > 10);
  for (const file of built) {
    const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(code, /(from|import\()\s*["']@kombo-api\/sdk/, file);
    assert.ok(!code.includes('KomboGeneralError'), `${file} bundles the SDK`);
  }
});
