import type { ParseResult } from '../data/parse-integration.js';
import { readIntegrationResponse } from './read-response.js';
import { request, type RequestOptions } from './request.js';

/**
 * GETs `url` and reads it into an outcome. Every failure resolves as a `CardError`; the promise
 * only rejects (with an `AbortError`) when the caller cancelled through `signal`.
 */
export async function fetchIntegration(url: string, options: RequestOptions): Promise<ParseResult> {
  const exchange = await request(url, options);
  return exchange.ok ? readIntegrationResponse(exchange.response, exchange.body) : exchange;
}
