import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { credentialsInvalid, healthy, setupIncomplete } from '../demo/fixtures.mjs';
import type { Fetcher } from '../src/load/request.js';
import { expectAccessible, part, textOf, waitUntil } from './helpers.js';

const CONNECT_EVENTS = ['kombo-connect-start', 'kombo-connect-complete', 'kombo-connect-cancel', 'kombo-connect-error'];

/** A card on the mock backend, with its own session so repairs in one test do not leak into another. */
async function repairable(
  id: string,
  { attrs = {}, query = '' }: { attrs?: Record<string, string>; query?: string } = {},
) {
  const session = `s${Math.random().toString(36).slice(2)}`;
  const calls: { url: string; init: RequestInit }[] = [];
  const card = document.createElement('kombo-integration-card');
  card.fetcher = (url, init) => {
    calls.push({ url, init });
    return fetch(url, init);
  };
  card.setAttribute('src', `/api/integrations/${id}?session=${session}`);
  card.setAttribute('relink-src', `/api/integrations/${id}/relink?session=${session}${query}`);
  card.setAttribute('setup-link-src', `/api/integrations/${id}/setup-link?session=${session}${query}`);
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  for (const type of [...CONNECT_EVENTS, 'kombo-load', 'kombo-error'])
    card.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  // A card that failed to load says why, instead of leaving the test to time out.
  const loaded = new Promise<void>((resolve, reject) => {
    card.addEventListener('kombo-load', () => resolve(), { once: true });
    card.addEventListener(
      'kombo-error',
      ({ detail }) => reject(new Error(`the card did not load: ${JSON.stringify(detail.error)}`)),
      { once: true },
    );
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button>${card}</div>`);
  await loaded;
  await card.updateComplete;
  const posts = () => calls.filter((call) => call.init.method === 'POST');
  return { card, events, calls, posts, wrapper, session };
}

const modal = () => document.querySelector<HTMLIFrameElement>('body > iframe');

/** Waits for the mock Connect page in the package's frame, then presses one of its buttons. */
async function inConnect(button: '#finish' | '#cancel') {
  // The frame starts on about:blank (already "complete"): wait for the mock page itself.
  const ready = () => {
    const page = modal()?.contentDocument;
    return page?.location.pathname === '/demo/mock-connect.html' && page.readyState === 'complete'
      ? page.querySelector<HTMLButtonElement>(button)
      : null;
  };
  await waitUntil(ready, 'the mock Connect page is ready');
  ready()!.click();
}

const types = (events: { type: string }[]) => events.map((event) => event.type);

afterEach(async () => {
  // A failed test may leave the package's modal open; close it the way a customer would.
  if (modal()) await inConnect('#cancel').catch(() => undefined);
});

describe('repair: reconnect and finish setup', () => {
  it('reconnects: request with the language, Kombo Connect, events, refreshed healthy card, focus on the heading', async () => {
    const { card, events, posts } = await repairable('credentials-invalid');
    const button = part(card, 'reconnect')[0]!;
    expect(textOf(button)).to.equal('Reconnect');
    expect(textOf(button.parentElement)).to.contain('Reconnect the integration to resume.');
    button.click();
    await waitUntil(() => modal(), 'the package opened its frame');
    const [post] = posts();
    expect(post!.url).to.contain('/api/integrations/credentials-invalid/relink');
    expect(JSON.parse(post!.init.body as string)).to.deep.equal({ language: 'en' });
    const headers = new Headers(post!.init.headers);
    expect([headers.get('accept'), headers.get('content-type')]).to.deep.equal([
      'application/json',
      'application/json',
    ]);
    expect(post!.init.credentials).to.equal('same-origin');
    const frame = modal()!;
    expect(new URL(frame.src).pathname).to.equal('/demo/mock-connect.html');
    expect(new URL(frame.src).searchParams.get('sdkv')).to.not.equal(null, 'opened by @kombo-api/connect');
    expect(frame.title).to.equal('Reconnect Personio');
    expect(document.activeElement).to.equal(frame, 'keyboard users are inside the flow');
    const refreshed = oneEvent(card, 'kombo-load');
    await inConnect('#finish');
    await refreshed;
    await waitUntil(() => card.shadowRoot!.activeElement?.id === 'title', 'focus on the heading');
    expect(modal()).to.equal(null);
    expect(types(events)).to.deep.equal(['kombo-load', 'kombo-connect-start', 'kombo-connect-complete', 'kombo-load']);
    expect(events[1]!.detail).to.deep.equal({ kind: 'relink' });
    expect(events[2]!.detail).to.deep.equal({
      kind: 'relink',
      activationToken: 'mock-activation-relink-credentials-invalid',
    });
    expect(textOf(part(card, 'status')[0]!)).to.equal('Active');
    expect(part(card, 'reconnect')).to.have.length(0);
  });

  it('finishes setup the same way, from the setup status', async () => {
    const { card, events, posts } = await repairable('setup-incomplete');
    expect(part(card, 'reconnect')).to.have.length(0, 'the credentials are fine');
    const button = part(card, 'finish-setup')[0]!;
    expect(textOf(button)).to.equal('Finish setup');
    expect(button.closest('.state-row')!.querySelector('[part~="setup-status"]')).to.not.equal(null);
    button.click();
    await waitUntil(() => modal());
    expect(posts()[0]!.url).to.contain('/setup-link');
    const refreshed = oneEvent(card, 'kombo-load');
    await inConnect('#finish');
    await refreshed;
    expect(events.find((event) => event.type === 'kombo-connect-complete')!.detail.kind).to.equal('setup');
    expect(textOf(part(card, 'setup-status')[0]!)).to.equal('Setup complete');
    expect(part(card, 'finish-setup')).to.have.length(0);
  });

  it('asks for the link in the card’s language: en, de, fr, it or es, else English', async () => {
    for (const [lang, expected] of [
      ['de-CH', 'de'],
      ['fr', 'fr'],
      ['it', 'it'],
      ['es-MX', 'es'],
      ['nl', 'en'],
    ]) {
      const { card, posts } = await repairable('credentials-invalid', { attrs: { lang: lang! } });
      const cancelled = oneEvent(card, 'kombo-connect-cancel');
      part(card, 'reconnect')[0]!.click();
      await waitUntil(() => modal());
      expect(JSON.parse(posts()[0]!.init.body as string), lang).to.deep.equal({ language: expected });
      await inConnect('#cancel');
      await cancelled;
    }
  });

  it('cancels: an event, the card as it was, no refresh, focus back on the button', async () => {
    const { card, events, calls } = await repairable('credentials-invalid');
    const { data } = card;
    const button = part(card, 'reconnect')[0]!;
    button.click();
    await waitUntil(() => modal());
    const cancelled = oneEvent(card, 'kombo-connect-cancel');
    await inConnect('#cancel');
    expect((await cancelled).detail).to.deep.equal({ kind: 'relink' });
    await waitUntil(() => card.shadowRoot!.activeElement === part(card, 'reconnect')[0], 'focus back on the button');
    expect(modal()).to.equal(null);
    expect(card.data).to.equal(data);
    expect(card.state).to.equal('ready');
    expect(calls.filter((call) => !call.init.method || call.init.method === 'GET')).to.have.length(1);
    expect(types(events)).to.deep.equal(['kombo-load', 'kombo-connect-start', 'kombo-connect-cancel']);
    expect(part(card, 'connect-error')).to.have.length(0);
  });

  it('shows progress on the button while it works, and a second click does nothing: one request, one modal', async () => {
    const { card, posts } = await repairable('credentials-invalid', { query: '&latency=300' });
    const button = part(card, 'reconnect')[0]!;
    button.click();
    await card.updateComplete;
    expect(textOf(button)).to.equal('Opening…');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.hasAttribute('disabled')).to.equal(false, 'still focusable');
    await expectAccessible(card);
    button.click();
    button.click();
    await waitUntil(() => modal());
    await aTimeout(100);
    expect(posts()).to.have.length(1);
    expect(document.querySelectorAll('body > iframe')).to.have.length(1);
    await inConnect('#cancel');
    await waitUntil(() => button.getAttribute('aria-busy') === 'false');
    expect(textOf(button)).to.equal('Reconnect');
  });

  it('lets the host take over: preventDefault() on kombo-connect-start stops the card', async () => {
    const { card, posts, events } = await repairable('credentials-invalid');
    card.addEventListener('kombo-connect-start', (event) => event.preventDefault());
    part(card, 'reconnect')[0]!.click();
    await aTimeout(100);
    expect(posts()).to.have.length(0);
    expect(modal()).to.equal(null);
    expect(part(card, 'reconnect')[0]!.getAttribute('aria-busy')).to.equal('false');
    expect(types(events)).to.deep.equal(['kombo-load', 'kombo-connect-start']);
  });

  // The third column is set once the card has loaded: a short timeout must not race that first load
  // (on a busy machine WebKit's first request took longer than 300 ms, and the card never loaded).
  const failures: [string, string, Record<string, string>, string, string][] = [
    ['network', '&fail=network', {}, 'network', 'Check the connection'],
    ['timeout', '&fail=timeout', { timeout: '300' }, 'timeout', 'took too long'],
    ['http', '&fail=http', {}, 'http', 'HTTP 502'],
    ['api', '&fail=api', {}, 'api', 'Authentication invalid: The API key is not valid.'],
    ['not JSON', '&fail=parse', {}, 'parse', 'didn’t send a usable link'],
    ['no link', '&fail=nolink', {}, 'invalid-data', 'didn’t send a usable link'],
    ['null for an answer', '&fail=null', {}, 'invalid-data', 'didn’t send a usable link'],
    ['a link that is not https', '&fail=unsafe', {}, 'invalid-data', 'didn’t send a usable link'],
  ];
  for (const [name, query, attrs, kind, words] of failures) {
    it(`a failure to get the link (${name}): kombo-connect-error, an alert beside the button, the card untouched, try again`, async () => {
      const { card, events, posts } = await repairable('credentials-invalid', { query });
      for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
      const before = { state: card.state, data: card.data, error: card.error };
      part(card, 'reconnect')[0]!.click();
      const failed = await oneEvent(card, 'kombo-connect-error');
      expect(failed.detail.kind).to.equal('relink');
      expect(failed.detail.error.kind).to.equal(kind);
      if (kind === 'invalid-data') {
        expect(failed.detail.error.message).to.match(/^No usable link: /);
        expect(failed.detail.error.issues).to.deep.equal([{ path: 'link', message: 'expected an https: URL' }]);
      }
      await card.updateComplete;
      expect(modal()).to.equal(null, 'never opened');
      expect({ state: card.state, data: card.data, error: card.error }).to.deep.equal(before);
      const alert = part(card, 'connect-error')[0]!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(textOf(alert)).to.contain('Couldn’t start reconnecting.');
      expect(textOf(alert)).to.contain(words);
      expect(alert.parentElement).to.equal(part(card, 'reconnect')[0]!.parentElement, 'beside the button');
      // Marked by a rule, beyond its words and role (a style the flow's chunk brings with it).
      expect(getComputedStyle(alert).borderInlineStartWidth).to.equal('3px');
      expect(types(events)).to.deep.equal(['kombo-load', 'kombo-connect-start', 'kombo-connect-error']);
      await expectAccessible(card);
      part(card, 'reconnect')[0]!.click();
      await oneEvent(card, 'kombo-connect-error');
      expect(posts()).to.have.length(2, 'the button works again');
    });
  }

  it('reports a flow that cannot open (another one is open) as kombo-connect-error, kind connect', async () => {
    const first = await repairable('credentials-invalid');
    const second = await repairable('setup-incomplete');
    part(first.card, 'reconnect')[0]!.click();
    await waitUntil(() => modal());
    const frame = modal()!;
    await waitUntil(() => document.activeElement === frame);
    part(second.card, 'finish-setup')[0]!.click();
    const failed = await oneEvent(second.card, 'kombo-connect-error');
    expect(failed.detail.error.kind).to.equal('connect');
    expect(frame.title).to.equal('Reconnect Personio', 'the open flow keeps its name');
    await second.card.updateComplete;
    expect(textOf(part(second.card, 'connect-error')[0]!)).to.contain('The connection window couldn’t open.');
    expect(document.querySelectorAll('body > iframe')).to.have.length(1);
  });
});

describe('repair: the link’s shape and the card’s life', () => {
  it('takes a bare { link } as well as Kombo’s envelope', async () => {
    const { card } = await repairable('credentials-invalid', { query: '&shape=bare' });
    part(card, 'reconnect')[0]!.click();
    await waitUntil(() => modal(), 'opened from a bare link');
    const cancelled = oneEvent(card, 'kombo-connect-cancel');
    await inConnect('#cancel');
    await cancelled;
  });

  it('abandons a link request when the card is removed: nothing opens, no event', async () => {
    const { card, events, calls } = await repairable('credentials-invalid', { query: '&latency=300' });
    part(card, 'reconnect')[0]!.click();
    await waitUntil(() => calls.some((call) => call.init.method === 'POST'));
    const post = calls.find((call) => call.init.method === 'POST')!;
    card.remove();
    expect(post.init.signal!.aborted).to.equal(true);
    await aTimeout(500);
    expect(modal()).to.equal(null);
    expect(types(events)).to.deep.equal(['kombo-load', 'kombo-connect-start']);
  });
});

describe('repair: the hook and the inputs', () => {
  it('uses createConnectLink instead of the URLs, with the kind and the integration', async () => {
    const asked: unknown[] = [];
    const calls: string[] = [];
    const card = document.createElement('kombo-integration-card');
    card.fetcher = ((url, init) => (calls.push(url), fetch(url, init))) as Fetcher;
    card.integration = credentialsInvalid;
    card.createConnectLink = async (request) => {
      asked.push(request);
      return `${location.origin}/demo/mock-connect.html?integration=hook&kind=${request.kind}`;
    };
    await fixture(html`<div>${card}</div>`);
    const complete = oneEvent(card, 'kombo-connect-complete');
    part(card, 'reconnect')[0]!.click();
    await inConnect('#finish');
    expect((await complete).detail.activationToken).to.equal('mock-activation-relink-hook');
    expect(asked).to.deep.equal([{ kind: 'relink', integration: card.data }]);
    expect(calls).to.deep.equal([], 'no request of its own, and no refresh: the host has the data');
    await waitUntil(() => card.shadowRoot!.activeElement === part(card, 'reconnect')[0], 'focus back on the button');
  });

  it('reports a hook that rejects, keeping a card error it rejects with', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = setupIncomplete;
    card.createConnectLink = () => Promise.reject({ kind: 'http', status: 503, message: 'HTTP 503' });
    await fixture(html`<div>${card}</div>`);
    part(card, 'finish-setup')[0]!.click();
    const failed = await oneEvent(card, 'kombo-connect-error');
    expect(failed.detail.error).to.deep.equal({ kind: 'http', status: 503, message: 'HTTP 503' });
    card.createConnectLink = () => Promise.reject(new TypeError('Failed to fetch'));
    await card.updateComplete;
    part(card, 'finish-setup')[0]!.click();
    expect((await oneEvent(card, 'kombo-connect-error')).detail.error.kind).to.equal('network');
    await card.updateComplete;
    expect(textOf(part(card, 'connect-error')[0]!)).to.contain('Couldn’t open the setup.');
    // Something shaped like a card error but without its message is a failed request, not kept.
    card.createConnectLink = () => Promise.reject({ kind: 'http' });
    await card.updateComplete;
    part(card, 'finish-setup')[0]!.click();
    expect((await oneEvent(card, 'kombo-connect-error')).detail.error.kind).to.equal('network');
  });

  it('opens only a link given as text: a hook that answers with a URL object or an envelope opens nothing', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = setupIncomplete;
    const link = `${location.origin}/demo/mock-connect.html`;
    await fixture(html`<div>${card}</div>`);
    for (const answer of [new URL(link), { link }]) {
      card.createConnectLink = (() => Promise.resolve(answer)) as unknown as typeof card.createConnectLink;
      await card.updateComplete;
      part(card, 'finish-setup')[0]!.click();
      const failed = await oneEvent(card, 'kombo-connect-error');
      expect(failed.detail.error.kind).to.equal('invalid-data');
      await aTimeout(100);
      expect(modal()).to.equal(null, 'never opened');
    }
  });

  it('reports a relink-src that is not a URL as a failed request, with an alert', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = credentialsInvalid;
    card.setAttribute('relink-src', 'http://[not-a-url');
    await fixture(html`<div>${card}</div>`);
    part(card, 'reconnect')[0]!.click();
    const failed = await oneEvent(card, 'kombo-connect-error');
    expect(failed.detail.error.kind).to.equal('network');
    await card.updateComplete;
    expect(textOf(part(card, 'connect-error')[0]!)).to.contain('Couldn’t start reconnecting.');
    expect(modal()).to.equal(null);
  });

  it('offers no button without a way to get a link, or when nothing needs fixing', async () => {
    const plain = document.createElement('kombo-integration-card');
    plain.integration = credentialsInvalid;
    await fixture(html`<div>${plain}</div>`);
    expect(part(plain, 'reconnect')).to.have.length(0);
    const fine = document.createElement('kombo-integration-card');
    fine.integration = healthy;
    fine.relinkSrc = '/x';
    fine.setupLinkSrc = '/y';
    await fixture(html`<div>${fine}</div>`);
    expect(part(fine, 'reconnect')).to.have.length(0);
    expect(part(fine, 'finish-setup')).to.have.length(0);
  });

  it('offers the buttons in the summary variant too', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = { ...credentialsInvalid, setup_status: 'INCOMPLETE' };
    card.variant = 'summary';
    card.createConnectLink = async () => 'https://connect.example/x';
    await fixture(html`<div>${card}</div>`);
    expect(part(card, 'reconnect')).to.have.length(1);
    expect(part(card, 'finish-setup')).to.have.length(1);
    await expectAccessible(card);
  });

  it('works with the keyboard alone: Tab to Reconnect, Enter, the flow, focus back', async () => {
    const { card, wrapper } = await repairable('credentials-invalid');
    wrapper.querySelector('button')!.focus();
    for (let i = 0; i < 5 && card.shadowRoot!.activeElement !== part(card, 'reconnect')[0]; i++)
      await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'reconnect')[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => modal() && document.activeElement === modal(), 'focus moved into the flow');
    const refreshed = oneEvent(card, 'kombo-load');
    await inConnect('#finish');
    await refreshed;
    await waitUntil(() => card.shadowRoot!.activeElement?.id === 'title', 'focus on the heading');
  });
});
