import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Fetcher } from '../src/load/fetch-integration.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { seed } from '../demo/fixtures.mjs';
import { part, textOf } from './helpers.js';

const api = (id: string, query = '') => `/api/integrations/${id}${query}`;

/** A fetcher that records every request and passes it to the real fetch (and the mock backend). */
function recordingFetcher() {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: Fetcher = (url, init) => {
    calls.push({ url, init });
    return fetch(url, init);
  };
  return { calls, fetcher };
}

async function cardFor(src: string, attrs: Record<string, string> = {}, fetcher?: Fetcher) {
  const card = document.createElement('kombo-integration-card');
  if (fetcher) card.fetcher = fetcher;
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.setAttribute('src', src);
  const events: string[] = [];
  for (const type of ['kombo-loadstart', 'kombo-load', 'kombo-error'])
    card.addEventListener(type, () => events.push(type));
  const settled = new Promise((resolve) => {
    card.addEventListener('kombo-load', resolve);
    card.addEventListener('kombo-error', resolve);
  });
  await fixture(html`<div>${card}</div>`);
  return { card, events, settled };
}

describe('src: loading', () => {
  it('is loading while the first request is in flight, then ready, with loadstart then load', async () => {
    const { card, events, settled } = await cardFor(api('healthy', '?latency=150'));
    await card.updateComplete;
    expect(card.state).to.equal('loading');
    expect(textOf(part(card, 'loading')[0]!)).to.contain('Loading integration…');
    await settled;
    expect(card.state).to.equal('ready');
    expect(card.data!.tool.label).to.equal('Factorial');
    expect(events).to.deep.equal(['kombo-loadstart', 'kombo-load']);
  });

  it('resolves a relative URL against the page and sends Accept: application/json with the credentials mode', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor('api/integrations/seed', { credentials: 'include' }, fetcher);
    await settled;
    expect(card.state).to.equal('ready');
    expect(calls[0]!.url).to.equal(new URL('api/integrations/seed', document.baseURI).href);
    expect(new Headers(calls[0]!.init.headers).get('accept')).to.equal('application/json');
    expect(calls[0]!.init.credentials).to.equal('include');
    expect(calls[0]!.init.method).to.equal('GET');
  });

  it('uses same-origin credentials by default', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    expect(calls[0]!.init.credentials).to.equal('same-origin');
  });

  it('returns to the empty state when src is removed', async () => {
    const { card, settled } = await cardFor(api('seed'));
    await settled;
    card.removeAttribute('src');
    await card.updateComplete;
    expect(card.state).to.equal('empty');
    expect(card.data).to.equal(undefined);
  });

  it('lets a host fetcher answer with its own Response objects', async () => {
    const fetcher: Fetcher = async () =>
      new Response(JSON.stringify(seed), { headers: { 'content-type': 'application/json' } });
    const { card, settled } = await cardFor('https://vendor.example/integration', {}, fetcher);
    await settled;
    expect(card.data!.id).to.equal(seed.data.id);
  });
});

describe('src: failures', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['network', '?fail=network', {}, 'couldn’t be loaded'],
    ['timeout', '?fail=timeout', { timeout: 300 }, 'took too long'],
    ['http', '?fail=http', { status: 502 }, 'HTTP 502'],
    [
      'api',
      '?fail=api',
      {
        status: 401,
        code: 'PLATFORM.AUTHENTICATION_INVALID',
        title: 'Authentication invalid',
        message: 'The API key is not valid.',
      },
      'Authentication invalid: The API key is not valid.',
    ],
    ['parse', '?fail=parse', { status: 200 }, 'did not send integration data'],
    ['parse', '?fail=empty', { status: 204 }, 'did not send integration data'],
    ['invalid-data', '?fail=invalid', {}, 'incomplete or malformed'],
  ];
  for (const [kind, query, fields, text] of cases) {
    it(`${query}: error kind ${kind}, a message on screen and a retry button`, async () => {
      const { card, events, settled } = await cardFor(api('healthy', query), { timeout: '300' });
      await settled;
      await card.updateComplete;
      expect(card.state).to.equal('error');
      expect(card.error!.kind).to.equal(kind);
      expect(card.error).to.include(fields);
      expect(events).to.deep.equal(['kombo-loadstart', 'kombo-error']);
      const box = part(card, 'error')[0]!;
      expect(textOf(box)).to.contain(text);
      expect(part(card, 'retry')).to.have.length(1);
    });
  }

  it('reports an unknown integration as Kombo’s not-found error, with log_url only in the event', async () => {
    const { card, settled } = await cardFor(api('does-not-exist'));
    const event = (await settled) as CustomEvent;
    const error = card.error!;
    expect(event.detail.error).to.equal(error);
    if (error.kind !== 'api') throw new Error(error.kind);
    expect(error.status).to.equal(404);
    expect(error.code).to.equal('PLATFORM.INTEGRATION_NOT_FOUND');
    expect(error.log_url).to.contain('https://');
    await card.updateComplete;
    expect(textOf(part(card, 'error')[0]!)).to.contain('Integration not found');
    expect(card.shadowRoot!.innerHTML).to.not.contain(error.log_url!);
    expect(card.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('retries from the retry button and recovers', async () => {
    let failing = true;
    const fetcher: Fetcher = (url, init) => fetch(failing ? `${url}?fail=http` : url, init);
    const { card, settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    expect(card.state).to.equal('error');
    failing = false;
    const loaded = oneEvent(card, 'kombo-load');
    part(card, 'retry')[0]!.click();
    await loaded;
    expect(card.state).to.equal('ready');
    expect(card.error).to.equal(undefined);
  });
});

describe('src: races and cancellation', () => {
  it('paints only the newest src: a slow first answer arriving late is dropped', async () => {
    const { card, events } = await cardFor(api('healthy', '?latency=400'));
    await card.updateComplete;
    card.src = api('beta', '?latency=20');
    await oneEvent(card, 'kombo-load');
    await aTimeout(550);
    expect(card.data!.tool.label).to.equal('Docebo');
    expect(events.filter((e) => e === 'kombo-load')).to.have.length(1);
    expect(events.filter((e) => e === 'kombo-error')).to.have.length(0);
  });

  it('aborts the first request when src changes quickly', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card } = await cardFor(api('healthy', '?latency=300'), {}, fetcher);
    await card.updateComplete;
    card.src = api('beta');
    await oneEvent(card, 'kombo-load');
    expect(calls).to.have.length(2);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('setting integration while a request is in flight cancels the request', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, events } = await cardFor(api('healthy', '?latency=200'), {}, fetcher);
    await card.updateComplete;
    card.integration = seed;
    await card.updateComplete;
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    await aTimeout(300);
    expect(card.data!.tool.label).to.equal('Factorial');
    expect(card.data!.id).to.equal(seed.data.id);
    expect(events).to.deep.equal(['kombo-loadstart', 'kombo-load']);
  });

  it('setting src replaces data given earlier through integration', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card .integration=${seed}></kombo-integration-card>`,
    );
    card.src = api('beta');
    await card.updateComplete;
    expect(card.state).to.equal('loading');
    expect(card.data).to.equal(undefined);
    await oneEvent(card, 'kombo-load');
    expect(card.data!.tool.label).to.equal('Docebo');
  });

  it('aborts on disconnect, fires nothing, and fetches again when put back', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, events } = await cardFor(api('seed', '?latency=200'), {}, fetcher);
    const parent = card.parentElement!;
    card.remove();
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    await aTimeout(300);
    expect(events).to.deep.equal(['kombo-loadstart']);
    parent.append(card);
    await oneEvent(card, 'kombo-load');
    expect(calls).to.have.length(2);
  });

  it('never requests the same src twice at the same time', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed', '?latency=150'), {}, fetcher);
    const refreshes = Promise.all([card.refresh(), card.refresh()]);
    await settled;
    await refreshes;
    expect(calls).to.have.length(1);
  });
});

describe('src: refresh', () => {
  it('keeps the last good integration on screen with a busy indication, and settles once shown', async () => {
    let query = '';
    const fetcher: Fetcher = (url, init) => fetch(`${url}${query}`, init);
    const { card, settled } = await cardFor(api('healthy'), {}, fetcher);
    await settled;
    query = '?latency=150';
    const refreshed = card.refresh();
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(textOf(part(card, 'title')[0]!)).to.equal('Factorial');
    const busy = part(card, 'busy')[0]!;
    expect(busy.getAttribute('role')).to.equal('status');
    expect(textOf(busy)).to.equal('Updating…');
    expect(part(card, 'base')[0]!.getAttribute('aria-busy')).to.equal('true');
    await refreshed;
    expect(part(card, 'busy')).to.have.length(0);
    expect(part(card, 'base')[0]!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows a failed refresh beside the last good data, not instead of it', async () => {
    let query = '';
    const fetcher: Fetcher = (url, init) => fetch(`${url}${query}`, init);
    const { card, settled } = await cardFor(api('healthy'), {}, fetcher);
    await settled;
    query = '?fail=http';
    const failed = oneEvent(card, 'kombo-error');
    await card.refresh();
    await failed;
    expect(card.state).to.equal('error');
    expect(card.data!.tool.label).to.equal('Factorial');
    expect(textOf(part(card, 'title')[0]!)).to.equal('Factorial');
    const error = part(card, 'error')[0]!;
    expect(textOf(error)).to.contain('Couldn’t update. Showing the last loaded details.');
    expect(textOf(error)).to.contain('HTTP 502');
    query = '';
    await card.refresh();
    expect(card.state).to.equal('ready');
    expect(part(card, 'error')).to.have.length(0);
  });

  it('resolves at once when there is no src', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card .integration=${seed}></kombo-integration-card>`,
    );
    await card.refresh();
    expect(card.state).to.equal('ready');
  });
});

describe('src: polling', () => {
  let visibility: PropertyDescriptor | undefined;
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    visibility = undefined;
  });

  function setVisibility(state: 'hidden' | 'visible') {
    visibility = { configurable: true, get: () => state };
    Object.defineProperty(document, 'visibilityState', visibility);
    document.dispatchEvent(new Event('visibilitychange'));
  }

  it('polls at refresh-interval, pauses while the page is hidden and resumes when it is shown', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), { 'refresh-interval': '0.1' }, fetcher);
    await settled;
    await waitUntil(() => calls.length >= 3, 'polls', { timeout: 3000 });
    setVisibility('hidden');
    await aTimeout(150);
    const whileHidden = calls.length;
    await aTimeout(400);
    expect(calls.length).to.be.at.most(whileHidden + 1);
    setVisibility('visible');
    await waitUntil(() => calls.length >= whileHidden + 2, 'resumes', { timeout: 3000 });
    card.remove();
    const afterRemoval = calls.length;
    await aTimeout(300);
    expect(calls.length).to.equal(afterRemoval);
  });

  it('does not poll by default', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    await aTimeout(300);
    expect(calls).to.have.length(1);
  });
});

describe('src: lazy loading', () => {
  it('waits until the card is near the viewport', async () => {
    const { calls, fetcher } = recordingFetcher();
    const spacer = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div></div>`);
    const card = document.createElement('kombo-integration-card');
    card.fetcher = fetcher;
    card.setAttribute('loading', 'lazy');
    card.setAttribute('src', api('seed'));
    spacer.append(card);
    await card.updateComplete;
    await aTimeout(200);
    expect(calls).to.have.length(0);
    expect(card.state).to.equal('loading');
    const loaded = oneEvent(card, 'kombo-load');
    card.scrollIntoView();
    await loaded;
    expect(calls).to.have.length(1);
    window.scrollTo(0, 0);
  });
});

describe('src: nothing leaks', () => {
  it('a thousand connect/disconnect cycles leave no request, listener or observer behind', async () => {
    const counts = { listeners: 0, observers: 0 };
    const addListener = document.addEventListener;
    const removeListener = document.removeEventListener;
    const NativeObserver = window.IntersectionObserver;
    document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
      if (args[0] === 'visibilitychange') counts.listeners++;
      return addListener.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (this: Document, ...args: Parameters<Document['removeEventListener']>) {
      if (args[0] === 'visibilitychange') counts.listeners--;
      return removeListener.apply(this, args);
    } as Document['removeEventListener'];
    window.IntersectionObserver = class extends NativeObserver {
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        counts.observers++;
      }
      override disconnect() {
        counts.observers--;
        super.disconnect();
      }
    };
    const signals: AbortSignal[] = [];
    const fetcher: Fetcher = (_url, init) => {
      signals.push(init.signal!);
      return new Promise(() => {});
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('kombo-integration-card');
      card.fetcher = fetcher;
      card.setAttribute('refresh-interval', '1');
      card.setAttribute('src', api('seed'));
      const lazy = document.createElement('kombo-integration-card');
      lazy.fetcher = fetcher;
      lazy.setAttribute('loading', 'lazy');
      lazy.setAttribute('src', api('seed'));
      for (let i = 0; i < 1000; i++) {
        host.append(card, lazy);
        if (i === 0) await Promise.all([card.updateComplete, lazy.updateComplete]);
        card.remove();
        lazy.remove();
      }
      expect(signals.length).to.be.greaterThan(900);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      expect(counts.listeners).to.equal(0);
      expect(counts.observers).to.equal(0);
    } finally {
      document.addEventListener = addListener;
      document.removeEventListener = removeListener;
      window.IntersectionObserver = NativeObserver;
    }
  });
});
