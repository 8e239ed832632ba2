// A stand-in for the vendor's backend that proxies Kombo's GET /integrations/:id, for the demo
// (`npm start`) and the tests. Query switches make every failure reproducible by hand:
//   ?latency=MS   answer after MS milliseconds
//   ?fail=KIND    network | timeout | http | api | rate-limit | parse | type | empty | invalid
import { integrations } from './fixtures.mjs';

const ROUTE = /^\/api\/integrations\/([^/?]+)$/;

const kombo = (code, title, message) => ({
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

export async function mockBackend(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match || ctx.method !== 'GET') return next();
  const id = decodeURIComponent(match[1]);
  const latency = Math.min(Number(ctx.query.latency) || 0, 30_000);
  if (latency) await sleep(latency, ctx.req);
  ctx.set('Cache-Control', 'no-store');

  switch (ctx.query.fail) {
    case 'network':
      ctx.req.socket.destroy();
      return;
    case 'timeout':
      await sleep(30_000, ctx.req);
      return answer(ctx, 504, 'Gateway Timeout', 'text/plain');
    case 'http':
      return answer(ctx, 502, '<!doctype html><title>Bad gateway</title><h1>502 Bad Gateway</h1>', 'text/html');
    case 'api':
      return answer(
        ctx,
        401,
        kombo('PLATFORM.AUTHENTICATION_INVALID', 'Authentication invalid', 'The API key is not valid.'),
      );
    case 'rate-limit':
      return answer(
        ctx,
        429,
        kombo('PLATFORM.RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', 'Too many requests. Try again in a minute.'),
      );
    case 'parse':
      return answer(ctx, 200, '<!doctype html><title>Sign in</title><p>Please sign in.</p>', 'text/html');
    case 'type':
      // Valid integration JSON, but labelled as something else (a misconfigured proxy).
      return answer(ctx, 200, { status: 'success', data: integrations.healthy }, 'text/plain');
    case 'empty':
      ctx.status = 204;
      return;
    case 'invalid':
      return answer(ctx, 200, { status: 'success', data: { id, tool: { id: 'x' }, read_models: 'none' } });
  }

  const data = Object.hasOwn(integrations, id) ? integrations[id] : undefined;
  if (!data) {
    return answer(
      ctx,
      404,
      kombo('PLATFORM.INTEGRATION_NOT_FOUND', 'Integration not found', `No integration with the ID "${id}" exists.`),
    );
  }
  return answer(ctx, 200, { status: 'success', data });
}
