import type { ParseResult } from '../data/parse-integration.js';
import { request, type RequestOptions } from './request.js';

// Reading a response into an outcome is a small module of its own, requested in parallel with the
// request (it is there long before any backend answers), so the script tag does not carry it.
const loadReader = () => import('./read-response.js');

/**
 * GETs `url` and reads it into an outcome. Every failure resolves as a `CardError`; the promise
 * only rejects (with an `AbortError`) when the caller cancelled through `signal`.
 */
export async function fetchIntegration(url: string, options: RequestOptions): Promise<ParseResult> {
  const reader = loadReader();
  reader.catch(() => undefined); // a failed chunk is reported below, if the request got that far
  const exchange = await request(url, options);
  if (!exchange.ok) return exchange;
  try {
    const { readIntegrationResponse } = await reader;
    if (options.signal.aborted) throw new DOMException('', 'AbortError');
    return readIntegrationResponse(exchange.response, exchange.body);
  } catch (cause) {
    if (options.signal.aborted) throw cause;
    // The reader's chunk could not be fetched (offline, CDN gone): as good as a failed request.
    return { ok: false, error: { kind: 'network', message: String(cause) } };
  }
}
