// The tests never reach the network. The fixtures' logos (demo/fixtures.mjs) come from the test's own
// server: its port is chosen first, so that the Node side (the mock backend, server-rendered pages)
// and the pages name the same origin, and the fixtures read it when they load. The pages refuse other
// hosts by their policy (`testRunnerHtml`); the CSP test, whose policy allows any https: image, counts
// a request to another host among its page's problems.
import { readFile } from 'node:fs/promises';
import { freePort } from '../../scripts/free-port.mjs';

/** `/test/logos/:tool/(logo|icon).svg`: every tool's logo and icon, one square. */
async function middleware(ctx, next) {
  if (!ctx.path.startsWith('/test/logos/')) return next();
  ctx.type = 'image/svg+xml';
  ctx.body = await readFile(new URL('../logo.svg', import.meta.url));
}

/**
 * Picks the server's port and points the fixtures' logos at it (`globalThis.KOMBO_FIXTURE_LOGOS`).
 * Call it before anything imports the fixtures; serve `middleware`, and set `logos` in the pages too.
 */
export async function localLogos() {
  const port = await freePort();
  const logos = `http://localhost:${port}/test/logos/`;
  globalThis.KOMBO_FIXTURE_LOGOS = logos;
  return { port, logos, middleware };
}
