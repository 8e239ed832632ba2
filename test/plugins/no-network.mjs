// The tests never reach the network. The fixtures' logos (demo/fixtures.mjs) come from the test's own
// server: its port is chosen first, so that the Node side (the mock backend, server-rendered pages)
// and the pages name the same origin, and the fixtures read it when they load. The Web Test Runner's
// pages refuse other hosts by their policy (`testRunnerHtml`); the CSP test's pages, whose policy
// allows any https: image, are watched instead: a request to another host fails the run.
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

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);
const away = new Set();
/** Notes every request of a Puppeteer page that leaves this machine; the process then exits with 1. */
export function watchRequests(page) {
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (/^(https?|wss?):$/.test(protocol) && !LOCAL.has(hostname)) away.add(request.url());
  });
  return page;
}
process.on('exit', () => {
  if (away.size === 0) return;
  console.error(
    `Test pages requested other hosts (the tests must not reach the network):\n  ${[...away].join('\n  ')}`,
  );
  process.exitCode = 1;
});
