// The vendor's backend half of the card, with Kombo's SDK: the three routes the card calls.
//   GET  /api/kombo/integrations/:id             → src
//   POST /api/kombo/integrations/:id/relink      → relink-src
//   POST /api/kombo/integrations/:id/setup-link  → setup-link-src
// Run it: KOMBO_API_KEY=… node demo/kombo-backend.mjs (PORT, default 8787; KOMBO_API_URL for
// another Kombo server, as the tests point it at a fake one).
import { createServer } from 'node:http';
import { Kombo } from '@kombo-api/sdk';
import { KomboGeneralError, RequestTimeoutError, ResponseValidationError } from '@kombo-api/sdk/models/errors';

const ROUTE = /^\/api\/kombo\/integrations\/([^/]+)(?:\/(relink|setup-link))?$/;
const LANGUAGES = ['en', 'de', 'fr', 'it', 'es'];

export function komboBackend({ apiKey, serverURL, timeoutMs = 10_000 }) {
  const kombo = new Kombo({ api_key: apiKey, server_url: serverURL, timeout_ms: timeoutMs });

  // The SDK's own timeout aborts the request through a signal, which Node's fetch can lose to garbage
  // collection (the SDK clones its request), and then Kombo's silence would hold the card's request
  // open: this timer answers on time regardless.
  const inTime = (call) => {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError('Request timed out')), timeoutMs);
    });
    return Promise.race([call, late]).finally(() => clearTimeout(timer));
  };

  return async function handle(request, response) {
    const [, id, route] = ROUTE.exec(new URL(request.url, 'http://x').pathname) ?? [];
    if (!id || request.method !== (route ? 'POST' : 'GET')) return send(response, 404, failure('Not found'));
    // Check here that the signed-in user may see integration `id` (your session, your rules).
    const integration_id = decodeURIComponent(id);
    try {
      if (!route) return send(response, 200, await inTime(kombo.general.getIntegrationDetails({ integration_id })));
      const { language } = await readJson(request);
      const body = { language: LANGUAGES.includes(language) ? language : 'en', link_type: 'EMBEDDED' };
      const create = route === 'relink' ? kombo.general.createReconnectionLink : kombo.general.createSetupLink;
      send(response, 200, await inTime(create.call(kombo.general, { integration_id, body })));
    } catch (error) {
      // Kombo's own errors pass on as they came: its envelope, its status.
      if (error instanceof KomboGeneralError) send(response, error.statusCode, { status: 'error', error: error.error });
      // A value newer than this SDK (a new status, say): the card shows it as it is.
      else if (error instanceof ResponseValidationError && error.statusCode === 200)
        send(response, 200, error.rawValue);
      else if (error instanceof RequestTimeoutError)
        send(response, 504, failure('The integration service did not answer in time'));
      else send(response, 502, failure('The integration service could not be reached'));
    }
  };
}

/** An error in Kombo's envelope, for failures that never reached Kombo. */
const failure = (title) => ({ status: 'error', error: { code: null, title, message: null, log_url: null } });

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body)); // the SDK's Dates become the ISO strings the API sent
}

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8787);
  const handle = komboBackend({ apiKey: process.env.KOMBO_API_KEY, serverURL: process.env.KOMBO_API_URL });
  createServer(handle).listen(port, () => console.log(`Kombo backend on http://localhost:${port}/api/kombo/`));
}
