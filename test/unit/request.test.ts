import { expect } from 'chai';
import { fetchIntegration } from '../../src/load/fetch-integration.js';
import { readIntegrationResponse, readJsonResponse } from '../../src/load/read-response.js';
import { request, type Fetcher, type RequestOptions } from '../../src/load/request.js';
import { seed } from '../../demo/fixtures.mjs';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });

function options(fetcher: Fetcher, extra: Partial<RequestOptions> = {}): RequestOptions {
  return { fetcher, credentials: 'include', timeout: 0, signal: new AbortController().signal, ...extra };
}

/** A fetcher that records what it was asked and answers with `answer()`. */
function recording(answer: () => Promise<Response> = async () => json(seed)) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: Fetcher = (url, init) => (calls.push({ url, init }), answer());
  return { calls, fetcher };
}

const never: Fetcher = () => new Promise(() => {});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('request', () => {
  it('GETs with Accept: application/json, the credentials mode and a signal of its own', async () => {
    const { calls, fetcher } = recording();
    const exchange = await request('https://vendor.example/i', options(fetcher));
    expect(exchange.ok).to.equal(true);
    expect(calls).to.have.length(1);
    const { init } = calls[0]!;
    expect(calls[0]!.url).to.equal('https://vendor.example/i');
    expect(init.method).to.equal('GET');
    expect(init.headers).to.deep.equal({ Accept: 'application/json' });
    expect(init.credentials).to.equal('include');
    expect(init.body).to.equal(undefined);
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('POSTs a JSON body with its content type', async () => {
    const { calls, fetcher } = recording();
    await request('https://vendor.example/relink', options(fetcher, { json: { language: 'de' } }));
    const { init } = calls[0]!;
    expect(init.method).to.equal('POST');
    expect(init.headers).to.deep.equal({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(init.body).to.equal('{"language":"de"}');
  });

  it('hands over the response and its whole body', async () => {
    const exchange = await request(
      'x',
      options(async () => json('{"a":1}', { status: 201 })),
    );
    if (!exchange.ok) throw new Error(exchange.error.kind);
    expect(exchange.response.status).to.equal(201);
    expect(exchange.body).to.equal('{"a":1}');
  });

  it('leaves no timer and no abort listener behind once done', async () => {
    const controller = new AbortController();
    const { signal } = controller;
    let listeners = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((type: string, listener: EventListener) => {
      if (type === 'abort') listeners++;
      add(type, listener);
    }) as typeof signal.addEventListener;
    signal.removeEventListener = ((type: string, listener: EventListener) => {
      if (type === 'abort') listeners--;
      remove(type, listener);
    }) as typeof signal.removeEventListener;
    const pending = new Set<unknown>();
    type Schedule = (handler: () => void, ms?: number) => unknown;
    const native = { set: globalThis.setTimeout as unknown as Schedule, clear: globalThis.clearTimeout };
    globalThis.setTimeout = ((handler: () => void, ms?: number) => {
      const id = native.set.call(globalThis, () => (pending.delete(id), handler()), ms);
      pending.add(id);
      return id;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((id: Parameters<typeof clearTimeout>[0]) => {
      pending.delete(id);
      native.clear.call(globalThis, id);
    }) as typeof clearTimeout;
    try {
      const exchange = await request(
        'x',
        options(async () => json(seed), { signal, timeout: 5000 }),
      );
      expect(exchange.ok).to.equal(true);
      expect(pending.size, 'timers').to.equal(0);
      expect(listeners, 'abort listeners').to.equal(0);
    } finally {
      globalThis.setTimeout = native.set as unknown as typeof setTimeout;
      globalThis.clearTimeout = native.clear;
    }
  });

  it('turns a failed fetch into a network failure', async () => {
    const exchange = await request(
      'x',
      options(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(exchange).to.deep.equal({ ok: false, error: { kind: 'network', message: 'TypeError: Failed to fetch' } });
  });

  it('times out after `timeout` milliseconds, body included, and aborts the fetch', async () => {
    const { calls, fetcher } = recording(never as () => Promise<Response>);
    const started = Date.now();
    const exchange = await request('x', options(fetcher, { timeout: 50 }));
    expect(Date.now() - started).to.be.at.least(45);
    expect(exchange).to.deep.equal({
      ok: false,
      error: { kind: 'timeout', timeout: 50, message: 'No answer within 50 ms' },
    });
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    const slowBody = async () => new Response(new ReadableStream({ start() {} }));
    const body = await request('x', options(slowBody, { timeout: 50 }));
    expect(!body.ok && body.error.kind).to.equal('timeout');
  });

  it('waits as long as it takes with timeout 0', async () => {
    const exchange = await request(
      'x',
      options(() => sleep(80).then(() => json(seed)), { timeout: 0 }),
    );
    expect(exchange.ok).to.equal(true);
  });

  it('rejects with the abort reason at once when the caller aborts, even if the fetcher ignores its signal', async () => {
    const controller = new AbortController();
    const pending = request('x', options(never, { signal: controller.signal, timeout: 10_000 }));
    controller.abort();
    const reason = await pending.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(reason).to.equal(controller.signal.reason);
    expect((reason as DOMException).name).to.equal('AbortError');
  });

  it('rejects when aborted while the body is read, and before it starts when already aborted', async () => {
    const controller = new AbortController();
    let fetched = 0;
    const streaming: Fetcher = async () => (fetched++, new Response(new ReadableStream({ start() {} })));
    const pending = request('x', options(streaming, { signal: controller.signal }));
    await sleep(10);
    controller.abort();
    expect(
      await pending.then(
        () => 'resolved',
        () => 'rejected',
      ),
    ).to.equal('rejected');
    expect(
      await request('x', options(streaming, { signal: controller.signal })).then(
        () => 'resolved',
        () => 'rejected',
      ),
    ).to.equal('rejected');
    expect(fetched).to.equal(1, 'an aborted signal never fetches');
  });

  it('rejects, not a network failure, when the fetch fails because the caller aborted', async () => {
    const controller = new AbortController();
    const aborting: Fetcher = async (_url, init) => {
      controller.abort();
      init.signal!.throwIfAborted();
      return json(seed);
    };
    expect(
      await request('x', options(aborting, { signal: controller.signal })).then(
        () => 'resolved',
        () => 'rejected',
      ),
    ).to.equal('rejected');
  });
});

describe('reading answers', () => {
  it('reads JSON from a 2xx answer labelled JSON (or +json, or unlabelled)', () => {
    expect(readJsonResponse(json(''), '{"a":1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    const problem = new Response('', { headers: { 'content-type': 'application/problem+json; charset=utf-8' } });
    expect(readJsonResponse(problem, '[1]')).to.deep.equal({ ok: true, value: [1] });
    const bare = new Response('{}');
    bare.headers.delete('content-type');
    expect(readJsonResponse(bare, '{}').ok).to.equal(true);
  });

  it('calls anything else at 2xx a parse failure with the status', () => {
    const html = new Response('', { headers: { 'content-type': 'text/html' } });
    expect(readJsonResponse(html, '<p>')).to.deep.equal({
      ok: false,
      error: { kind: 'parse', status: 200, message: 'Not JSON: HTTP 200 text/html' },
    });
    expect(readJsonResponse(new Response('', { headers: { 'content-type': 'text/plain' } }), '{}').ok).to.equal(false);
    expect(readJsonResponse(json(''), '   ')).to.deep.include({ ok: false });
    expect(readJsonResponse(json(''), '{ nope').ok).to.equal(false);
    expect(readJsonResponse(new Response(null, { status: 204 }), '')).to.deep.include({ ok: false });
  });

  it('reads a Kombo error envelope from any status as api, else the status as http', () => {
    const envelope = { status: 'error', error: { code: 'PLATFORM.RATE_LIMIT_EXCEEDED', title: 'Slow down' } };
    expect(readJsonResponse(json('', { status: 429 }), JSON.stringify(envelope))).to.deep.equal({
      ok: false,
      error: {
        kind: 'api',
        status: 429,
        code: 'PLATFORM.RATE_LIMIT_EXCEEDED',
        title: 'Slow down',
        message: 'Slow down',
        log_url: null,
      },
    });
    expect(readJsonResponse(new Response('', { status: 502 }), '<h1>Bad gateway</h1>')).to.deep.equal({
      ok: false,
      error: { kind: 'http', status: 502, message: 'HTTP 502' },
    });
    expect(readJsonResponse(json('', { status: 500 }), '{"just":"json"}')).to.deep.include({ ok: false });
  });

  it('reads an integration, or says why not', () => {
    const read = readIntegrationResponse(json(''), JSON.stringify(seed));
    expect(read.ok && read.integration.id).to.equal(seed.data.id);
    const invalid = readIntegrationResponse(json(''), '{"status":"success","data":{}}');
    expect(!invalid.ok && invalid.error.kind).to.equal('invalid-data');
    const http = readIntegrationResponse(new Response('', { status: 503 }), '');
    expect(!http.ok && http.error).to.deep.equal({ kind: 'http', status: 503, message: 'HTTP 503' });
  });
});

describe('fetchIntegration', () => {
  it('GETs and reads an integration, or the failure', async () => {
    const ok = await fetchIntegration(
      'x',
      options(async () => json(seed)),
    );
    expect(ok.ok && ok.integration.tool.label).to.equal('Factorial');
    const failed = await fetchIntegration(
      'x',
      options(() => Promise.reject(new TypeError('offline'))),
    );
    expect(!failed.ok && failed.error.kind).to.equal('network');
    const parse = await fetchIntegration(
      'x',
      options(async () => new Response('<p>', { headers: { 'content-type': 'text/html' } })),
    );
    expect(!parse.ok && parse.error).to.include({ kind: 'parse', status: 200 });
  });
});
