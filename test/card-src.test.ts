import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { Fetcher } from '../src/load/request.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { beta, healthy, seed } from '../demo/fixtures.mjs';
import { expectAccessible, part, textOf, waitUntil } from './helpers.js';
import { matchesState } from './states.js';
import { trackPageResources } from './page-resources.js';

const api = (id: string, query = '') => `/api/integrations/${id}${query}`;
const absolute = (url: string) => new URL(url, document.baseURI).href;
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** A fetcher that records every request and passes it to the real fetch (and the mock backend). */
function recordingFetcher() {
  const calls: { url: string; init: RequestInit; at: number }[] = [];
  const fetcher: Fetcher = (url, init) => {
    calls.push({ url, init, at: performance.now() });
    return fetch(url, init);
  };
  return { calls, fetcher };
}

/** A fetcher that answers only when told to, and ignores its abort signal (as some HTTP clients do). */
function deafFetcher() {
  const pending = new Map<string, (response: Response) => void>();
  const fetcher: Fetcher = (url) => new Promise((resolve) => pending.set(url, resolve));
  const answer = (url: string, body: unknown) => pending.get(absolute(url))!(json(body));
  return { fetcher, answer, pending };
}

async function cardFor(src: string, attrs: Record<string, string> = {}, fetcher?: Fetcher) {
  const card = document.createElement('kombo-integration-card');
  if (fetcher) card.fetcher = fetcher;
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.setAttribute('src', src);
  const events: string[] = [];
  for (const type of ['kombo-loadstart', 'kombo-load', 'kombo-error'])
    card.addEventListener(type, () => events.push(type));
  const settled = new Promise<Event>((resolve) => {
    card.addEventListener('kombo-load', resolve);
    card.addEventListener('kombo-error', resolve);
  });
  await fixture(html`<div>${card}</div>`);
  return { card, events, settled };
}

describe('src: loading', () => {
  it('is loading while the first request is in flight, then ready, with loadstart { url } then load', async () => {
    const details: unknown[] = [];
    const card = document.createElement('kombo-integration-card');
    card.addEventListener('kombo-loadstart', (event) => details.push(event.detail));
    card.src = api('healthy', '?latency=150');
    await fixture(html`<div>${card}</div>`);
    await card.updateComplete;
    expect(card.state).to.equal('loading');
    expect(matchesState(card, 'loading')).to.equal(true);
    expect(matchesState(card, 'busy')).to.equal(true);
    expect(textOf(part(card, 'loading')[0]!)).to.contain('Loading integration…');
    expect(details).to.deep.equal([{ url: absolute(api('healthy', '?latency=150')) }]);
    await oneEvent(card, 'kombo-load');
    expect(card.state).to.equal('ready');
    expect(matchesState(card, 'loading')).to.equal(false);
    expect(matchesState(card, 'busy')).to.equal(false);
    expect(card.data!.tool.label).to.equal('Factorial');
  });

  it('resolves a relative URL against the page and sends Accept: application/json with the credentials mode', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor('api/integrations/seed', { credentials: 'include' }, fetcher);
    await settled;
    expect(card.state).to.equal('ready');
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal(absolute('api/integrations/seed'));
    expect(new Headers(calls[0]!.init.headers).get('accept')).to.equal('application/json');
    expect(calls[0]!.init.credentials).to.equal('include');
    expect(calls[0]!.init.method).to.equal('GET');
    expect(calls[0]!.init.body).to.equal(undefined);
  });

  it('uses same-origin credentials by default', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    expect(calls[0]!.init.credentials).to.equal('same-origin');
  });

  it('lets a host fetcher answer with its own Response objects', async () => {
    const fetcher: Fetcher = async () => json(seed);
    const { card, settled } = await cardFor('https://vendor.example/integration', {}, fetcher);
    await settled;
    expect(card.data!.id).to.equal(seed.data.id);
  });

  it('returns to the empty state when src is removed', async () => {
    const { card, settled } = await cardFor(api('seed'));
    await settled;
    card.removeAttribute('src');
    await card.updateComplete;
    expect(card.state).to.equal('empty');
    expect(card.data).to.equal(undefined);
  });

  it('falls back to the integration set before src when src is removed', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card .integration=${healthy}></kombo-integration-card>`,
    );
    card.src = api('beta');
    await oneEvent(card, 'kombo-load');
    expect(card.data!.tool.label).to.equal('Docebo');
    const back = oneEvent(card, 'kombo-load');
    card.removeAttribute('src');
    await back;
    expect(card.data!.tool.label).to.equal('Factorial');
  });
});

describe('src: failures', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['network', '?fail=network', {}, 'couldn’t be loaded'],
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
    ['parse', '?fail=type', { status: 200 }, 'did not send integration data'],
    ['parse', '?fail=empty', { status: 204 }, 'did not send integration data'],
    ['invalid-data', '?fail=invalid', {}, 'incomplete or malformed'],
  ];
  // No timeout here: on a loaded machine a short one would race the failure being tested.
  for (const [kind, query, fields, text] of cases) {
    it(`${query}: error kind ${kind}, a message on screen and a retry button`, async () => {
      const { card, events, settled } = await cardFor(api('healthy', query));
      await settled;
      await card.updateComplete;
      expect(card.state).to.equal('error');
      expect(matchesState(card, 'error')).to.equal(true);
      expect(card.error!.kind).to.equal(kind);
      expect(card.error).to.include(fields);
      expect(events).to.deep.equal(['kombo-loadstart', 'kombo-error']);
      const box = part(card, 'error')[0]!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(textOf(box)).to.contain(text);
      expect(part(card, 'retry')).to.have.length(1);
    });
  }

  it('?fail=timeout: error kind timeout after the timeout asked for', async () => {
    // From before the card exists: its request (and the timer) starts while the fixture renders.
    const started = performance.now();
    const { card, settled } = await cardFor(api('healthy', '?fail=timeout'), { timeout: '300' });
    await settled;
    expect(performance.now() - started).to.be.at.least(290);
    expect(card.error).to.include({ kind: 'timeout', timeout: 300 });
    await card.updateComplete;
    expect(textOf(part(card, 'error')[0]!)).to.contain('took too long');
  });

  it('waits 15 seconds by default, and forever with timeout="0"', async () => {
    const delays: number[] = [];
    const native = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      delays.push(delay ?? 0);
      return native(handler, delay, ...args);
    }) as typeof window.setTimeout;
    try {
      const { card } = await cardFor(api('seed'), {}, () => new Promise(() => {}));
      expect(card.timeout).to.equal(15000);
      expect(delays).to.include(15000);
      delays.length = 0;
      const slow: Fetcher = (url, init) => aTimeout(150).then(() => fetch(url, init));
      const { card: patient, settled } = await cardFor(api('seed'), { timeout: '0' }, slow);
      await settled;
      expect(patient.timeout).to.equal(0);
      expect(patient.state).to.equal('ready');
      expect(delays.filter((delay) => delay === 0 || delay > 1000)).to.deep.equal([]);
    } finally {
      window.setTimeout = native;
    }
  });

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
    await card.updateComplete;
    expect(card.state).to.equal('loading', 'a retry after a failed first load shows loading, not the old error');
    await loaded;
    expect(card.state).to.equal('ready');
    expect(card.error).to.equal(undefined);
  });

  it('is axe clean in the error state with its retry button', async () => {
    const { card, settled } = await cardFor(api('healthy', '?fail=http'));
    await settled;
    await card.updateComplete;
    expect(part(card, 'retry')).to.have.length(1);
    await expectAccessible(card);
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
    expect(events).to.deep.equal(['kombo-loadstart', 'kombo-loadstart', 'kombo-load']);
  });

  it('never paints a late answer from a fetcher that ignores its abort signal', async () => {
    const { fetcher, answer } = deafFetcher();
    const { card, events } = await cardFor(api('healthy'), {}, fetcher);
    await card.updateComplete;
    card.src = api('beta');
    await card.updateComplete;
    answer(api('beta'), { status: 'success', data: beta });
    await oneEvent(card, 'kombo-load');
    answer(api('healthy'), { status: 'success', data: healthy });
    await aTimeout(50);
    await nextFrame();
    expect(card.data!.tool.label).to.equal('Docebo');
    expect(textOf(part(card, 'title')[0]!)).to.equal('Docebo');
    expect(events).to.deep.equal(['kombo-loadstart', 'kombo-loadstart', 'kombo-load']);
  });

  it('never paints a late answer after integration was set or the card was removed', async () => {
    const { fetcher, answer } = deafFetcher();
    const { card, events } = await cardFor(api('healthy'), {}, fetcher);
    await card.updateComplete;
    card.integration = beta;
    await card.updateComplete;
    answer(api('healthy'), { status: 'success', data: healthy });
    await aTimeout(50);
    expect(card.data!.tool.label).to.equal('Docebo');
    expect(events).to.deep.equal(['kombo-loadstart', 'kombo-load']);

    const other = await cardFor(api('seed'), {}, fetcher);
    await other.card.updateComplete;
    other.card.remove();
    answer(api('seed'), seed);
    await aTimeout(50);
    expect(other.card.data).to.equal(undefined);
    expect(other.events).to.deep.equal(['kombo-loadstart']);
  });

  it('aborts the first request when src changes quickly', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card } = await cardFor(api('healthy', '?latency=300'), {}, fetcher);
    await card.updateComplete;
    card.src = api('beta');
    await oneEvent(card, 'kombo-load');
    expect(calls).to.have.length(2);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    expect(calls[1]!.init.signal!.aborted).to.equal(false);
  });

  it('setting integration while a request is in flight cancels the request', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, events } = await cardFor(api('healthy', '?latency=200'), {}, fetcher);
    await card.updateComplete;
    card.integration = seed;
    await card.updateComplete;
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    await aTimeout(300);
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
  async function refreshing(query: string) {
    let suffix = '';
    const fetcher: Fetcher = (url, init) => fetch(`${url}${suffix}`, init);
    const loaded = await cardFor(api('healthy'), {}, fetcher);
    await loaded.settled;
    suffix = query;
    return loaded.card;
  }

  it('keeps the last good integration on screen with a busy indication, and settles once shown', async () => {
    const card = await refreshing('?latency=150');
    const refreshed = card.refresh();
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(matchesState(card, 'busy')).to.equal(true);
    expect(matchesState(card, 'ready')).to.equal(true);
    expect(textOf(part(card, 'title')[0]!)).to.equal('Factorial');
    const busy = part(card, 'busy')[0]!;
    expect(busy.getAttribute('role')).to.equal('status');
    expect(textOf(busy)).to.equal('Updating…');
    // Its style arrives with the src lifecycle's chunk, like its words: smaller than the card's text.
    expect(parseFloat(getComputedStyle(busy).fontSize)).to.be.below(parseFloat(getComputedStyle(card).fontSize));
    expect(part(card, 'base')[0]!.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(card);
    await refreshed;
    expect(part(card, 'busy')).to.have.length(0);
    expect(matchesState(card, 'busy')).to.equal(false);
    expect(part(card, 'base')[0]!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows a failed refresh beside the last good data, as an alert, not instead of it', async () => {
    const card = await refreshing('?fail=http');
    const failed = oneEvent(card, 'kombo-error');
    await card.refresh();
    await failed;
    expect(card.state).to.equal('error');
    expect(card.data!.tool.label).to.equal('Factorial');
    expect(textOf(part(card, 'title')[0]!)).to.equal('Factorial');
    const error = part(card, 'error')[0]!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Couldn’t update. Showing the last loaded details.');
    expect(textOf(error)).to.contain('HTTP 502');
    expect(part(card, 'retry')).to.have.length(1);
    await expectAccessible(card);
  });

  it('clears the stale error once a refresh succeeds', async () => {
    let suffix = '?fail=http';
    const fetcher: Fetcher = (url, init) => fetch(`${url}${suffix}`, init);
    const { card, settled } = await cardFor(api('healthy'), {}, fetcher);
    suffix = '';
    await settled;
    await card.refresh();
    suffix = '?fail=http';
    await card.refresh();
    expect(part(card, 'error')).to.have.length(1);
    suffix = '';
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
  const navigatorState = { onLine: true };
  before(() => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => navigatorState.onLine });
  });
  after(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    navigatorState.onLine = true;
  });

  function setVisibility(state: 'hidden' | 'visible') {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }

  function setOnline(online: boolean) {
    navigatorState.onLine = online;
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  }

  const gaps = (calls: { at: number }[]) => calls.slice(1).map((call, i) => call.at - calls[i]!.at);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  it('polls at the interval asked for', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), { 'refresh-interval': '0.2' }, fetcher);
    await settled;
    await waitUntil(() => calls.length >= 5, 'four polls', { timeout: 4000 });
    card.remove();
    const gap = median(gaps(calls));
    // Wide enough for a loaded machine, narrow enough to catch a tenth or ten times the interval.
    expect(gap, `median gap ${gap} ms`).to.be.within(190, 600);
  });

  it('does not poll by default, nor when the page is shown or goes online', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    expect(card.refreshInterval).to.equal(0);
    setVisibility('visible');
    setOnline(true);
    await aTimeout(400);
    expect(calls).to.have.length(1);
  });

  it('follows a change of refresh-interval at runtime: starts, stops, starts again', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    card.refreshInterval = 0.1;
    await waitUntil(() => calls.length >= 3, 'polls start', { timeout: 3000 });
    card.setAttribute('refresh-interval', '0');
    await aTimeout(150); // lets a request in flight finish
    const stopped = calls.length;
    await aTimeout(350);
    expect(calls.length).to.equal(stopped);
    card.setAttribute('refresh-interval', '0.1');
    await waitUntil(() => calls.length >= stopped + 2, 'polls start again', { timeout: 3000 });
    card.remove();
  });

  it('pauses while the page is hidden and resumes when it is shown', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), { 'refresh-interval': '0.1' }, fetcher);
    await settled;
    await waitUntil(() => calls.length >= 2, 'polls', { timeout: 3000 });
    setVisibility('hidden');
    await aTimeout(150);
    const whileHidden = calls.length;
    await aTimeout(400);
    expect(calls.length).to.equal(whileHidden);
    setVisibility('visible');
    await waitUntil(() => calls.length > whileHidden, 'resumes', { timeout: 1000 });
    card.remove();
    const afterRemoval = calls.length;
    await aTimeout(300);
    expect(calls.length).to.equal(afterRemoval);
  });

  it('pauses while offline and resumes when back online', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), { 'refresh-interval': '0.1' }, fetcher);
    await settled;
    setOnline(false);
    await aTimeout(150);
    const whileOffline = calls.length;
    await aTimeout(400);
    expect(calls.length).to.equal(whileOffline);
    setOnline(true);
    await waitUntil(() => calls.length > whileOffline, 'resumes online', { timeout: 1000 });
    card.remove();
  });
});

describe('src: while detached', () => {
  it('a removed card does not refresh, and a src given while detached waits for the card to be attached', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    const parent = card.parentElement!;
    card.remove();
    await card.refresh();
    card.src = api('beta');
    await card.updateComplete;
    await aTimeout(100);
    expect(calls).to.have.length(1);
    const loaded = oneEvent(card, 'kombo-load');
    parent.append(card);
    await loaded;
    expect(card.data!.tool.label).to.equal('Docebo');
  });

  it('a card that gets its first src while detached loads nothing until it is attached', async () => {
    const { calls, fetcher } = recordingFetcher();
    const card = await fixture<KomboIntegrationCard>(html`<kombo-integration-card></kombo-integration-card>`);
    card.fetcher = fetcher;
    const parent = card.parentElement!;
    card.remove();
    card.src = api('seed');
    await card.updateComplete;
    await aTimeout(100);
    expect(calls).to.have.length(0);
    const loaded = oneEvent(card, 'kombo-load');
    parent.append(card);
    await loaded;
    expect(calls).to.have.length(1);
  });
});

describe('src: no stray polls', () => {
  it('schedules no poll for a removed card, or after src is gone, whatever the interval', async () => {
    const { calls, fetcher } = recordingFetcher();
    const { card, settled } = await cardFor(api('seed'), {}, fetcher);
    await settled;
    const resources = trackPageResources();
    try {
      card.refreshInterval = 0.05;
      card.removeAttribute('src');
      await card.updateComplete;
      await card.refresh();
      expect(resources.live.timers, 'without src').to.equal(0);
      const parent = card.parentElement!;
      card.remove();
      card.src = api('seed');
      card.refreshInterval = 0.1;
      await card.updateComplete;
      expect(resources.live.timers, 'removed').to.equal(0);
      await resources.sleep(200);
      expect(calls).to.have.length(1);
      parent.append(card);
      await resources.until(() => calls.length >= 3, 'polls once attached again');
      card.remove();
    } finally {
      resources.stop();
    }
  });
});

describe('src: lazy loading', () => {
  it('waits until the card is near the viewport', async () => {
    const { calls, fetcher } = recordingFetcher();
    // The observer reports where the card is within a frame or two; far away, that is no request.
    const card = await lazyCardFarBelow(fetcher);
    await aTimeout(100);
    expect(calls).to.have.length(0);
    expect(card.state).to.equal('loading');
    const loaded = oneEvent(card, 'kombo-load');
    card.scrollIntoView();
    await loaded;
    expect(calls).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('starts within 300px of the viewport, like <img loading="lazy">', async () => {
    const { calls, fetcher } = recordingFetcher();
    const below = (px: number) => `height: ${innerHeight + px}px`;
    const near = await fixture<HTMLDivElement>(html`<div><div style=${below(150)}></div></div>`);
    const card = document.createElement('kombo-integration-card');
    card.fetcher = fetcher;
    card.setAttribute('loading', 'lazy');
    card.setAttribute('src', api('seed'));
    const loaded = oneEvent(card, 'kombo-load');
    near.append(card);
    await loaded;
    const far = await fixture<HTMLDivElement>(html`<div><div style=${below(600)}></div></div>`);
    const other = document.createElement('kombo-integration-card');
    other.fetcher = fetcher;
    other.setAttribute('loading', 'lazy');
    other.setAttribute('src', api('beta'));
    far.append(other);
    await aTimeout(300);
    expect(calls.map((call) => call.url)).to.deep.equal([absolute(api('seed'))]);
  });

  /** A lazy card far below the fold, with its observer's first report in. */
  async function lazyCardFarBelow(fetcher: Fetcher) {
    const spacer = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div></div>`);
    const card = document.createElement('kombo-integration-card');
    card.fetcher = fetcher;
    card.setAttribute('loading', 'lazy');
    card.setAttribute('src', api('seed'));
    spacer.append(card);
    await card.updateComplete;
    for (let i = 0; i < 4; i++) await nextFrame();
    return card;
  }

  it('requests nothing on coming into view once its src was removed', async () => {
    const { calls, fetcher } = recordingFetcher();
    const card = await lazyCardFarBelow(fetcher);
    card.removeAttribute('src');
    await card.updateComplete;
    card.scrollIntoView();
    for (let i = 0; i < 4; i++) await nextFrame();
    await aTimeout(100);
    window.scrollTo(0, 0);
    expect(calls).to.have.length(0);
    expect(card.state).to.equal('empty');
  });

  it('loads once: scrolled away and back, it does not ask again', async () => {
    const { calls, fetcher } = recordingFetcher();
    const card = await lazyCardFarBelow(fetcher);
    const loaded = oneEvent(card, 'kombo-load');
    card.scrollIntoView();
    await loaded;
    for (const y of [0, card.offsetTop, 0, card.offsetTop]) {
      window.scrollTo(0, y);
      for (let i = 0; i < 3; i++) await nextFrame();
    }
    await aTimeout(100);
    window.scrollTo(0, 0);
    expect(calls).to.have.length(1);
  });

  it('waits again after being moved out of view, and keeps one observer however often src changes', async () => {
    const { calls, fetcher } = recordingFetcher();
    const spacer = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div></div>`);
    const card = document.createElement('kombo-integration-card');
    card.fetcher = fetcher;
    card.setAttribute('loading', 'lazy');
    card.setAttribute('src', api('seed'));
    const top = spacer.parentElement!;
    const loaded = oneEvent(card, 'kombo-load');
    top.prepend(card); // in view
    await loaded;
    card.remove();
    const resources = trackPageResources();
    try {
      spacer.append(card); // far below
      for (const id of ['beta', 'healthy', 'seed']) {
        card.src = api(id);
        await card.updateComplete;
      }
      await resources.sleep(200);
      expect(calls).to.have.length(1, 'not near the viewport: no request');
      expect(resources.live.observers).to.equal(3, 'one lazy, one inline-JSON and the language observer');
      card.remove();
      expect(resources.live.observers).to.equal(0);
    } finally {
      resources.stop();
    }
  });
});

describe('src: nothing leaks', () => {
  it('a thousand connect/disconnect cycles leave no request, listener, observer or timer behind', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const signals: AbortSignal[] = [];
    const never: Fetcher = (_url, init) => {
      signals.push(init.signal!);
      return new Promise(() => {}); // and ignores the abort
    };
    let answered = 0;
    const answering: Fetcher = () => (answered++, Promise.resolve(json(seed)));
    const make = (attrs: Record<string, string>, fetcher?: Fetcher) => {
      const card = document.createElement('kombo-integration-card');
      if (fetcher) card.fetcher = fetcher;
      for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
      return card;
    };
    const inline = make({});
    inline.innerHTML = `<script type="application/json">${JSON.stringify(seed)}</script>`;
    const cards = [
      make({ src: api('seed'), 'refresh-interval': '1' }, never),
      make({ src: api('seed'), 'refresh-interval': '1' }, answering),
      make({ src: api('seed'), loading: 'lazy' }, never),
      inline,
    ];
    const resources = trackPageResources();
    try {
      for (let i = 0; i < 1000; i++) {
        host.append(...cards);
        // Now and then let requests finish, so poll timers and outcomes exist when the cards go.
        if (i % 100 === 0) await Promise.all(cards.map((card) => card.updateComplete)).then(() => resources.sleep(20));
        for (const card of cards) card.remove();
      }
      await resources.sleep(50);
      expect(signals.length, 'requests left in flight').to.be.greaterThan(900);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
      expect(answered).to.be.greaterThan(900);
      expect(resources.live).to.deep.equal({ listeners: [], observers: 0, timers: 0 });
      // The counts were not vacuous: with cards connected, each kind of resource exists.
      host.append(...cards);
      await resources.until(() => resources.live.timers >= 2, 'a poll timer and a timeout timer');
      expect(resources.count('online'), 'online listener').to.be.greaterThan(0);
      expect(resources.count('visibilitychange'), 'visibility listener').to.be.greaterThan(0);
      expect(resources.live.observers, 'inline, language and lazy observers').to.be.at.least(3);
      expect(resources.live.timers, 'poll and timeout timers').to.be.at.least(2);
      for (const card of cards) card.remove();
      await resources.sleep(50);
      expect(resources.live).to.deep.equal({ listeners: [], observers: 0, timers: 0 });
    } finally {
      resources.stop();
      for (const card of cards) card.remove();
    }
  });
});
