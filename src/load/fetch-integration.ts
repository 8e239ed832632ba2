import type { CardError } from '../data/card-error.js';
import type { ParseResult } from '../data/parse-integration.js';

/** Makes the HTTP request; a host replaces it to add auth headers or route through its own client. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetcher: Fetcher;
  credentials: RequestCredentials;
  /** Milliseconds for the whole exchange, body included; 0 waits forever. */
  timeout: number;
  /** Aborting it cancels silently: the returned promise rejects with an `AbortError`. */
  signal: AbortSignal;
}

const failure = (error: CardError): ParseResult => ({ ok: false, error });

// Reading a response into an outcome is a small module of its own, requested in parallel with the
// request (it is there long before any backend answers), so the script tag does not carry it.
const loadReader = () => import('./read-response.js');

const abortError = () => new DOMException('', 'AbortError');

/**
 * GETs `url` and reads it into an outcome. Every failure resolves as a `CardError`; the promise
 * only rejects (with an `AbortError`) when the caller cancelled through `signal`.
 */
export async function fetchIntegration(url: string, options: FetchOptions): Promise<ParseResult> {
  const { signal, timeout } = options;
  if (signal.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const reader = loadReader();
    reader.catch(() => undefined); // reported below as a network error, if we get that far
    const response = await options.fetcher(url, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: options.credentials,
      signal: controller.signal,
    });
    const body = await response.text();
    const { readIntegrationResponse } = await reader;
    if (signal.aborted) throw abortError();
    return readIntegrationResponse(response, body);
  } catch (cause) {
    if (signal.aborted) throw abortError();
    if (timedOut) {
      return failure({ kind: 'timeout', timeout, message: `No answer within ${timeout} ms` });
    }
    return failure({ kind: 'network', message: String(cause) });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
