// A stand-in for the vendor's backend, for the demo (`npm start`) and the tests. It proxies Kombo in
// spirit: `GET /api/integrations/:id` (Kombo's GET /integrations/:id) and
// `POST /api/integrations/:id/relink` / `…/setup-link` (Kombo's link endpoints), whose links open a
// mock Kombo Connect page (demo/mock-connect.html). Finishing that page repairs the integration for
// the session, so a refresh shows it healthy. Query switches make every case reproducible by hand:
//   ?latency=MS    answer after MS milliseconds
//   ?fail=KIND     network | timeout | http | api | rate-limit | parse | type | empty | invalid
//                  (links also: nolink | null | unsafe)
//   ?session=NAME  keeps repairs apart (tests use one each; the demo uses the default one)
//   ?shape=bare    links as a bare { link } instead of Kombo's envelope
import { integrations } from './fixtures.mjs';

const ROUTE = /^\/api\/integrations\/([^/?]+)(?:\/(relink|setup-link))?$/;

/** Repairs finished on the mock Connect page: `${session} ${id} ${kind}`. */
const repaired = new Set();

/** Kombo's error envelope (also the fake Kombo API's, demo/fake-kombo-api.mjs). */
export const kombo = (code, title, message) => ({
  status: 'error',
  error: { code, title, message, log_url: `https://app.kombo.dev/logs/${code.toLowerCase()}` },
});

const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function answer(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

async function readJson(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The integration as the session sees it: fixed by the mock Connect page once finished there. */
function current(id, session) {
  const data = Object.hasOwn(integrations, id) ? integrations[id] : undefined;
  if (!data) return undefined;
  const fixed = { ...data };
  if (repaired.has(`${session} ${id} relink`)) fixed.status = 'ACTIVE';
  if (repaired.has(`${session} ${id} setup`)) fixed.setup_status = 'COMPLETED';
  return fixed;
}

/** The failure a `?fail=` switch asks for, answered; `true` when one was. */
async function failed(ctx, id) {
  switch (ctx.query.fail) {
    case 'network':
      ctx.req.socket.destroy();
      return true;
    case 'timeout':
      await sleep(30_000, ctx.req);
      answer(ctx, 504, 'Gateway Timeout', 'text/plain');
      return true;
    case 'http':
      answer(ctx, 502, '<!doctype html><title>Bad gateway</title><h1>502 Bad Gateway</h1>', 'text/html');
      return true;
    case 'api':
      answer(ctx, 401, kombo('PLATFORM.AUTHENTICATION_INVALID', 'Authentication invalid', 'The API key is not valid.'));
      return true;
    case 'rate-limit':
      answer(
        ctx,
        429,
        kombo('PLATFORM.RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', 'Too many requests. Try again in a minute.'),
      );
      return true;
    case 'parse':
      answer(ctx, 200, '<!doctype html><title>Sign in</title><p>Please sign in.</p>', 'text/html');
      return true;
    case 'type':
      // Valid JSON, but labelled as something else (a misconfigured proxy).
      answer(ctx, 200, { status: 'success', data: integrations.healthy }, 'text/plain');
      return true;
    case 'empty':
      ctx.status = 204;
      return true;
    case 'invalid':
      answer(ctx, 200, { status: 'success', data: { id, tool: { id: 'x' }, read_models: 'none' } });
      return true;
  }
  return false;
}

function notFound(ctx, id) {
  answer(
    ctx,
    404,
    kombo('PLATFORM.INTEGRATION_NOT_FOUND', 'Integration not found', `No integration with the ID "${id}" exists.`),
  );
}

/** `POST /api/mock-connect/reset?session=NAME`: forgets that session's repairs (the demo's Reset). */
function reset(ctx) {
  const session = ctx.query.session ?? '';
  for (const key of repaired) if (key.split(' ')[0] === session) repaired.delete(key);
  answer(ctx, 200, { status: 'success' });
}

/** `POST /api/mock-connect/complete` from the mock Connect page: `{ integration, kind, session }`. */
async function complete(ctx) {
  const { integration, kind, session = '' } = (await readJson(ctx)) ?? {};
  repaired.add(`${session} ${integration} ${kind}`);
  answer(ctx, 200, { status: 'success' });
}

/** `POST …/relink` and `…/setup-link`: a link to the mock Connect page, in the card's language. */
async function link(ctx, id, route) {
  const body = await readJson(ctx);
  const kind = route === 'relink' ? 'relink' : 'setup';
  const session = ctx.query.session ?? '';
  if (ctx.query.fail === 'nolink') return answer(ctx, 200, { status: 'success', data: {} });
  if (ctx.query.fail === 'null') return answer(ctx, 200, 'null');
  if (ctx.query.fail === 'unsafe') {
    return answer(ctx, 200, { status: 'success', data: { link: 'http://connect.example/unsafe' } });
  }
  const page = new URL('/demo/mock-connect.html', `${ctx.protocol}://${ctx.host}`);
  for (const [name, value] of Object.entries({ integration: id, kind, session, language: body?.language ?? '' }))
    page.searchParams.set(name, value);
  const link = page.href;
  answer(ctx, 200, ctx.query.shape === 'bare' ? { link } : { status: 'success', data: { link } });
}

export async function mockBackend(ctx, next) {
  if (ctx.path === '/api/mock-connect/complete' && ctx.method === 'POST') return complete(ctx);
  if (ctx.path === '/api/mock-connect/reset' && ctx.method === 'POST') return reset(ctx);
  const match = ROUTE.exec(ctx.path);
  if (!match) return next();
  const [, rawId, route] = match;
  if (ctx.method !== (route ? 'POST' : 'GET')) return next();
  const id = decodeURIComponent(rawId);
  const latency = Math.min(Number(ctx.query.latency) || 0, 30_000);
  if (latency) await sleep(latency, ctx.req);
  ctx.set('Cache-Control', 'no-store');
  if (await failed(ctx, id)) return;
  const data = current(id, ctx.query.session ?? '');
  if (!data) return notFound(ctx, id);
  if (route) return link(ctx, id, route);
  return answer(ctx, 200, { status: 'success', data });
}
