// A fake Kombo API on loopback, for the demo and the tests: it answers what the SDK asks of the
// three endpoints the card needs, from the demo's fixtures. Its links open the mock Connect page
// (its own copy, or `connectPage`, e.g. the demo server's, so a test can reach into the frame);
// finishing there repairs the integration in this fake, so a refresh shows it.
//   GET  /integrations/:id              { status: 'success', data } (a fixture from demo/fixtures.mjs)
//   POST /integrations/:id/relink       { status: 'success', data: { link } }, in the body's language
//   POST /integrations/:id/setup-link   the same, for the setup flow
// Failures, by integration id: any id not in the fixtures → 404 PLATFORM.INTEGRATION_NOT_FOUND;
// `rate-limited` → 429 PLATFORM.RATE_LIMIT_EXCEEDED; `broken` → 500 PLATFORM.UNKNOWN_ERROR;
// `slow` → no answer for 30 s (a timeout); a wrong API key → 401 PLATFORM.AUTHENTICATION_INVALID.
// `fixture~anything` is that fixture with repairs of its own (tests in parallel browsers keep apart).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { integrations } from './fixtures.mjs';
import { kombo as envelope } from './mock-backend.mjs';

const FAILURES = {
  'rate-limited': [
    429,
    'PLATFORM.RATE_LIMIT_EXCEEDED',
    'Rate limit exceeded',
    'Too many requests. Try again in a minute.',
  ],
  broken: [500, 'PLATFORM.UNKNOWN_ERROR', 'Unknown error', 'Something went wrong on our side.'],
};
const FILES = {
  'mock-connect.html': 'text/html',
  'mock-connect.js': 'text/javascript',
  'mock-connect.css': 'text/css',
};

/**
 * Starts the fake on `port` (0: any free one); resolves with its `url`, the `requests` it saw and
 * `close`. `unref`: it does not keep Node running (a dev server's helper).
 */
export async function startFakeKomboApi({ apiKey = 'test-api-key', port = 0, unref = false, connectPage } = {}) {
  /** Repairs finished on its Connect page: `${id} ${kind}`. */
  const repaired = new Set();
  /** What the SDK sent: method, path, authorization and JSON body. */
  const requests = [];
  let url = '';
  const server = createServer(async (request, response) => {
    const send = (status, body, type = 'application/json') => {
      response.writeHead(status, {
        'content-type': type,
        // The mock Connect page may live on another origin (connectPage) and report from there.
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type',
      });
      response.end(type === 'application/json' ? JSON.stringify(body) : body);
    };
    if (request.method === 'OPTIONS') return send(204, '', 'text/plain');
    const path = new URL(request.url, 'http://x').pathname;
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = text ? JSON.parse(text) : undefined;
    const file = /^\/demo\/([\w.-]+)$/.exec(path)?.[1];
    if (file && Object.hasOwn(FILES, file))
      return send(200, await readFile(new URL(file, import.meta.url)), FILES[file]);
    if (path === '/api/mock-connect/complete') {
      repaired.add(`${body?.integration} ${body?.kind}`);
      return send(200, { status: 'success' });
    }
    const [, rawId, route] = /^\/integrations\/([^/]+)(?:\/(relink|setup-link))?$/.exec(path) ?? [];
    if (!rawId) return send(404, envelope('PLATFORM.INPUT_INVALID', 'Not found', `No route ${path}.`));
    const id = decodeURIComponent(rawId);
    const fixture = id.split('~')[0];
    requests.push({ method: request.method, path, authorization: request.headers.authorization, body });
    if (request.headers.authorization !== `Bearer ${apiKey}`)
      return send(
        401,
        envelope('PLATFORM.AUTHENTICATION_INVALID', 'Authentication invalid', 'The API key is not valid.'),
      );
    if (id === 'slow')
      return setTimeout(() => send(200, { status: 'success', data: integrations.healthy }), 30_000).unref();
    if (Object.hasOwn(FAILURES, id)) {
      const [status, ...error] = FAILURES[id];
      return send(status, envelope(...error));
    }
    if (!Object.hasOwn(integrations, fixture))
      return send(404, envelope('PLATFORM.INTEGRATION_NOT_FOUND', 'Integration not found', `No integration "${id}".`));
    if (route) {
      const kind = route === 'relink' ? 'relink' : 'setup';
      const link = new URL(connectPage ?? `${url}/demo/mock-connect.html`);
      const complete = `${url}/api/mock-connect/complete`;
      for (const [name, value] of Object.entries({ integration: id, kind, language: body?.language ?? '', complete }))
        link.searchParams.set(name, value);
      return send(200, { status: 'success', data: { link: link.href } });
    }
    const data = { ...integrations[fixture] };
    if (repaired.has(`${id} relink`)) data.status = 'ACTIVE';
    if (repaired.has(`${id} setup`)) data.setup_status = 'COMPLETED';
    send(200, { status: 'success', data });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  if (unref) server.unref();
  url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
