import assert from 'node:assert/strict';
import { test } from 'node:test';
import { credentialsInvalid, seed } from '../../demo/fixtures.mjs';
import { renderCard, renderSrcCard } from '../../demo/ssr-render.mjs';

test('renders the seed integration to declarative shadow DOM, content included', async () => {
  const markup = await renderCard(seed);
  assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
  for (const text of [
    'Factorial',
    'HR software',
    'Active',
    'Setup complete',
    'Acme',
    'example-integration-creator@acme.com',
    'Anonymous Scopes',
    'factorial:8d1hpPsbjxUkoCoa1veLZGe5',
    'Employees',
    '0 of 1 fields available',
  ]) {
    assert.ok(markup.includes(text), `missing ${text}`);
  }
  assert.match(markup, /<h2 part="title"[^>]*>(<!--[^>]*-->)*Factorial/);
  const shadow = markup.split('<script type="application/json">')[0];
  assert.ok(!shadow.includes('internal_label'), 'internal_label never rendered');
  assert.match(markup, /<script type="application\/json">\{"status":"success"/);
});

test('renders another state and keeps data inert inside the inline script', async () => {
  const evil = structuredClone(credentialsInvalid);
  evil.end_user.organization_name = '</script><script>alert(1)</script>';
  const markup = await renderCard(evil);
  assert.ok(markup.includes('Credentials invalid'));
  assert.ok(markup.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped in the shadow DOM');
  assert.equal(markup.match(/<script>alert/g), null, 'no live script injected');
});

test('renders in each of the five languages, strings and dates, after loading the table', async () => {
  const samples = {
    de: ['Datenabdeckung', '7. August 2022'],
    fr: ['Couverture des données', '7 août 2022'],
    es: ['Cobertura de datos', '7 de agosto de 2022'],
    it: ['Copertura dei dati', '7 agosto 2022'],
    en: ['Data coverage', 'August 7, 2022'],
  };
  for (const [lang, texts] of Object.entries(samples)) {
    const markup = await renderCard(seed, { lang });
    for (const text of texts) assert.ok(markup.includes(text), `${lang}: ${text}`);
    if (lang !== 'en') assert.ok(!markup.includes('Data coverage'), `${lang}: no English left`);
  }
});

test('renders a card with src in its loading state, without fetching on the server', async () => {
  const fetched = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (...args) => {
    fetched.push(args[0]);
    return realFetch(...args);
  };
  try {
    const markup = await renderSrcCard('/api/integrations/healthy');
    assert.match(markup, /<kombo-integration-card[^>]* src="\/api\/integrations\/healthy"/);
    assert.match(markup, /part="base loading"/);
    assert.ok(markup.includes('Loading integration…'));
    assert.ok(!markup.includes('Factorial'));
    assert.deepEqual(fetched, []);
  } finally {
    globalThis.fetch = realFetch;
  }
});
