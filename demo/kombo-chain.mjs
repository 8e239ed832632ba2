// `/api/kombo/…` for the demo server and the tests: the example backend (demo/kombo-backend.mjs)
// with Kombo's SDK, in front of the fake Kombo API on loopback (demo/fake-kombo-api.mjs), started on
// first use. With KOMBO_API_KEY set (and KOMBO_API_URL, if not Kombo's EU server) it talks to the
// real Kombo API instead.
import { startFakeKomboApi } from './fake-kombo-api.mjs';
import { komboBackend } from './kombo-backend.mjs';

let started;

/** The backend; the fake's links open the mock Connect page on `origin`, the page's own server. */
function start(origin) {
  if (process.env.KOMBO_API_KEY)
    return komboBackend({ apiKey: process.env.KOMBO_API_KEY, serverURL: process.env.KOMBO_API_URL });
  const connectPage = `${origin}/demo/mock-connect.html`;
  return startFakeKomboApi({ apiKey: 'demo-api-key', unref: true, connectPage }).then((fake) =>
    komboBackend({ apiKey: 'demo-api-key', serverURL: fake.url, timeoutMs: 3000 }),
  );
}

/** Koa middleware (dev server, test runner) that hands `/api/kombo/` to the example backend. */
export async function komboChain(ctx, next) {
  if (!ctx.path.startsWith('/api/kombo/')) return next();
  const handle = await (started ??= start(ctx.origin));
  ctx.respond = false;
  await handle(ctx.req, ctx.res);
}
