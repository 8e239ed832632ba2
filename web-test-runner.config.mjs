import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { vendor } from './demo/vendor-plugin.mjs';
import { svelte } from './test/plugins/svelte.mjs';
import { chromiumCommands } from './test/plugins/chromium-commands.mjs';
import { localLogos } from './test/plugins/no-network.mjs';

// The fixtures' logos come from this server; the modules that import the fixtures load after.
const { port, logos, middleware: logoFiles } = await localLogos();
const [{ komboChain }, { mockBackend }] = await Promise.all([
  import('./demo/kombo-chain.mjs'),
  import('./demo/mock-backend.mjs'),
]);

/**
 * `/ssr/:fixture`: the card rendered on the server with that integration; `/ssr-src/:fixture`: a
 * card whose `src` is the mock backend's URL for it; `?lang=` in any of the five languages. Both
 * need `npm run build` (the hydration test).
 */
async function ssrPage(ctx, next) {
  const match = /^\/ssr(-src)?\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [{ renderCard, renderSrcCard }, { integrations }] = await Promise.all([
    import('./demo/ssr-render.mjs'),
    import('./demo/fixtures.mjs'),
  ]);
  const lang = ctx.query.lang ?? 'en';
  ctx.type = 'text/html';
  ctx.body = match[1]
    ? await renderSrcCard(`/api/integrations/${match[2]}`, { lang })
    : await renderCard({ status: 'success', data: integrations[match[2]] }, { lang });
}

/**
 * `/cdn/kombo-integration-card@VERSION/…`: the built script-tag files under a versioned path, as unpkg
 * serves them. VERSION `lost-chunks` is a CDN that serves the module but none of its chunks (an
 * interrupted upload, a purged cache): every `chunks/` file is a 404.
 */
function versionedPath(ctx, next) {
  const match = /^\/cdn\/kombo-integration-card@([^/]+)\/(.*)$/.exec(ctx.path);
  if (match?.[1] === 'lost-chunks' && match[2].startsWith('chunks/')) {
    ctx.status = 404;
    return undefined;
  }
  if (match) ctx.url = `/dist/cdn/${match[2]}`;
  return next();
}

/**
 * Closes each test file's window when the file is done instead of reusing it for the next one:
 * Firefox slowed down (frames of 300 ms) in a file run in the page the 20,000-row search tests had
 * used, and timed tests failed there. Uses the launcher's page pool (`inactivePages`).
 */
function freshPages(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    await launcher.inactivePages.pop()?.puppeteerPage.close();
    return result;
  };
  return launcher;
}

// `npm test` (scripts/test.mjs) installs and starts what these need; BROWSERS narrows the set.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

const launchers = {
  chromium: () =>
    chromeLauncher({
      // Each test file in its own browser context, hence its own window: a tab behind another is
      // hidden, and hidden pages get no animation frames, so tests waiting for one would hang.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          // window.gc() for the memory test (test/card-memory.test.ts).
          '--js-flags=--expose-gc',
        ],
      },
    }),
  firefox: () =>
    freshPages(
      puppeteerLauncher({
        // A window per page, for the same reason as Chromium's context per file.
        createPage: ({ browser }) => browser.newPage({ type: 'window' }),
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
        },
      }),
    ),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

// Under Stryker's command runner (`npm run mutation:controllers`) the page says which mutant is
// active: the instrumented sources read `globalThis.__stryker__`, browsers have no process.env.
const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
// Every test page names the logos' origin before the fixtures load.
const pageGlobals = [
  `globalThis.KOMBO_FIXTURE_LOGOS = ${JSON.stringify(logos)};`,
  ...(mutant ? [`globalThis.__stryker__ = { activeMutant: ${JSON.stringify(mutant)} };`] : []),
].join(' ');
// Every test page may load from this machine only: its policy refuses any other host, and the refusal
// throws, which fails the test it happens in, naming the URL, in every engine. The policy guards the
// network only: inline scripts and eval stay allowed (test/csp/ holds the strict pages).
const thisMachine = ['localhost', '127.0.0.1'].flatMap((host) =>
  ['http', 'https', 'ws'].map((s) => `${s}://${host}:*`),
);
const policy = `default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob: ${thisMachine.join(' ')}`;
const refuse = `document.addEventListener('securitypolicyviolation', (event) => { throw new Error('The test page asked for what its policy refuses (the tests must not reach the network): ' + event.effectiveDirective + ' ' + event.blockedURI); });`;
const testRunnerHtml = (framework) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}">` +
  `<script>${pageGlobals} ${refuse}</script></head>` +
  `<body><script type="module" src="${framework}"></script></body></html>`;

export default {
  port,
  testRunnerHtml,
  // The memory test runs on its own (scripts/test.mjs runs it after the rest, or name it with --files).
  files: ['test/**/*.test.ts', ...(process.argv.includes('--files') ? [] : ['!test/card-memory.test.ts'])],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: wanted.map((name) => launchers[name]()),
  // WebKitWebDriver allows one session at a time. Firefox runs one file at a time too: two of its
  // windows take the focus from each other, and the keyboard tests lose it. Chromium alone runs a
  // file per core.
  concurrency: wanted.includes('webkit') || wanted.includes('firefox') ? 1 : 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [logoFiles, versionedPath, mockBackend, komboChain, ssrPage],
  plugins: [
    chromiumCommands(),
    svelte,
    vendor,
    // The build's target: native #private fields, as shipped (es2021 turned each into a WeakMap).
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
};
