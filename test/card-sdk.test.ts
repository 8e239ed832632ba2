import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { credentialsInvalid } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { part, textOf, waitUntil } from './helpers.js';

// The whole chain the README describes: the card → the example backend (demo/kombo-backend.mjs,
// Kombo's SDK) → a fake Kombo API on loopback (demo/fake-kombo-api.mjs), served by the test runner
// at /api/kombo/ (demo/kombo-chain.mjs).
const API = '/api/kombo/integrations';

/** A session of its own for the fake's repairs: the three browsers share one fake Kombo API. */
const own = (id: string) => `${id}~${Math.random().toString(36).slice(2)}`;

async function throughSdk(id: string, attrs: Record<string, string> = {}) {
  const card = document.createElement('kombo-integration-card');
  card.setAttribute('src', `${API}/${id}`);
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  const settled = Promise.race([oneEvent(card, 'kombo-load'), oneEvent(card, 'kombo-error')]);
  await fixture(html`<div>${card}</div>`);
  await settled;
  await card.updateComplete;
  return card;
}

const modal = () => document.querySelector<HTMLIFrameElement>('body > iframe');

afterEach(() => modal()?.remove());

describe('through Kombo’s SDK', () => {
  it('loads an integration through the example backend and shows it', async () => {
    const card = await throughSdk(own('credentials-invalid'));
    expect(card.state).to.equal('ready');
    expect(card.data!.id).to.equal(credentialsInvalid.id);
    expect(card.data!.created_at).to.equal(credentialsInvalid.created_at);
    expect(textOf(part(card, 'title')[0]!)).to.equal(credentialsInvalid.tool.label);
    expect(textOf(part(card, 'status')[0]!)).to.contain('Credentials invalid');
  });

  it('repairs through it: the link comes from Kombo via the backend, and the card comes back healthy', async () => {
    const id = own('credentials-invalid');
    const card = await throughSdk(id, { 'relink-src': `${API}/${id}/relink` });
    part(card, 'reconnect')[0]!.click();
    const ready = () => {
      const page = modal()?.contentDocument;
      return page?.location.pathname === '/demo/mock-connect.html' && page.readyState === 'complete' ? page : null;
    };
    await waitUntil(ready, 'the Connect page opened with Kombo’s link');
    const link = new URL(modal()!.src);
    expect(link.searchParams.get('integration')).to.equal(id);
    expect(link.searchParams.get('kind')).to.equal('relink');
    expect(link.searchParams.get('language')).to.equal('en');
    const complete = oneEvent(card, 'kombo-connect-complete');
    const reloaded = oneEvent(card, 'kombo-load');
    ready()!.querySelector<HTMLButtonElement>('#finish')!.click();
    await complete;
    await reloaded;
    await card.updateComplete;
    expect(card.data!.status).to.equal('ACTIVE');
    expect(part(card, 'reconnect')).to.have.length(0);
  });

  it('shows Kombo’s errors as Kombo sent them, with their status and code', async () => {
    for (const [id, status, code, words] of [
      ['no-such-integration', 404, 'PLATFORM.INTEGRATION_NOT_FOUND', 'Integration not found'],
      ['rate-limited', 429, 'PLATFORM.RATE_LIMIT_EXCEEDED', 'Rate limit exceeded'],
    ] as const) {
      const card: KomboIntegrationCard = await throughSdk(id);
      expect(card.state).to.equal('error');
      expect(card.error).to.include({ kind: 'api', status, code });
      expect(textOf(part(card, 'error')[0]!)).to.contain(words);
    }
  });

  it('says when the integration service did not answer in time, without naming it', async function () {
    this.timeout(15000);
    const card = await throughSdk('slow');
    expect(card.error).to.include({ kind: 'api', status: 504, code: null });
    const text = textOf(part(card, 'error')[0]!);
    expect(text).to.contain('The integration service did not answer in time');
    expect(text).to.not.match(/kombo/i);
  });
});
